/**
 * Outline markers found in one block's plain text: the marker that opens the block
 * (`一、`, `（一）`, `一是`, `一要`, `第一，`, `1.`, `（1）`, `——`) and the inline ones
 * (`…：一是…；二是…`). Pure per-block work, memoised with block.memo.
 */
import type { Block } from '../model/blocks';
import { CN_NUMERAL_CHARS, MARKER_NUMERAL, parseChineseNumeral } from '../model/numerals';
import { PART_MARKER } from '../facts/parts';

/** part 一、 · section （一） · ordinals 一是/一要/第一， · arabic 1. · paren （1） · dash —— */
export type MarkerKind = 'part' | 'section' | 'shi' | 'yao' | 'di' | 'arabic' | 'paren' | 'dash';

/** Rank in the outline: parts 1, sections 2, items 3, （1） 4. */
export const RANK: Record<MarkerKind, number> = {
  part: 1,
  section: 2,
  shi: 3,
  yao: 3,
  di: 3,
  arabic: 3,
  dash: 3,
  paren: 4,
};

export interface Marker {
  kind: MarkerKind;
  /** The number (undefined for dash items). */
  number?: number;
  /** Plain offsets of the whole marker (`（一）`, `一是`, `第一，`). */
  start: number;
  end: number;
  /** Plain offsets of the numeral inside the marker. */
  numStart: number;
  numEnd: number;
  /** Bracket characters as written (section and paren markers). */
  open?: string;
  close?: string;
  /** Separator after the numeral as written (`、` for parts, `.` for arabic). */
  sep?: string;
  /** Stray punctuation or blanks right after the marker: [start, end) plain offsets. */
  stray?: [number, number];
  /** End of the run-in title (plain offset; excludes its final 。). */
  titleEnd: number;
}

const N = MARKER_NUMERAL;
const SECTION = new RegExp(`^([（(])\\s*(${N})\\s*([）)])`);
const PAREN = /^([（(])\s*(\d{1,2})\s*([）)])/;
/** `1.` `2、`; a digit after the dot makes a decimal (`2.5`) unless a year follows (`20.2026年…`: item 20). */
const ARABIC = /^(\d{1,2})([.．、])(?=\d{4}年|[^\d.．]|$)/;
const ORDINAL = new RegExp(`^(${N})(是|要)`);
/** `第一，`; not `第一、二轮` (first and second rounds). */
const DI = new RegExp(`^第(${N})([，,、])(?![${CN_NUMERAL_CHARS}])`);
const STRAY = /^[、，,.．:：;；\s]+/;
/** Inline item: an ordinal right after punctuation (`：一是`, `；二要`, `。第三，`). */
const INLINE = new RegExp(
  `[：；。，:;,！？]\\s*[*_]{0,3}(?:(${N})(是|要)|第(${N})[，,、](?![${CN_NUMERAL_CHARS}]))`,
  'g',
);

function numeral(s: string): number | undefined {
  const n = parseChineseNumeral(s);
  return n !== undefined && n >= 1 && n <= 99 ? n : undefined;
}

/** Run-in title: up to the first sentence end within 80 characters, else the whole text. */
function titleEnd(text: string, from: number, heading: boolean): number {
  if (heading) return trimEnd(text, text.length);
  const limit = Math.min(text.length, from + 80);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '。' || c === '；' || c === '！' || c === '？' || c === '：') return i;
  }
  return trimEnd(text, limit);
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && /[。；！？：\s*_]/.test(text[i - 1])) i--;
  return i;
}

function strayAfter(text: string, at: number): [number, number] | undefined {
  const m = STRAY.exec(text.slice(at, at + 8));
  return m ? [at, at + m[0].length] : undefined;
}

/** A bracketed marker (`（一）`, `（1）`): `m` is open bracket, number, close bracket. */
function bracketed(
  kind: 'section' | 'paren',
  number: number,
  m: RegExpExecArray,
  text: string,
  heading: boolean,
): Marker {
  const numStart = text.indexOf(m[2], 1);
  const end = m[0].length;
  const stray = strayAfter(text, end);
  return {
    kind,
    number,
    start: 0,
    end,
    numStart,
    numEnd: numStart + m[2].length,
    open: m[1],
    close: m[3],
    stray,
    titleEnd: titleEnd(text, stray ? stray[1] : end, heading),
  };
}

