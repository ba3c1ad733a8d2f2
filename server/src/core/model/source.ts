/** Offsets ↔ line/character (UTF-16 code units, as LSP counts them). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  readonly lineStarts: ArrayLike<number>;

  /** `lineStarts`, when given, must be those of `text` (the parse cache updates them). */
  constructor(
    readonly text: string,
    lineStarts?: ArrayLike<number>,
  ) {
    this.lineStarts = lineStarts ?? lineStartsOf(text, 0, text.length, [0]);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.lineStarts[pos.line];
    const next = pos.line + 1 < this.lineStarts.length ? this.lineStarts[pos.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, pos.character), next);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** Appends the start of every line that begins after a newline in text[from, to). */
export function lineStartsOf(text: string, from: number, to: number, out: number[]): number[] {
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
