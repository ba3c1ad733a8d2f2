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
  /** Per-block analysis results by slot (see slotOf). Content-addressed like the data. */
  readonly memo: unknown[];
}

/**
 * Results kept per block sit in small arrays, one slot per analysis name: passes over every
 * block of a large report touch far less memory than with a map per block.
 */
const slots = new Map<string, number>();
const NOT_YET = undefined;
const NONE = Symbol('none');

function slotOf(key: string): number {
  let id = slots.get(key);
  if (id === undefined) slots.set(key, (id = slots.size));
  return id;
}

/** The value in `store`'s slot for `key`, computed from `owner` the first time. */
export function kept<O, T>(store: unknown[], key: string, owner: O, compute: (owner: O) => T): T {
  const id = slotOf(key);
  const hit = store[id];
  if (hit !== NOT_YET) return (hit === NONE ? undefined : hit) as T;
  const value = compute(owner);
  store[id] = value === undefined ? NONE : value;
  return value;
}

export function makeBlock(
  kind: BlockKind,
  depth: number,
  start: number,
  end: number,
  text: string,
  map: Uint32Array,
  strong: Array<[number, number]>,
  quoted: boolean,
  listMarker?: string,
): BlockData {
  return { kind, depth, start, end, text, map, strong, quoted, listMarker, memo: [] };
}

/**
 * One block in the current version of a document. The parse cache moves the same object to
 * its new place when an edit elsewhere shifts it, so results derived from the data alone
 * can be kept on it (`cached`); positions must always be read through it.
 */
export class Block {
  private _base: number;
  private _index: number;
  private _cached?: unknown[];
  /**
   * The terms analysis' entry for this block, kept in the object itself rather than in a
   * slot: it is read for every block on every check (see analyzeTerms).
   */
  terms?: unknown = undefined;

  constructor(
    readonly data: BlockData,
    base: number,
    index: number,
  ) {
    this._base = base;
    this._index = index;
  }

  /** Source offset of the chunk this block came from. */
  get base(): number {
    return this._base;
  }
  /** Position of the block in the document. */
  get index(): number {
    return this._index;
  }

  /** For the parse cache: the block's place in a new version. */
  moveTo(base: number, index: number): void {
    this._base = base;
    this._index = index;
  }

  /**
   * A value kept on this block object while it lives (it may hold the block itself, which
   * `memo` on the shared data must not). The value must not depend on the block's place.
   */
  cached<T>(key: string, compute: (block: Block) => T): T {
    return kept((this._cached ??= []), key, this, compute);
  }

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
    return kept(this.data.memo, key, this, compute);
  }
}

/** Builds a block's plain text and its offset map, one character at a time. */
/** Scratch buffers shared by builders (one builds at a time; parsing is synchronous). */
let scratchCodes = new Uint16Array(4096);
let scratchOffsets = new Uint32Array(4096);
let scratchInUse = false;

export class PlainBuilder {
  // Code units and their source offsets, in growable typed arrays (no per-character strings).
  private codes: Uint16Array;
  private offsets: Uint32Array;
  private shared: boolean;
  private n = 0;
  private pendingBreak = -1;
  /** A straight double quote opened in this block and not yet closed. */
  private quoteOpen = false;
  readonly strong: Array<[number, number]> = [];

  constructor() {
    this.shared = !scratchInUse;
    if (this.shared) {
      scratchInUse = true;
      this.codes = scratchCodes;
      this.offsets = scratchOffsets;
    } else {
      this.codes = new Uint16Array(256);
      this.offsets = new Uint32Array(256);
    }
  }

  get length(): number {
    return this.n;
  }

  push(ch: string, offset: number): void {
    this.pushCode(ch.charCodeAt(0), offset);
  }

  /** The same, by character code (no one-character strings). */
  pushCode(c: number, offset: number): void {
    if (isInvisibleCode(c)) return;
    if (c === 10 || c === 13) {
      this.lineBreak(offset);
      return;
    }
    if (this.pendingBreak >= 0) {
      if (isBlankCode(c)) return; // indentation of the continued line
      if (this.n > 0 && isAsciiWordCode(this.codes[this.n - 1]) && isAsciiWordCode(c))
        this.append(32, this.pendingBreak);
      this.pendingBreak = -1;
    }
    if (this.n === 0 && isBlankCode(c)) return; // leading blanks
    // Straight double quotes (typed in half-width mode) pair up as “ and ” within the block.
    if (c === 34) {
      c = this.quoteOpen ? 0x201d : 0x201c;
      this.quoteOpen = !this.quoteOpen;
    }
    // Full-width digits (２０２２年, from Word's full-width mode) read as digits, and a
    // full-width point between them as the decimal point (１７４．２): one character for one.
    if (c >= 0xff10 && c <= 0xff19) {
      c -= 0xfee0;
      const n = this.n;
      if (n >= 2 && this.codes[n - 1] === 0xff0e && this.codes[n - 2] >= 48 && this.codes[n - 2] <= 57)
        this.codes[n - 1] = 46;
    }
    this.append(c, offset);
  }

  private append(c: number, offset: number): void {
    if (this.n === this.codes.length) {
      const codes = new Uint16Array(this.n * 2);
      codes.set(this.codes);
      this.codes = codes;
      const offsets = new Uint32Array(this.n * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      if (this.shared) {
        scratchCodes = codes;
        scratchOffsets = offsets;
      }
    }
    this.codes[this.n] = c;
    this.offsets[this.n++] = offset;
  }

  private trimEnd(): void {
    while (this.n > 0 && isBlankCode(this.codes[this.n - 1])) this.n--;
  }

  /** A soft or hard line break: dropped between CJK characters, a space between words. */
  lineBreak(offset: number): void {
    this.trimEnd();
    if (this.n > 0 && this.pendingBreak < 0) this.pendingBreak = offset;
  }

  finish(endOffset: number): { text: string; map: Uint32Array } {
    this.trimEnd();
    const n = this.n;
    const map = new Uint32Array(n + 1);
    map.set(this.offsets.subarray(0, n));
    map[n] = n > 0 ? Math.min(endOffset, this.offsets[n - 1] + 1) : endOffset;
    for (const r of this.strong) r[1] = Math.min(r[1], n);
    let text = '';
    for (let i = 0; i < n; i += 8192)
      text += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
    if (this.shared) scratchInUse = false; // the builder is done with the scratch buffers
    return { text, map };
  }
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x200b;
}

/** Zero-width characters and the BOM carry no text. */
function isInvisibleCode(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2060;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
