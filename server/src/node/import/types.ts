/** What importing a Word or PDF file gives: the Markdown form the editor uses. */
import { ref, type ArgsParam, type MessageKey } from '../../core/messages/catalogue';
import { ReasonError } from '../files';

export interface Imported {
  markdown: string;
  /** 0-based Markdown line where each source paragraph starts (Word has no lines: 第 N 段). */
  paragraphLines: number[];
  kind: 'docx' | 'pdf';
}

/** A file that cannot be imported, with the message that says what to do. */
export class ImportError<K extends MessageKey = MessageKey> extends ReasonError {
  readonly args: ArgsParam<K>[0];
  constructor(
    readonly key: K,
    ...[args]: ArgsParam<K>
  ) {
    super(ref(key, ...([args] as ArgsParam<K>)));
    this.args = args;
  }
}

/** The paragraph (1-based) a 0-based Markdown line belongs to. */
export function paragraphOfLine(imported: Pick<Imported, 'paragraphLines'>, line: number): number {
  let lo = 0;
  let hi = imported.paragraphLines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (imported.paragraphLines[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo);
}
