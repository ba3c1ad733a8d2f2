/**
 * The direct path for the Markdown that report prose is made of: paragraphs whose only markup
 * is bold (`**…**`), and one-line ATX headings and list items with such content. These chunks
 * are read here, exactly as remark with remark-cjk-friendly reads them, without remark's
 * per-call cost. Anything else gives undefined and goes to remark. A property test checks that
 * both paths agree on every chunk this one accepts.
 */
import {
  classifyCharacter,
  isCjk,
  isCjkOrIvs,
  isNonCjkPunctuation,
  isUnicodeWhitespace,
} from 'micromark-extension-cjk-friendly-util';
import { BlockData, PlainBuilder, makeBlock } from './blocks';

/** Characters with a meaning anywhere in a line (CommonMark, no extensions), besides `*`. */
const ANYWHERE = /[\\`_[\]<&\u0000-\u0008\u000b\u000c\u000e-\u001f]|\r(?!\n)/;
/** A line start that could begin something other than a paragraph line (or a `**` run). */
const LINE_START = /^(?:[ \t#>\-+=~]|\d{1,9}[.)]|\*(?!\*[^ \t*\r\n]))/;
const HEADING = /^(#{1,6}) +(?=[^ \t#\r\n])/;
const LIST_ITEM = /^(\d{1,9}[.)]|[-+]) {1,4}(?=[^ \t\r\n])/;

export function parseSimpleChunk(chunk: string): { blocks: BlockData[] } | undefined {
  if (ANYWHERE.test(chunk) || chunk.includes('\t')) return undefined;
  const oneLine = !chunk.includes('\n') && !chunk.includes('\r');
  const heading = oneLine ? HEADING.exec(chunk) : null;
  if (heading) {
    if (chunk.includes('#', heading[0].length)) return undefined; // a closing sequence
    return inlineBlock(chunk, heading[0].length, 'heading', heading[1].length);
  }
  const item = oneLine ? LIST_ITEM.exec(chunk) : null;
  if (item) {
    if (LINE_START.test(chunk.slice(item[0].length))) return undefined; // a nested block
    return inlineBlock(chunk, item[0].length, 'listItem', 1, item[1]);
  }
  if (LINE_START.test(chunk)) return undefined;
  for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) {
    if (LINE_START.test(chunk.slice(i + 1, i + 12))) return undefined;
  }
  return inlineBlock(chunk, 0, 'paragraph', 0);
}

/**
 * One block whose inline content runs from `from` to the end of the chunk (a list item's
 * text also holds its marker, as the remark path gives it).
 */
function inlineBlock(
  chunk: string,
  from: number,
  kind: 'heading' | 'paragraph' | 'listItem',
  depth: number,
  marker?: string,
): { blocks: BlockData[] } | undefined {
  const runs = strongRuns(chunk, from);
  if (!runs) return undefined;
  const b = new PlainBuilder();
  if (kind === 'listItem') for (let i = 0; i < from; i++) b.pushCode(chunk.charCodeAt(i), i);
  const starts: number[] = []; // plain offsets where the open bold spans start
  let r = 0;
  for (let i = from; i < chunk.length; i++) {
    if (r < runs.at.length && i === runs.at[r]) {
      if (runs.opens.has(i)) starts.push(b.length);
      else {
        const s = starts.pop()!;
        if (b.length > s) b.strong.push([s, b.length]);
      }
      r++;
      i++;
      continue;
    }
    const c = chunk.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 10 && i > 0 && chunk.charCodeAt(i - 1) === 13) continue;
      // Two or more spaces before a line end make a hard break, which remark places at the
      // first of those spaces; a soft break sits on the line end itself.
      let s = i;
      while (s > from && chunk.charCodeAt(s - 1) === 32) s--;
      b.lineBreak(i - s >= 2 ? s : i);
      continue;
    }
    b.pushCode(c, i);
  }
  const { text, map } = b.finish(chunk.length);
  return { blocks: [makeBlock(kind, depth, 0, chunk.length, text, map, b.strong, false, marker)] };
}

/**
 * The `**` runs from `from` on, paired as micromark pairs them (remark-cjk-friendly's attention
 * tokenizer decides whether a run can open or close; each closer takes the nearest open run
 * before it): the offsets of the runs that open or close bold, in source order, and which open.
 * Undefined when any run of asterisks is not exactly two long (emphasis, nesting by three,
 * thematic breaks are left to remark).
 */
function strongRuns(chunk: string, from: number): { at: number[]; opens: Set<number> } | undefined {
  const at: number[] = [];
  const opens = new Set<number>();
  const openers: number[] = [];
  for (let i = chunk.indexOf('*', from); i >= 0; i = chunk.indexOf('*', i + 2)) {
    if (chunk.charCodeAt(i + 1) !== 42 || chunk.charCodeAt(i + 2) === 42) return undefined;
    const before = classify(chunk, i - 1, from);
    const after = classify(chunk, i + 2, from);
    if (before === undefined || after === undefined) return undefined;
    const beforeNonCjkPunctuation = isNonCjkPunctuation(before);
    const beforeSpaceOrPunctuation = beforeNonCjkPunctuation || isUnicodeWhitespace(before);
    const afterNonCjkPunctuation = isNonCjkPunctuation(after);
    const afterSpaceOrPunctuation = afterNonCjkPunctuation || isUnicodeWhitespace(after);
    const open =
      !afterSpaceOrPunctuation || (afterNonCjkPunctuation && (beforeSpaceOrPunctuation || isCjkOrIvs(before)));
    const close = !beforeSpaceOrPunctuation || (beforeNonCjkPunctuation && (afterSpaceOrPunctuation || isCjk(after)));
    // Runs of two pair whatever their neighbours' lengths (the rule of three never applies).
    if (close && openers.length) {
      opens.add(openers.pop()!);
      at.push(i);
    } else if (open) openers.push(i);
  }
  for (const i of opens) at.push(i);
  return { at: at.sort((x, y) => x - y), opens };
}

/**
 * micromark's character class of the character at i (line ends and the content's edges count
 * as whitespace). Undefined for surrogates and variation selectors, which the tokenizer reads
 * together with their neighbours.
 */
function classify(chunk: string, i: number, from: number): ReturnType<typeof classifyCharacter> | undefined {
  if (i < from || i >= chunk.length) return classifyCharacter(null);
  const c = chunk.charCodeAt(i);
  if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f)) return undefined;
  return classifyCharacter(c === 10 || c === 13 ? -4 : c);
}