/** The marker opening a block's text, if any. Parts are confirmed by facts/parts.ts. */
export function detectMarker(text: string, heading: boolean): Marker | undefined {
  const c = text[0];
  if (c === undefined) return undefined;
  let m: RegExpExecArray | null;
  if (c === '（' || c === '(') {
    if ((m = SECTION.exec(text))) {
      const n = numeral(m[2]);
      return n === undefined ? undefined : bracketed('section', n, m, text, heading);
    }
    if ((m = PAREN.exec(text))) return bracketed('paren', Number(m[2]), m, text, heading);
    return undefined;
  }
  if (c === '—' && text.startsWith('——'))
    return { kind: 'dash', start: 0, end: 2, numStart: 0, numEnd: 0, titleEnd: titleEnd(text, 2, heading) };
  if (c === '第' && (m = DI.exec(text))) {
    const n = numeral(m[1]);
    if (n === undefined) return undefined;
    return {
      kind: 'di',
      number: n,
      start: 0,
      end: m[0].length,
      numStart: 1,
      numEnd: 1 + m[1].length,
      sep: m[2],
      titleEnd: titleEnd(text, m[0].length, heading),
    };
  }
  if (c >= '0' && c <= '9') {
    if (!(m = ARABIC.exec(text))) return undefined;
    const end = m[0].length;
    return {
      kind: 'arabic',
      number: Number(m[1]),
      start: 0,
      end,
      numStart: 0,
      numEnd: m[1].length,
      sep: m[2],
      titleEnd: titleEnd(text, end, heading),
    };
  }
  if (CN_NUMERAL_CHARS.includes(c)) {
    if ((m = ORDINAL.exec(text))) {
      const n = numeral(m[1]);
      if (n === undefined) return undefined;
      const end = m[0].length;
      return {
        kind: m[2] === '是' ? 'shi' : 'yao',
        number: n,
        start: 0,
        end,
        numStart: 0,
        numEnd: m[1].length,
        titleEnd: titleEnd(text, end, heading),
      };
    }
    if ((m = PART_MARKER.exec(text))) {
      const n = numeral(m[1]);
      if (n === undefined) return undefined;
      const end = m[0].length;
      const stray = strayAfter(text, end);
      return {
        kind: 'part',
        number: n,
        start: 0,
        end,
        numStart: 0,
        numEnd: m[1].length,
        sep: m[2],
        stray,
        titleEnd: titleEnd(text, stray ? stray[1] : end, true),
      };
    }
  }
  return undefined;
}

/** Inline ordinal items inside a block's text (never at offset 0). */
export function detectInline(text: string): Marker[] {
  const out: Marker[] = [];
  if (!/[是要第]/.test(text)) return out;
  INLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE.exec(text))) {
    const ord = m[1] !== undefined;
    const num = ord ? m[1] : m[3];
    const n = numeral(num);
    const start = m.index + m[0].length - (ord ? m[1].length + 1 : m[3].length + 2);
    if (n === undefined) continue;
    const end = m.index + m[0].length;
    const numStart = ord ? start : start + 1;
    out.push({
      kind: ord ? (m[2] === '是' ? 'shi' : 'yao') : 'di',
      number: n,
      start,
      end,
      numStart,
      numEnd: numStart + num.length,
      titleEnd: titleEnd(text, end, false),
    });
  }
  return out;
}

export interface BlockMarkers {
  lead?: Marker;
  inline: Marker[];
}

/** Both kinds of markers of a block, memoised on its content. */
export function blockMarkers(block: Block): BlockMarkers {
  return block.memo('outline.markers', (b) => {
    let lead: Marker | undefined;
    if (b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'listItem') {
      // Emphasis remark did not parse (`**（二）…。**正文`) stays in the text as `**`.
      const o = leadingMarks(b.text);
      lead = detectMarker(o ? b.text.slice(o) : b.text, b.kind === 'heading');
      if (lead && o) lead = shift(lead, o);
    }
    return { lead, inline: b.kind === 'code' || b.kind === 'html' ? [] : detectInline(b.text) };
  });
}

function leadingMarks(text: string): number {
  let o = 0;
  while (o < 3 && (text[o] === '*' || text[o] === '_')) o++;
  return o;
}

function shift(m: Marker, o: number): Marker {
  return {
    ...m,
    start: m.start + o,
    end: m.end + o,
    numStart: m.numStart + o,
    numEnd: m.numEnd + o,
    titleEnd: m.titleEnd + o,
    stray: m.stray ? [m.stray[0] + o, m.stray[1] + o] : undefined,
  };
}

/**
 * Bold ranges of a block in plain offsets: the parsed ones plus `**…**` pairs left in
 * the text when remark could not read them (CJK punctuation next to the delimiters).
 */
export function boldRanges(block: Block): ReadonlyArray<readonly [number, number]> {
  return block.memo('outline.bold', (b) => {
    const out: Array<readonly [number, number]> = [...b.data.strong];
    const t = b.text;
    let i = t.indexOf('**');
    while (i !== -1) {
      const j = t.indexOf('**', i + 2);
      if (j === -1) break;
      out.push([i + 2, j]);
      i = t.indexOf('**', j + 2);
    }
    return out;
  });
}

/** Bold extent of a marker and its title: all, title only, marker only, partial or none. */
export type BoldStyle = 'all' | 'title' | 'marker' | 'partial' | 'none';

export function boldStyle(block: Block, m: Marker): BoldStyle {
  const ranges = boldRanges(block);
  const covered = (s: number, e: number) => e <= s || ranges.some(([a, b]) => a <= s && e <= b);
  const touches = (s: number, e: number) => ranges.some(([a, b]) => a < e && s < b);
  const ts = m.stray ? m.stray[1] : m.end;
  let te = m.titleEnd;
  while (te > ts && /[*_\s]/.test(block.text[te - 1])) te--;
  let s0 = ts;
  while (s0 < te && /[*_\s]/.test(block.text[s0])) s0++;
  const markerBold = covered(m.start, m.end);
  const titleBold = te > s0 && covered(s0, te);
  if (markerBold && (titleBold || te <= s0)) return 'all';
  if (titleBold) return 'title';
  if (markerBold) return 'marker';
  return touches(m.start, te) ? 'partial' : 'none';
}
