/** Reading the files a drafter names (glossaries, templates, the seed): errors in Chinese. */
import { formatMessage } from '../core/messages/catalogue';

/** Why a file could not be used, in words for the drafter (Node's errors are English). */
export function fileErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是一个文件夹，不是文件';
  if (e instanceof JsonSyntaxError) return e.message;
  // Our own errors are already in Chinese; anything else keeps its code for the maintainers.
  // (without a final 。: the reason goes inside a sentence)
  return e instanceof Error && !code ? e.message.replace(/。$/, '') : String(code ?? e);
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Where the parser stopped, as an offset in the text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** JSON.parse, with a Chinese message that gives the line. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const offset = pos ? Number(pos[1]) : 0;
    throw new JsonSyntaxError(
      formatMessage('environment.jsonSyntax', { line: text.slice(0, offset).split('\n').length }),
      offset,
    );
  }
}
