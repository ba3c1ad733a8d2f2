/**
 * The notes section (相关注释) parsed into entries. Every style of the seed: list items
 * `1. “六稳”：…`, bold paragraphs `**10. “2345”工作机制：**…` (whose `**` remark may leave
 * in the text), `18. **“四好农村路”**：…`, several headwords (`“三无”“三可”营商环境`),
 * unquoted headwords (`十大社会治理工程`), entries split by a page break.
 */
import type { Block } from '../model/blocks';
import type { ReportDocument } from '../model/document';
import type { Part } from '../facts/parts';
import { cleanTerm, quotedSpans } from './shorthand';

export interface NoteHeadword {
  term: string;
  /** Source range of the headword (inside its quotes). */
  start: number;
  end: number;
  quoted: boolean;
}

export interface NoteEntry {
  /** Position in the section (0-based). */
  index: number;
  /** The number as written (`10.` → 10, `①` → 1); its position for an unnumbered entry. */
  number: number;
  /** The term on one line, its definition on the next. */
  twoLine: boolean;
  /** Source range of the number's digits (empty for an unnumbered entry). */
  numberStart: number;
  numberEnd: number;
  /** The head as written, Markdown removed (`“专精特新”企业`). */
  head: string;
  headwords: NoteHeadword[];
  /** The definition, page breaks joined and Markdown emphasis removed. */
  definition: string;
  /** Source offset where the definition starts. */
  definitionStart: number;
  /** Quoted strings inside the definition (terms the note explains in passing). */
  mentions: Array<{ term: string; start: number; end: number }>;
  /** Source range of the whole entry, from its first block's start to its last block's end. */
  start: number;
  end: number;
  blocks: Block[];
}

/** How a report numbers its notes: `1.` `1、` `（1）` `［1］` `[1]` `①`, or not at all. */
export type NoteNumbering = 'dot' | 'comma' | 'paren' | 'bracket' | 'asciiBracket' | 'circled' | 'none';

export interface NoteStyle {
  numbering: NoteNumbering;
  /** The term on one line, its definition on the next. */
  twoLine: boolean;
  /** Unnumbered entries written as a list: their bullet (`-`, `*`, `•`…). */
  bullet?: string;
}

/** Blanks, and a list bullet before an unnumbered entry (`- `, `* `, `•`) with the spaces after it. */
const BULLET = /^\s*(?:([-*+])\s+|([•·●▪])\s*)?/;

export interface NotesSection {
  part: Part;
  entries: NoteEntry[];
  style: NoteStyle;
}

const MARKERS: Array<[Exclude<NoteNumbering, 'none'>, RegExp]> = [
  ['dot', /^(\d{1,3})\s*[.．](?!\d)\s*/],
  ['comma', /^(\d{1,3})\s*、\s*/],
  ['paren', /^[（(](\d{1,3})[）)]\s*/],
  ['bracket', /^［(\d{1,3})］\s*/],
  ['asciiBracket', /^\[(\d{1,3})\]\s*/],
  ['circled', /^([\u2460-\u2473])\s*/],
];

/** A note's number as its section writes it (`①` for 1 in circled style, '' unnumbered). */
export function formatNoteNumber(style: NoteStyle, n: number): string {
  if (style.numbering === 'none') return '';
  if (style.numbering === 'circled') return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
  return String(n);
}

/** A new entry's marker in the section's style, number included (`1. `, `（1）`, `①`). */
export function noteMarker(style: NoteStyle, n: number): string {
  const k = formatNoteNumber(style, n);
  switch (style.numbering) {
    case 'dot':
      return `${k}. `;
    case 'comma':
      return `${k}、`;
    case 'paren':
      return `（${k}）`;
    case 'bracket':
      return `［${k}］`;
    case 'asciiBracket':
      return `[${k}]`;
    case 'circled':
      return k;
    case 'none':
      return style.bullet ? `${style.bullet} ` : '';
  }
}

export const DEFAULT_NOTE_STYLE: NoteStyle = { numbering: 'dot', twoLine: false };

function markerOf(
  text: string,
  numbering?: NoteNumbering,
): { numbering: NoteNumbering; m: RegExpExecArray } | undefined {
  for (const [kind, re] of MARKERS) {
    if (numbering && numbering !== kind) continue;
    const m = re.exec(text);
    if (m) return { numbering: kind, m };
  }
  return undefined;
}

function numberOf(token: string): number {
  const c = token.charCodeAt(0);
  return c >= 0x2460 && c <= 0x2473 ? c - 0x2460 + 1 : Number(token);
}

/** An unnumbered entry's first line: `术语：释义`, or a short term line without punctuation. */
const UNNUMBERED_INLINE = /^[^。；！？]{1,30}?[：:]/;
const TERM_LINE = /^[^。；！？，,：:]{1,24}$/;

/** Plain text of an entry with the source offset of every character (`*` dropped). */
interface Cleaned {
  text: string;
  src: number[];
}

function cleanedOf(blocks: Block[], skips: number[]): Cleaned {
  let text = '';
  const src: number[] = [];
  blocks.forEach((b, k) => {
    for (let j = skips[k]; j < b.text.length; j++) {
      const ch = b.text[j];
      if (ch === '*') continue;
      text += ch;
      src.push(b.sourceOffset(j));
    }
  });
  return { text, src };
}

