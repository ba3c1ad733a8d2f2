/**
 * Blocks: the unit every rule reads. A block's data is immutable and cached by the
 * content of the chunk it came from, so offsets inside it are relative to the chunk;
 * a Block places the data in one document version.
 */
export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'html' | 'code';

export interface BlockData {
  readonly kind: BlockKind;
  /** Heading depth (1–6), list nesting level (1…) for list items, 0 otherwise. */
  readonly depth: number;
  /** Source range, relative to the chunk. */
  readonly start: number;
  readonly end: number;
  /** Plain text: Markdown marks, line breaks and leading/trailing blanks removed. */
  readonly text: string;
  /** Plain index → relative source offset of that character; one extra entry at the end. */
  readonly map: Uint32Array;
  /** Plain-text ranges [start, end) that were bold in the source. */
  readonly strong: ReadonlyArray<readonly [number, number]>;
  /** Inside a block quote. */
  readonly quoted: boolean;
  /** For list items: the marker as written (`1.`, `-`, `（1）`…). */
  readonly listMarker?: string;
  /** Per-block analysis results, keyed by analysis name. Content-addressed like the data. */
  readonly memo: Map<string, unknown>;
}

export class Block {
  constructor(
    readonly data: BlockData,
    /** Source offset of the chunk this block came from. */
    readonly base: number,
    /** Position of the block in the document. */
    readonly index: number,
  ) {}

  get kind(): BlockKind {
    return this.data.kind;
  }
  get text(): string {
    return this.data.text;
  }
  get depth(): number {
    return this.data.depth;
  }
  get start(): number {
    return this.base + this.data.start;
  }
  get end(): number {
    return this.base + this.data.end;
  }

  /** Source offset of plain-text index i (the start of that character). */
  sourceOffset(i: number): number {
    const map = this.data.map;
    return this.base + map[Math.max(0, Math.min(i, map.length - 1))];
  }

  /** Source offset just after plain-text character i − 1: the end of a plain range ending at i. */
  sourceEnd(i: number): number {
    if (i <= 0) return this.sourceOffset(0);
    const last = this.data.text.length;
    if (i >= last) return this.base + this.data.map[last];
    return this.base + this.data.map[i - 1] + 1;
  }

  /** True when the plain range [s, e) lies entirely inside bold text. */
  isBold(s: number, e: number): boolean {
    return this.data.strong.some(([a, b]) => a <= s && e <= b);
  }

  /** Memoised per-block analysis (the result follows the block's content). */
  memo<T>(key: string, compute: (block: Block) => T): T {
    const memo = this.data.memo;
    if (memo.has(key)) return memo.get(key) as T;
    const value = compute(this);
    memo.set(key, value);
    return value;
  }
}

/** Builds a block's plain text and its offset map, one character at a time. */
export class PlainBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  private pendingBreak = -1;
  readonly strong: Array<[number, number]> = [];

  get length(): number {
    return this.chars.length;
  }

  push(ch: string, offset: number): void {
    if (isInvisible(ch)) return;
    if (ch === '\n' || ch === '\r') {
      this.lineBreak(offset);
      return;
    }
    if (this.pendingBreak >= 0) {
      if (isBlank(ch)) return; // indentation of the continued line
      const prev = this.chars[this.chars.length - 1];
      if (prev !== undefined && isAsciiWord(prev) && isAsciiWord(ch)) {
        this.chars.push(' ');
        this.offsets.push(this.pendingBreak);
      }
      this.pendingBreak = -1;
    }
    if (this.chars.length === 0 && isBlank(ch)) return; // leading blanks
    this.chars.push(ch);
    this.offsets.push(offset);
  }

  /** A soft or hard line break: dropped between CJK characters, a space between words. */
  lineBreak(offset: number): void {
    while (this.chars.length > 0 && isBlank(this.chars[this.chars.length - 1])) {
      this.chars.pop();
      this.offsets.pop();
    }
    if (this.chars.length > 0 && this.pendingBreak < 0) this.pendingBreak = offset;
  }

  finish(endOffset: number): { text: string; map: Uint32Array } {
    while (this.chars.length > 0 && isBlank(this.chars[this.chars.length - 1])) {
      this.chars.pop();
      this.offsets.pop();
    }
    const n = this.chars.length;
    const map = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) map[i] = this.offsets[i];
    map[n] = n > 0 ? Math.min(endOffset, this.offsets[n - 1] + 1) : endOffset;
    for (const r of this.strong) r[1] = Math.min(r[1], n);
    return { text: this.chars.join(''), map };
  }
}

export function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\ufeff' || ch === '\u200b';
}

/** Zero-width characters and the BOM carry no text. */
export function isInvisible(ch: string): boolean {
  return ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\ufeff' || ch === '\u2060';
}

function isAsciiWord(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
