/**
 * Parsing: the source is cut into chunks at blank lines (outside fenced code, see chunks.ts);
 * chunks are parsed with remark (a few at a time, see markdown.ts) and cached by their text.
 * An edit therefore re-parses only what it touched; everything else is reused as is.
 */
import { firstIndex } from '../search';
import { Block } from './blocks';
import { forEachChunk, type SourceFormat } from './chunks';
import {
  type ChunkData,
  isPathologicalChunk,
  parseMarkdownChunkWithRemark,
  parsePlainLines,
  parsePlainParagraph,
} from './markdown';
import { parseSimpleChunk } from './simple';
import { LineIndex, lineStartsOf } from './source';

export type { SourceFormat } from './chunks';

/**
 * Consecutive Markdown chunks are parsed together in one remark call (remark's set-up costs
 * as much as parsing a paragraph). Groups end at plain chunks and at content-defined
 * boundaries, so an edit regroups only its neighbourhood, and a full parse and an
 * incremental one always group the same text the same way.
 */
const GROUP_BOUNDARY = 8;
const GROUP_MAX_CHARS = 2048;
/** How many re-parsed units the cache keeps by text. */
const REMEMBERED_UNITS = 512;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface BlockChange {
  start: number;
  removed: readonly Block[];
  added: readonly Block[];
  /**
   * The re-read stretch of text: [from, oldEnd) before, [from, oldEnd + delta) after. Text
   * before it is unchanged; text after it moved by delta characters and lineDelta lines.
   */
  from: number;
  oldEnd: number;
  delta: number;
  lineDelta: number;
}

interface Unit {
  start: number;
  end: number;
  data: ChunkData;
  /** The unit's blocks in the current version (made on first use). */
  blocks?: Block[];
  /** A group ended by the chunk after it (not by its own content): that chunk decided. */
  endedByNext: boolean;
}

/** U+FFFD in text[from, to). */
export function countReplacements(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n;
}

/**
 * Remembers the parse of one document between versions. A new version is compared with the
 * previous one: units before the first changed character and after the last one are reused
 * as they are (shifted); only the region in between is scanned and parsed again. The
 * result is the same as a full parse of the new text (property-tested).
 */
export class ParseCache {
  private text?: string;
  private format?: SourceFormat;
  private units: Unit[] = [];
  private linesOf?: LineIndex;
  private change?: BlockChange;
  /** The document last made from this cache (see ReportDocument). */
  latest?: unknown;
  /** The last parse's edit: common prefix and suffix with the text before. */
  private edit?: { prefix: number; suffix: number; oldLength: number };
  /**
   * Recently re-parsed units by their text (flat copies: a slice would keep its whole
   * document version alive), so that an edit that restores earlier text reuses its parse.
   * A full parse does not fill it: the positional reuse covers the rest.
   */
  private byKey = new Map<string, ChunkData>();
  /** How many U+FFFD the text last parsed has (counted in the changed stretch only). */
  private replacements = 0;

