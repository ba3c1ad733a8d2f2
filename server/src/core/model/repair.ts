/**
 * The repaired view: paragraphs split mid-sentence by PDF page breaks are joined, so that
 * sentence-level rules see whole sentences. Offsets in a repaired paragraph map back to
 * the source through the blocks it was made from.
 */
import { firstIndex } from '../search';
import { Block, kept } from './blocks';
import type { BlockChange } from './parse';
import { CN_NUMERAL_CHARS } from './numerals';

/** One page-break split: `prev` ends mid-sentence and continues in `next`. */
export interface PageBreak {
  prev: Block;
  next: Block;
  /** Characters repeated across the break (`细颗` | `颗粒物` → 1). */
  duplicated: number;
}

export interface RepairedParagraph {
  readonly blocks: readonly Block[];
  readonly text: string;
  /** Plain offset in `text` where each block's contribution starts. */
  readonly starts: readonly number[];
  /** Characters of each block skipped at its start (duplicates across a break). */
  readonly skips: readonly number[];
  /** Results kept while this paragraph object lives (see paragraphMemo). */
  slots?: unknown[];
  /**
   * The figures analysis' entry for this paragraph, kept in the object itself rather than
   * in a slot: it is read for every paragraph on every check (see documentFigures).
   */
  figures?: unknown;
}

/** Characters that end a sentence (a closing quote or bracket may follow). */
const SENTENCE_END = new Set(['。', '！', '？', '；', '：', '…', '!', '?', ';', ':']);
const CLOSERS = new Set(['”', '’', '）', ')', '」', '』', '》', '】', '"', "'", '*']);

/** A half-width full stop typed for 。: a point after neither a digit nor a Latin letter (not `2.5`, not `M.`). */
const HALF_STOP = /(?<![0-9A-Za-z])\.(?![0-9])/;

export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  if (i < 0) return true;
  return SENTENCE_END.has(text[i]) || (text[i] === '.' && HALF_STOP.test(text.slice(Math.max(0, i - 1), i + 1)));
}

/**
 * A line that opens with an outline or notes marker starts a new paragraph. The patterns
 * are deliberately broad: a false "marker" only means a split is not joined. A decimal
 * (`2.5` after `PM`) is not a marker; `20.2026年` is item 20 and a year.
 */
const NUMERAL = `[${CN_NUMERAL_CHARS}]`;
const MARKER_START = new RegExp(
  `^(?:${NUMERAL}+(?:、|是|要|\\s)|[（(][${CN_NUMERAL_CHARS}\\d]+[）)]|第${NUMERAL}+[，、,]|` +
    `\\d{1,2}[.．、](?=\\d{4}年|[^\\d.．]|$)|——|各位代表|[-*+•·]\\s)`,
);

export function startsWithMarker(text: string): boolean {
  return MARKER_START.test(text);
}

/**
 * A heading: an outline marker, then a title without sentence punctuation (commas allowed:
 * `（一）着力推进向新向优发展，产业转型升级步伐加快`). A numbered paragraph's first sentence
 * ends in 。 (`一是多管齐下抓招商。狠抓…`); a note entry has its colon (`14. 十大…工程：…`).
 */
const HEADING_MAX = 50;
function looksLikeHeading(text: string): boolean {
  const m = MARKER_START.exec(text);
  const rest = text.slice(m?.[0].length ?? 0);
  return !!m && text.length <= HEADING_MAX && !/[。！？；：!?;:]/.test(rest) && !HALF_STOP.test(rest);
}

/**
 * A short line without any punctuation, not ending in an opening bracket or quote. It is a
 * title (report title and subtitle, 附件 titles, 注释 / 名词解释 headings, unnumbered section
 * titles, a page's trailing lines) when the block before it closed its paragraph; after an
 * open one it is a fragment (`…广义货币M` / `2` / `增长13.6%`).
 */
