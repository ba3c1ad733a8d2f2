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
  /** Always a Uint32Array: one element kind keeps the lookups below monomorphic. */
  readonly lineStarts: Uint32Array;
  /** The line positionAt found last (see there). */
  private last = 0;

  /** `lineStarts`, when given, must be those of `text` (the parse cache updates them). */
  constructor(
    readonly text: string,
    lineStarts?: Uint32Array,
  ) {
    this.lineStarts = lineStarts ?? Uint32Array.from(lineStartsOf(text, 0, text.length, [0]));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    // Lookups tend to come in order (findings, ranges): search out from the last line found,
    // in steps that double, then halve the stretch that holds the offset.
    const h = this.last;
    let lo: number;
    let hi: number;
    if (starts[h] <= o) {
      let step = 1;
      while (h + step < starts.length && starts[h + step] <= o) step *= 2;
      lo = h + (step >> 1);
      hi = Math.min(h + step, starts.length) - 1;
    } else {
      let step = 1;
      while (h - step > 0 && starts[h - step] > o) step *= 2;
      lo = Math.max(h - step, 0);
      hi = h - (step >> 1) - 1;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return { line: lo, character: o - starts[lo] };
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