  /**
   * The blocks of `text`. Blocks outside the edited region are the same objects as in the
   * previous version, moved to their new place: analyses can keep results on them (see
   * Block). A previous version's blocks must not be used after this call.
   */
  parse(text: string, format: SourceFormat): Block[] {
    this.edit = undefined;
    this.change = undefined;
    if (this.text !== undefined && this.linesOf?.text !== this.text) this.linesOf = undefined;
    const r = this.text !== undefined && this.format === format ? this.reparse(this.text, text, format) : undefined;
    const units = r ? r.units : this.scan(text, format, 0, false);
    const blocks: Block[] = [];
    let start = 0;
    const added: Block[] = [];
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      if (r && k === r.headUnits) start = blocks.length;
      const fresh = !u.blocks;
      u.blocks ??= u.data.blocks.map((d) => new Block(d, u.start, 0));
      for (const b of u.blocks) b.moveTo(u.start, blocks.push(b) - 1);
      if (fresh && r) added.push(...u.blocks);
    }
    if (r && this.edit) {
      const { prefix, suffix, oldLength } = this.edit;
      this.replacements +=
        countReplacements(text, prefix, text.length - suffix) -
        countReplacements(this.text!, prefix, oldLength - suffix);
    } else this.replacements = countReplacements(text, 0, text.length);
    if (r) {
      const { from, oldEnd, lineDelta } = r;
      this.change = {
        start: r.headUnits >= units.length ? blocks.length : start,
        removed: r.removed,
        added,
        from,
        oldEnd,
        delta: text.length - this.text!.length,
        lineDelta,
      };
    }
    this.text = text;
    this.format = format;
    this.units = units;
    return blocks;
  }

  /**
   * How the blocks of the last parse differ from the version before: from index `start`,
   * the blocks `removed` were replaced by `added` (new objects); every other block is the
   * same object, in the same order. Undefined after a full parse.
   */
  lastChange(): BlockChange | undefined {
    return this.change;
  }

  /** How many replacement characters (U+FFFD) the text last parsed has: see wrongEncoding. */
  replacementCount(): number {
    return this.replacements;
  }

  /** The line index of the text last parsed, updated from the previous one like the units. */
  lines(text: string): LineIndex {
    if (text !== this.text) return new LineIndex(text);
    const old = this.linesOf;
    let starts: Uint32Array;
    if (old && this.edit) {
      const { prefix, suffix, oldLength } = this.edit;
      const delta = text.length - oldLength;
      const prev = old.lineStarts;
      let head = 0;
      while (head < prev.length && prev[head] <= prefix) head++;
      const middle = lineStartsOf(text, prefix, text.length - suffix, []);
      let tail = head;
      while (tail < prev.length && prev[tail] < oldLength - suffix + 1) tail++;
      // A typed array: its contents live outside the JavaScript heap, so a new one on every
      // edit (12,000 lines in a 1 MB report) does not bring the next garbage collection closer.
      const out = new Uint32Array(head + middle.length + prev.length - tail);
      for (let i = 0; i < head; i++) out[i] = prev[i];
      out.set(middle, head);
      for (let i = tail, j = head + middle.length; i < prev.length; i++, j++) out[j] = prev[i] + delta;
      starts = out;
    } else starts = Uint32Array.from(lineStartsOf(text, 0, text.length, [0]));
    this.linesOf = new LineIndex(text, starts);
    return this.linesOf;
  }

  /**
   * Reuses the units outside the changed region of `old` → `text`; also says which units
   * were kept at the start and which blocks the rescanned region replaced.
   */
  private reparse(
    old: string,
    text: string,
    format: SourceFormat,
  ): { units: Unit[]; headUnits: number; removed: Block[]; from: number; oldEnd: number; lineDelta: number } {
    const [prefix, suffix] = commonEnds(old, text);
    this.edit = { prefix, suffix, oldLength: old.length };
    const delta = text.length - old.length;
    const olds = this.units;
    let i0 = 0;
    while (i0 < olds.length && olds[i0].end < prefix) i0++;
    // A group ended by the chunk after it depends on that chunk: rescan it too.
    if (i0 > 0 && (i0 >= olds.length || olds[i0 - 1].endedByNext || olds[i0].start > prefix)) i0--;
    const head = olds.slice(0, i0);
    const from = i0 === 0 ? 0 : olds[i0].start;
    const unchangedFrom = old.length - suffix; // old offsets at or after this are the same text
    let k = olds.length;
    const middle = this.scan(text, format, from, true, (start) => {
      if (start - delta < unchangedFrom) return false;
      k = unitStartingAt(olds, start - delta);
      if (k < 0) k = olds.length;
      return k < olds.length;
    });
    const removed: Block[] = [];
    for (let j = i0; j < k; j++) removed.push(...(olds[j].blocks ?? []));
    // The units after the edit: the same objects, moved.
    const tail = olds.slice(k);
    for (const u of tail) {
      u.start += delta;
      u.end += delta;
    }
    const oldEnd = k < olds.length ? olds[k].start : old.length;
    const lineDelta = newlines(text, prefix, text.length - suffix) - newlines(old, prefix, old.length - suffix);
    return { units: head.concat(middle, tail), headUnits: i0, removed, from, oldEnd, lineDelta };
  }

  /**
   * Cuts `text` from `from` into units (a group of Markdown chunks for one remark call, or a
   * single plain chunk) and parses them. `stopAt(start)` ends the scan before a unit;
   * `remember` looks units up by their text, and keeps them.
   */
  private scan(
    text: string,
    format: SourceFormat,
    from: number,
    remember: boolean,
    stopAt: (start: number) => boolean = () => false,
  ): Unit[] {
    const units: Unit[] = [];
    const prefix = format === 'markdown' ? 'm' : 't';
    let stopped = false;
    const unit = (start: number, end: number, parse: (t: string) => ChunkData, endedByNext = false) => {
      if (stopped || (stopped = stopAt(start))) return;
      const unitText = text.slice(start, end);
      if (!remember) {
        units.push({ start, end, data: parse(unitText), endedByNext });
        return;
      }
      const key = prefix + unitText;
      let data = this.byKey.get(key);
      if (!data) {
        data = parse(unitText);
        if (this.byKey.size >= REMEMBERED_UNITS) this.byKey.delete(this.byKey.keys().next().value!);
        this.byKey.set(flatCopy(key), data);
      }
      units.push({ start, end, data, endedByNext });
    };
    let groupStart = -1;
    let groupEnd = -1;
    const flush = (endedByNext: boolean) => {
      if (groupStart >= 0) unit(groupStart, groupEnd, parseMarkdownChunkWithRemark, endedByNext);
      groupStart = -1;
    };
    forEachChunk(text, format, from, (start, end) => {
      if (format === 'plaintext') unit(start, end, parsePlainParagraph);
      else {
        const chunkText = text.slice(start, end);
        const simple = parseSimpleChunk(chunkText);
        if (simple) {
          flush(true);
          unit(start, end, () => simple);
        } else if (isPathologicalChunk(chunkText)) {
          flush(true);
          unit(start, end, parsePlainLines);
        } else {
          if (groupStart < 0) groupStart = start;
          groupEnd = end;
          if (hash(chunkText) % GROUP_BOUNDARY === 0 || groupEnd - groupStart > GROUP_MAX_CHARS) flush(false);
        }
      }
      return stopped;
    });
    flush(true);
    return units;
  }
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index of the unit starting at `start` (units are in order), or −1. */
function unitStartingAt(units: readonly Unit[], start: number): number {
  const lo = firstIndex(units, (u) => u.start >= start);
  return lo < units.length && units[lo].start === start ? lo : -1;
}

/** A string with its own storage (not a view into a larger one). */
function flatCopy(s: string): string {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** Lengths of the longest common prefix and suffix of two texts (not overlapping). */
export function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  // Compare in slices first (string equality is a fast native comparison), then by character.
  for (let step = 4096; step >= 1; step >>= 3) {
    while (p + step <= max && a.slice(p, p + step) === b.slice(p, p + step)) p += step;
  }
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const maxS = max - p;
  for (let step = 4096; step >= 1; step >>= 3) {
    while (
      s + step <= maxS &&
      a.slice(a.length - s - step, a.length - s) === b.slice(b.length - s - step, b.length - s)
    )
      s += step;
  }
  while (s < maxS && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [p, s];
}