const TITLE_MAX = 40;
export function titleShaped(text: string): boolean {
  return (
    text.length <= TITLE_MAX &&
    !/[，。、；：！？,;:!?]/.test(text) &&
    !HALF_STOP.test(text) &&
    // A title neither starts with what closes or continues a phrase nor ends with what opens one.
    !/^[）)”’》」』】]/.test(text) &&
    !/[（(“‘《「『【[的和与及或在对把被从向将并]$/.test(text)
  );
}

/** A line wholly in brackets is an aside (`（来源：青海日报）`). */
const ASIDE = /^[（(][^（()）]*[）)]$/;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function duplicatedAcross(prev: string, next: string): number {
  for (let k = 3; k >= 1; k--) {
    if (prev.length < k || next.length < k) continue;
    const tail = prev.slice(prev.length - k);
    if (!CJK.test(tail[0]) || ![...tail].every((c) => CJK.test(c))) continue;
    // A doubled character is Chinese reduplication (天天、人人) unless the break sits inside it.
    if (k === 1 && prev.length >= 2 && prev[prev.length - 2] === tail) continue;
    if (next.startsWith(tail)) return k;
  }
  return 0;
}

function isProse(b: Block): boolean {
  return (b.kind === 'paragraph' || b.kind === 'listItem') && b.text.length > 0;
}

/**
 * Finds page-break splits. `bodyStart` is the index of the first block after the front
 * matter (title, dateline, speaker), whose lines never end in punctuation.
 */
/** The block ends its paragraph whatever comes before it: a sentence end, a heading, an aside. */
function closesParagraph(b: Block): boolean {
  return endsSentence(b.text) || looksLikeHeading(b.text) || ASIDE.test(b.text);
}

/** Whether the block closes its paragraph depends on the block before it (see titleShaped). */
function dependsOnBefore(b: Block): boolean {
  return isProse(b) && !b.memo('repair.closed', closesParagraph) && b.memo('repair.title', (x) => titleShaped(x.text));
}

/**
 * The block ends its paragraph, given whether the block before it did (`before`) and the
 * block after it: a title is never followed by a line that continues a phrase (`、地下…`).
 */
function closes(b: Block, before: boolean, next: Block | undefined): boolean {
  if (!isProse(b) || b.memo('repair.closed', closesParagraph)) return true;
  return before && dependsOnBefore(b) && !(next && isProse(next) && /^[、，。；：）)”’》」』】,;:]/.test(next.text));
}

/** Whether the block before blocks[i] closed its paragraph (the front matter does). */
function closedBefore(blocks: readonly Block[], i: number, bodyStart: number): boolean {
  const first = Math.max(0, bodyStart);
  let j = i - 1;
  while (j >= first && dependsOnBefore(blocks[j])) j--;
  let before = true;
  for (let k = Math.max(j, first); k < i; k++) before = closes(blocks[k], before, blocks[k + 1]);
  return before;
}

export function findPageBreaks(blocks: readonly Block[], bodyStart: number): PageBreak[] {
  const breaks: PageBreak[] = [];
  let before = true;
  for (let i = Math.max(0, bodyStart); i + 1 < blocks.length; i++) {
    const br = breakAt(blocks, i, before);
    if (br) breaks.push(br);
    before = closes(blocks[i], before, blocks[i + 1]);
  }
  return breaks;
}

/**
 * The first block index from `end` on whose pair with the next block an edit of the blocks
 * before `end` cannot change: a run of title-shaped lines carries the decision on.
 */
export function decidedFrom(blocks: readonly Block[], end: number): number {
  let i = end;
  while (i + 1 < blocks.length && dependsOnBefore(blocks[i])) i++;
  return i;
}

const newBreakSlot = (): { next?: Block; before?: boolean; br?: PageBreak } => ({});

/** The block is in this version, at its index (a removed block keeps its old index). */
const current = (blocks: readonly Block[], b: Block) => blocks[b.index] === b;

/**
 * The page breaks after an edit that replaced blocks [start, start + removed) by the added
 * ones: only the pairs touching those blocks are decided again (blocks before them keep
 * their index, blocks after them moved with their breaks).
 */
export function updatePageBreaks(
  prev: readonly PageBreak[],
  blocks: readonly Block[],
  bodyStart: number,
  change: BlockChange,
): PageBreak[] {
  const s = change.start;
  const e = s + change.added.length;
  const out: PageBreak[] = [];
  let k = 0;
  while (k < prev.length && prev[k].prev.index < s - 1) out.push(prev[k++]);
  // Pairs from the edit on, and past it while title-shaped lines carry the decision on.
  const start = Math.max(0, bodyStart, s - 1);
  const reach = Math.max(start, decidedFrom(blocks, e));
  let before = closedBefore(blocks, start, bodyStart);
  for (let i = start; i < reach && i + 1 < blocks.length; i++) {
    const br = breakAt(blocks, i, before);
    if (br) out.push(br);
    before = closes(blocks[i], before, blocks[i + 1]);
  }
  while (k < prev.length && (prev[k].prev.index < reach || !current(blocks, prev[k].prev))) k++;
  while (k < prev.length) out.push(prev[k++]);
  return out;
}

/**
 * The decision for blocks i and i + 1, kept on the first (their contents, and whether the block before
 * closed, decide).
 */
