/**
 * Parsing: the source is cut into chunks at blank lines (outside fenced code); chunks are
 * parsed with remark (a few at a time) and cached by their text. An edit therefore
 * re-parses only what it touched; everything else is reused as is.
 */
import { firstIndex } from '../search';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { Block, BlockData, PlainBuilder, makeBlock } from './blocks';
import { parseSimpleChunk } from './simple';
import { LineIndex, lineStartsOf } from './source';

export type SourceFormat = 'markdown' | 'plaintext';

export interface ChunkData {
  readonly blocks: readonly BlockData[];
}

// CommonMark's emphasis rules ignore CJK punctuation: `**一是…。**狠抓…` would stay literal.
const processor = unified().use(remarkParse).use(remarkCjkFriendly);

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
    if (r) {
      const { from, oldEnd, lineDelta } = r;
      this.change = { start: r.headUnits >= units.length ? blocks.length : start, removed: r.removed, added, from, oldEnd, delta: text.length - this.text!.length, lineDelta };
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

  /** The line index of the text last parsed, updated from the previous one like the units. */
  lines(text: string): LineIndex {
    if (text !== this.text) return new LineIndex(text);
    const old = this.linesOf;
    let starts: number[];
    if (old && this.edit) {
      const { prefix, suffix, oldLength } = this.edit;
      const delta = text.length - oldLength;
      const prev = old.lineStarts;
      starts = [];
      let k = 0;
      while (k < prev.length && prev[k] <= prefix) starts.push(prev[k++]);
      lineStartsOf(text, prefix, text.length - suffix, starts);
      while (k < prev.length && prev[k] < oldLength - suffix + 1) k++;
      while (k < prev.length) starts.push(prev[k++] + delta);
    } else starts = lineStartsOf(text, 0, text.length, [0]);
    this.linesOf = new LineIndex(text, starts);
    return this.linesOf;
  }

  /**
   * Reuses the units outside the changed region of `old` → `text`; also says which units
   * were kept at the start and which blocks the rescanned region replaced.
   */
  private reparse(old: string, text: string, format: SourceFormat): { units: Unit[]; headUnits: number; removed: Block[]; from: number; oldEnd: number; lineDelta: number } {
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
  private scan(text: string, format: SourceFormat, from: number, remember: boolean, stopAt: (start: number) => boolean = () => false): Unit[] {
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
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
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
    while (s + step <= maxS && a.slice(a.length - s - step, a.length - s) === b.slice(b.length - s - step, b.length - s)) s += step;
  }
  while (s < maxS && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [p, s];
}

/**
 * Calls `fn` for each chunk from offset `from` (a line start outside any chunk): runs of
 * non-blank lines (blank lines inside fences kept). `fn` returns true to stop.
 */
export function forEachChunk(
  text: string,
  format: SourceFormat,
  from: number,
  fn: (start: number, end: number) => boolean | void,
): void {
  let chunkStart = -1;
  let chunkEnd = -1;
  let fence: string | null = null;
  let pos = from;
  const n = text.length;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const blank = isBlankLine(text, pos, lineEnd);
    if (format === 'plaintext') {
      // Every non-empty line is a paragraph of its own.
      if (!blank && fn(pos, lineEnd)) return;
    } else {
      if (fence === null && blank) {
        if (chunkStart >= 0 && fn(chunkStart, chunkEnd)) return;
        chunkStart = -1;
      } else {
        if (chunkStart < 0) chunkStart = pos;
        chunkEnd = lineEnd;
        const f = fenceMarker(text, pos, lineEnd);
        if (f) {
          if (fence === null) fence = f;
          else if (f.startsWith(fence[0]) && f.length >= fence.length) fence = null;
        }
      }
    }
    if (eol >= n) break;
    pos = eol + 1;
  }
  if (format === 'markdown' && chunkStart >= 0) fn(chunkStart, chunkEnd);
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff && c !== 0x200b) return false;
  }
  return true;
}

/** The fence (``` or ~~~ run) opening a line, if any. */
function fenceMarker(text: string, start: number, end: number): string | null {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  const c = text[i];
  if (c !== '`' && c !== '~') return null;
  let j = i;
  while (j < end && text[j] === c) j++;
  return j - i >= 3 ? text.slice(i, j) : null;
}

/** The source range [start, end) read as plain text (no Markdown). */
function plainRange(src: string, start: number, end: number): { text: string; map: Uint32Array } {
  const b = new PlainBuilder();
  for (let i = start; i < end; i++) b.pushCode(src.charCodeAt(i), i);
  return b.finish(end);
}

/**
 * remark's emphasis and list resolution is quadratic on some inputs (thousands of unmatched
 * `*_[` delimiters, lists nested hundreds deep). Such chunks are no report prose: read them
 * line by line as plain text so the editor stays responsive.
 */
const MAX_DELIMITERS = 2000;
const MAX_INDENT = 100;

export function isPathologicalChunk(chunk: string): boolean {
  let delimiters = 0;
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 42 || c === 95 || c === 96 || c === 126 || c === 91 || c === 93) {
      if (++delimiters > MAX_DELIMITERS) return true;
    }
    if (c === 10) {
      lineStart = true;
      indent = 0;
    } else if (lineStart && (c === 32 || c === 9 || c === 62)) {
      if (++indent > MAX_INDENT) return true;
    } else lineStart = false;
  }
  return false;
}

