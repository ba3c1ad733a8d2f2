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
  /** The number as written (`10.` → 10). */
  number: number;
  /** Source range of the number's digits. */
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

export interface NotesSection {
  part: Part;
  entries: NoteEntry[];
}

const MARKER = /^(\d{1,3})\s*[.．、]\s*/;

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
  const groups: Block[][] = [];
  for (let i = part.start + 1; i < part.end; i++) {
    const b = doc.blocks[i];
    if (b.kind !== 'paragraph' && b.kind !== 'listItem') continue;
    if (MARKER.test(b.text.replace(/^[*\s]+/, ''))) groups.push([b]);
    else if (groups.length > 0) groups[groups.length - 1].push(b);
  }
  const entries: NoteEntry[] = [];
  for (const blocks of groups) {
    const e = parseEntry(blocks, blocks.map((b, k) => (k === 0 ? 0 : (dup.get(b.index) ?? 0))), entries.length);
    if (e) entries.push(e);
  }
  return { part, entries };
}

function parseEntry(blocks: Block[], skips: number[], index: number): NoteEntry | undefined {
  const c = cleanedOf(blocks, skips);
  const m = MARKER.exec(c.text);
  if (!m) return undefined;
  const numberStart = c.src[0];
  const numberEnd = c.src[m[1].length - 1] + 1;
  const bodyStart = m[0].length;
  const at = (i: number) => (i < c.src.length ? c.src[i] : blocks[blocks.length - 1].end);
  let headEnd = -1;
  let defStart = -1;
  const colon = c.text.slice(bodyStart, bodyStart + 40).search(/[：:]/);
  if (colon >= 0) {
    headEnd = bodyStart + colon;
    defStart = headEnd + 1;
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
    for (const s of spans) headwords.push({ term: s.term, start: at(s.open + 1), end: at(s.close - 1) + 1, quoted: true });
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
    number: Number(m[1]),
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