function breakAt(blocks: readonly Block[], i: number, before: boolean): PageBreak | undefined {
  const prev = blocks[i];
  const next = blocks[i + 1];
  const kept = prev.cached('repair.break', newBreakSlot);
  if (kept.next !== next || kept.before !== before) {
    kept.next = next;
    kept.before = before;
    kept.br = pageBreakBetween(prev, next, before);
  }
  return kept.br;
}

function pageBreakBetween(prev: Block, next: Block, before: boolean): PageBreak | undefined {
  if (!isProse(prev) || !isProse(next)) return undefined;
  if (prev.data.quoted !== next.data.quoted) return undefined;
  if (closes(prev, before, next)) return undefined;
  if (next.memo('repair.opens', (b) => startsWithMarker(b.text))) return undefined;
  return { prev, next, duplicated: duplicatedAcross(prev.text, next.text) };
}

export function repairParagraphs(blocks: readonly Block[], breaks: readonly PageBreak[]): RepairedParagraph[] {
  const joinedToNext = new Map<Block, number>();
  for (const br of breaks) joinedToNext.set(br.prev, br.duplicated);
  const out: RepairedParagraph[] = [];
  let group: Block[] | undefined;
  let skips: number[] | undefined;
  let pendingSkip = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'heading') continue;
    const dup = joinedToNext.get(b);
    if (!group && dup === undefined) {
      out.push(b.cached('repair.single', singleParagraph));
      continue;
    }
    (group ??= []).push(b);
    (skips ??= []).push(pendingSkip);
    if (dup === undefined) {
      out.push(joinedParagraph(group, skips));
      group = skips = undefined;
      pendingSkip = 0;
    } else pendingSkip = dup;
  }
  if (group && skips) out.push(joinedParagraph(group, skips));
  return out;
}

/**
 * The repaired paragraphs after an edit that replaced blocks [start, start + removed) by the
 * added ones (`breaks` already updated): the paragraphs around those blocks are made again, the others
 * are kept. Paragraphs are delimited by breaks, and only breaks touching the replaced
 * blocks can differ, so the paragraphs just outside the window end the same way.
 */
export interface RepairedUpdate {
  paragraphs: RepairedParagraph[];
  /** The previous paragraphs that were made again, and what replaced them (same blocks). */
  before: readonly RepairedParagraph[];
  after: readonly RepairedParagraph[];
}

export function updateRepaired(
  prev: readonly RepairedParagraph[],
  blocks: readonly Block[],
  breaks: readonly PageBreak[],
  change: BlockChange,
): RepairedUpdate {
  const s = change.start;
  // Breaks were decided again up to here (see updatePageBreaks).
  const e = decidedFrom(blocks, s + change.added.length);
  const last = (p: RepairedParagraph) => p.blocks[p.blocks.length - 1].index;
  // The old paragraphs with a block in [s − 1, e] or a removed block: lo … hi − 1. Blocks
  // before the edit kept their indices, blocks after it have their new ones (≥ e), removed
  // blocks their old ones (≥ s): so the test for lo is monotonic.
  const lo = firstIndex(prev, (p) => last(p) >= s - 1);
  let hi = lo;
  while (hi < prev.length && (prev[hi].blocks[0].index <= e || !prev[hi].blocks.every((b) => current(blocks, b)))) hi++;
  // The blocks to join again: from the first of those paragraphs to the last block of this
  // version they hold.
  let z = e;
  for (let k = lo; k < hi; k++) for (const b of prev[k].blocks) if (current(blocks, b)) z = Math.max(z, b.index);
  const a = Math.max(0, Math.min(s - 1, lo < hi ? prev[lo].blocks[0].index : s - 1));
  z = Math.min(blocks.length - 1, z);
  const inside = breaks.filter((br) => br.prev.index >= a && br.prev.index < z);
  const middle = repairParagraphs(blocks.slice(a, z + 1), inside);
  return { paragraphs: prev.slice(0, lo).concat(middle, prev.slice(hi)), before: prev.slice(lo, hi), after: middle };
}

// Paragraph objects live as long as their blocks (and, when joined, the same join): analyses
// keep their results on them.
function singleParagraph(b: Block): RepairedParagraph {
  return { blocks: [b], text: b.text, starts: [0], skips: [0], slots: undefined, figures: undefined };
}

function joinedParagraph(group: Block[], skips: number[]): RepairedParagraph {
  const slot = group[0].cached('repair.joined', newParagraphSlot);
  if (slot.para && sameGroup(slot.para, group, skips)) return slot.para;
  const starts: number[] = [];
  let text = '';
  group.forEach((b, k) => {
    starts.push(text.length);
    text += b.text.slice(skips[k]);
  });
  return (slot.para = { blocks: group, text, starts, skips, slots: undefined, figures: undefined });
}