export function parseNotes(doc: ReportDocument): NotesSection | undefined {
  const part = doc.notesPart;
  if (!part) return undefined;
  const dup = new Map<number, number>();
  for (const br of doc.pageBreaks) if (br.duplicated) dup.set(br.next.index, br.duplicated);
  const prose: Block[] = [];
  for (let i = part.start + 1; i < part.end; i++) {
    const b = doc.blocks[i];
    if (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'heading') prose.push(b);
  }
  const lead = (b: Block) => b.text.replace(/^[*\s]+/, '');
  // The section's numbering: the first entry's marker decides (or none at all).
  const first = prose.map((b) => markerOf(lead(b))).find((x) => x !== undefined);
  const numbering = first?.numbering ?? 'none';
  const bulleted = numbering === 'none' && prose.length > 0 ? BULLET.exec(prose[0].text) : null;
  const bullet = bulleted?.[1] ?? bulleted?.[2];
  const groups: Block[][] = [];
  let twoLine = false;
  for (let k = 0; k < prose.length; k++) {
    const b = prose[k];
    const t = lead(b);
    if (numbering !== 'none') {
      if (markerOf(t, numbering)) groups.push([b]);
      else if (groups.length > 0) groups[groups.length - 1].push(b);
      continue;
    }
    // Unnumbered: `术语：释义` paragraphs, or (as the first entry shows) a term line followed by
    // its definition.
    const clean = t.replace(/\*/g, '');
    if (k === 0) twoLine = !UNNUMBERED_INLINE.test(clean) && TERM_LINE.test(clean) && prose.length > 1;
    if (twoLine && TERM_LINE.test(clean) && prose[k + 1]) {
      groups.push([b, prose[k + 1]]);
      k++;
    } else if (!twoLine && UNNUMBERED_INLINE.test(clean)) groups.push([b]);
    else if (groups.length > 0) groups[groups.length - 1].push(b);
  }
  const entries: NoteEntry[] = [];
  for (const blocks of groups) {
    const e = parseEntry(
      blocks,
      blocks.map((b, k) => (k === 0 ? 0 : (dup.get(b.index) ?? 0))),
      entries.length,
      numbering,
    );
    if (e) {
      entries.push(e);
      if (e.twoLine) twoLine = true;
    }
  }
  return { part, entries, style: { numbering, twoLine, ...(bullet && { bullet }) } };
}

function parseEntry(blocks: Block[], skips: number[], index: number, numbering: NoteNumbering): NoteEntry | undefined {
  const c = cleanedOf(blocks, skips);
  const marked = numbering === 'none' ? undefined : markerOf(c.text, numbering);
  if (numbering !== 'none' && !marked) return undefined;
  const m = marked?.m;
  // Unnumbered entries have no number in the text: their marker is an empty range.
  const numberStart = m ? c.src[m[0].indexOf(m[1])] : c.src[0];
  const numberEnd = m ? c.src[m[0].indexOf(m[1]) + m[1].length - 1] + 1 : c.src[0];
  // An unnumbered entry starts after its bullet, if any (`*` is gone from the cleaned text).
  const bodyStart = m ? m[0].length : BULLET.exec(c.text)![0].length;
  const at = (i: number) => (i < c.src.length ? c.src[i] : blocks[blocks.length - 1].end);
  // Where the first block ends in the cleaned text (a term line's end).
  const firstLen = c.src.findIndex((x) => x >= blocks[0].end);
  const firstEnd = firstLen < 0 ? c.text.length : firstLen;
  let headEnd = -1;
  let defStart = -1;
  let twoLine = false;
  const colon = c.text.slice(bodyStart, Math.min(firstEnd, bodyStart + 40)).search(/[：:]/);
  if (colon >= 0) {
    headEnd = bodyStart + colon;
    defStart = headEnd + 1;
  } else if (blocks.length > 1 && firstEnd - bodyStart <= 30 && !/[。；！？]/.test(c.text.slice(bodyStart, firstEnd))) {
    // The term on its own line, the definition on the next.
    headEnd = firstEnd;
    defStart = firstEnd;
    twoLine = true;
  } else if (c.text[bodyStart] === '“') {
    // `“q”即…` or `“q”，…`: the first quoted string is the head.
    const close = c.text.indexOf('”', bodyStart);
    if (close > 0) {
      headEnd = close + 1;
      defStart = headEnd;
      while (defStart < c.text.length && /[，,、\s]/.test(c.text[defStart])) defStart++;
    }
  }
  const head = headEnd >= 0 ? c.text.slice(bodyStart, headEnd).trim() : '';
  const headwords: NoteHeadword[] = [];
  if (head) {
    const spans = quotedSpans(c.text.slice(0, headEnd)).filter((s) => s.open >= bodyStart);
    for (const s of spans)
      headwords.push({ term: s.term, start: at(s.open + 1), end: at(s.close - 1) + 1, quoted: true });
    if (spans.length === 0) {
      const term = cleanTerm(head);
      if (term) headwords.push({ term, start: at(bodyStart), end: at(headEnd - 1) + 1, quoted: false });
    }
  }
  const definition = defStart >= 0 ? c.text.slice(defStart).trim() : c.text.slice(bodyStart);
  const dStart = defStart >= 0 ? defStart : bodyStart;
  const heads = new Set(headwords.map((h) => h.term));
  const mentions = quotedSpans(c.text.slice(dStart))
    .filter((s) => !heads.has(s.term))
    .map((s) => ({ term: s.term, start: at(dStart + s.open + 1), end: at(dStart + s.close - 1) + 1 }));
  return {
    index,
    number: m ? numberOf(m[1]) : index + 1,
    twoLine,
    numberStart,
    numberEnd,
    head,
    headwords,
    definition,
    definitionStart: at(dStart),
    mentions,
    start: blocks[0].start,
    end: blocks[blocks.length - 1].end,
    blocks,
  };
}