/** A line of a plain-text file: one paragraph. */
function parsePlainParagraph(chunk: string): ChunkData {
  const { text, map } = plainRange(chunk, 0, chunk.length);
  return { blocks: text.length ? [makeBlock('paragraph', 0, 0, chunk.length, text, map, [], false)] : [] };
}

export function parseMarkdownChunkWithRemark(chunk: string): ChunkData {
  const blocks: BlockData[] = [];
  let root;
  try {
    root = processor.parse(chunk);
  } catch {
    // remark does not throw on any input we know of; never let one chunk sink the document.
    return parsePlainLines(chunk);
  }
  for (const node of root.children) collectBlocks(node, chunk, blocks, 0, false);
  return { blocks };
}

/** One paragraph per non-blank line, no Markdown: the fallback for chunks remark should not see. */
function parsePlainLines(chunk: string): ChunkData {
  const blocks: BlockData[] = [];
  let start = 0;
  while (start <= chunk.length) {
    let end = chunk.indexOf('\n', start);
    if (end === -1) end = chunk.length;
    const { text, map } = plainRange(chunk, start, end);
    if (text.length > 0) blocks.push(makeBlock('paragraph', 0, start, end, text, map, [], false));
    start = end + 1;
  }
  return { blocks };
}

function collectBlocks(node: RootContent, src: string, out: BlockData[], listLevel: number, quoted: boolean): void {
  const pos = node.position;
  if (!pos) return;
  const start = pos.start.offset ?? 0;
  const end = pos.end.offset ?? src.length;
  switch (node.type) {
    case 'heading':
    case 'paragraph': {
      const b = new PlainBuilder();
      inline(node, src, b);
      const { text, map } = b.finish(end);
      out.push(makeBlock(node.type, node.type === 'heading' ? node.depth : 0, start, end, text, map, b.strong, quoted));
      return;
    }
    case 'list':
      for (const item of node.children) collectBlocks(item, src, out, listLevel + 1, quoted);
      return;
    case 'listItem': {
      const first = item0(node);
      const markerEnd = first?.position?.start.offset ?? end;
      const marker = src.slice(start, markerEnd).trim();
      const b = new PlainBuilder();
      // The marker is part of the text: outline and notes rules read it.
      for (let i = start; i < markerEnd; i++) b.push(src[i], i);
      if (first && first.type === 'paragraph') inline(first, src, b);
      const { text, map } = b.finish(first?.position?.end.offset ?? end);
      out.push(
        makeBlock('listItem', listLevel, start, first?.position?.end.offset ?? end, text, map, b.strong, quoted, marker),
      );
      const rest = first && first.type === 'paragraph' ? node.children.slice(1) : node.children;
      for (const child of rest) collectBlocks(child, src, out, listLevel, quoted);
      return;
    }
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, src, out, listLevel, true);
      return;
    case 'code': {
      const fenced = /^ {0,3}(`{3,}|~{3,})/.test(src.slice(start, Math.min(end, start + 8)));
      if (fenced) {
        out.push(makeBlock('code', 0, start, end, '', new Uint32Array([start]), [], quoted));
        return;
      }
      // An indented paragraph (drafters indent with spaces): read it as text.
      const { text, map } = plainRange(src, start, end);
      out.push(makeBlock('paragraph', 0, start, end, text, map, [], quoted));
      return;
    }
    case 'html': {
      const { text, map } = plainRange(src, start, end);
      out.push(makeBlock('html', 0, start, end, text, map, [], quoted));
      return;
    }
    default:
      // thematic breaks, definitions, yaml: not report text
      return;
  }
}

function item0(node: Parent): RootContent | undefined {
  return node.children[0] as RootContent | undefined;
}

function inline(node: Nodes, src: string, b: PlainBuilder): void {
  if (!('children' in node)) return;
  for (const child of node.children as PhrasingContent[]) {
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        pushAligned(child.value, src, child.position?.start.offset ?? 0, child.position?.end.offset ?? 0, b);
        break;
      case 'break':
        b.lineBreak(child.position?.start.offset ?? 0);
        break;
      case 'strong': {
        const s = b.length;
        inline(child, src, b);
        if (b.length > s) b.strong.push([s, b.length]);
        break;
      }
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        inline(child, src, b);
        break;
      default:
        // images, inline html, footnote references: not prose
        break;
    }
  }
}

/**
 * Pushes a node's value, pairing each character with its source offset. The value can
 * differ from the source (escapes, entities, CRLF, indentation): walk both, skipping
 * source characters that the value does not have.
 */
function pushAligned(value: string, src: string, start: number, end: number, b: PlainBuilder): void {
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (j < end && src[j] !== ch) {
      const limit = Math.min(end, j + 12);
      let k = j + 1;
      while (k < limit && src[k] !== ch) k++;
      if (k < limit) j = k;
    }
    b.push(ch, Math.min(j, Math.max(start, end - 1)));
    if (j < end && src[j] === ch) j++;
  }
}