/**
 * A per-paragraph analysis of the repaired text. Kept on the paragraph object while it lives
 * (as long as its blocks and their join), and behind that memoised on the content: on the
 * block for a paragraph of one block; for joined blocks, in one slot on the first block,
 * valid while the joined text is the same (a slot per joined text would grow with every
 * keystroke). An edit that restores earlier text finds its results again.
 */
export function paragraphMemo<T>(p: RepairedParagraph, key: string, compute: (text: string) => T): T {
  return kept((p.slots ??= []), key, p, (q) => contentMemo(q, key, compute));
}

function contentMemo<T>(p: RepairedParagraph, key: string, compute: (text: string) => T): T {
  const first = p.blocks[0];
  if (p.blocks.length === 1) return first.memo(key, (b) => compute(b.text));
  const slot = first.memo(`${key}.joined`, () => ({ text: '', value: undefined as T | undefined, set: false }));
  if (!slot.set || slot.text !== p.text) {
    slot.text = p.text;
    slot.value = compute(p.text);
    slot.set = true;
  }
  return slot.value as T;
}

const newParagraphSlot = (): { para?: RepairedParagraph } => ({});

function sameGroup(p: RepairedParagraph, blocks: readonly Block[], skips: readonly number[]): boolean {
  if (p.blocks.length !== blocks.length) return false;
  for (let k = 0; k < blocks.length; k++) if (p.blocks[k] !== blocks[k] || p.skips[k] !== skips[k]) return false;
  return true;
}

/** Maps a plain offset in a repaired paragraph to [block, offset in that block's text]. */
export function locateInRepaired(p: RepairedParagraph, i: number): [Block, number] {
  let k = p.starts.length - 1;
  while (k > 0 && p.starts[k] > i) k--;
  return [p.blocks[k], i - p.starts[k] + p.skips[k]];
}

export function repairedSourceOffset(p: RepairedParagraph, i: number): number {
  const [b, j] = locateInRepaired(p, i);
  return b.sourceOffset(j);
}

export function repairedSourceEnd(p: RepairedParagraph, i: number): number {
  if (i <= 0) return repairedSourceOffset(p, 0);
  const [b, j] = locateInRepaired(p, i - 1);
  return b.sourceEnd(j + 1);
}

/** Text wrapped at a fixed width (copied from a PDF into a .txt): the width and the breaks it made. */
export interface HardWrap {
  width: number;
  breaks: readonly PageBreak[];
}

/** At least this many line ends break a sentence at (about) one width, and most such line ends do. */
const WRAP_MIN = 10;
const WRAP_SHARE = 0.6;
/** Narrower lines are fragments, not a page's width. */
const WRAP_MIN_WIDTH = 15;
/** Lines of one width differ by a few characters (digits and Latin letters are narrower). */
const WRAP_SLACK = 3;

/**
 * A plain text whose lines were wrapped at a fixed width: most breaks between adjacent lines
 * (nothing but a line end between them) come after lines of about one length. Such a text has
 * a break at most line ends; they are no page breaks. Decided from the breaks alone.
 */
export function hardWrap(text: string, breaks: readonly PageBreak[]): HardWrap | undefined {
  if (breaks.length < WRAP_MIN) return undefined;
  // Nothing but one line end between them (and spaces around it).
  const adjacent = breaks.filter(
    (br) => br.duplicated === 0 && /^[^\S\n]*\n[^\S\n]*$/.test(text.slice(br.prev.end, br.next.start)),
  );
  if (adjacent.length < WRAP_MIN) return undefined;
  const lengths = adjacent.map((br) => br.prev.text.length).sort((a, b) => a - b);
  // The lengths within WRAP_SLACK of each other that hold the most lines (a tie: the longer).
  let best = 0;
  let width = 0;
  for (let lo = 0, hi = 0; hi < lengths.length; hi++) {
    while (lengths[hi] - lengths[lo] > WRAP_SLACK) lo++;
    if (hi - lo + 1 >= best) [best, width] = [hi - lo + 1, lengths[hi]];
  }
  if (best < WRAP_MIN || best < WRAP_SHARE * adjacent.length || width < WRAP_MIN_WIDTH) return undefined;
  const wrapped = adjacent.filter((br) => br.prev.text.length <= width && br.prev.text.length >= width - WRAP_SLACK);
  return { width, breaks: wrapped };
}
