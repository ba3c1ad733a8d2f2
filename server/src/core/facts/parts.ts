/**
 * Top-level parts (`一、…` and the notes section), found from the numbering in the text,
 * whatever the Markdown markup. Roles come from title keywords, not from literal titles.
 */
import type { Block } from '../model/blocks';
import { MARKER_NUMERAL, parseChineseNumeral } from '../model/numerals';

export type PartRole = 'review' | 'plan' | 'selfBuilding' | 'notes' | 'other';

export interface Part {
  role: PartRole;
  /** The part's number (`三、` → 3); undefined for the notes section and unnumbered titles. */
  number?: number;
  /** The heading (or title line) block. */
  heading: Block;
  /** Title without the marker (`2021年工作回顾`). */
  title: string;
  /** The year in the title, if any (`2022 年工作安排` → 2022). */
  year?: number;
  /** Block indices: the heading, and one past the last block of the part. */
  start: number;
  end: number;
}

/**
 * A part marker opening a text (`一、`, `十二，`, `三．`): the numeral, then the separator as
 * written. The one pattern for it: outline/markers reads part markers with it too.
 */
export const PART_MARKER = new RegExp(`^(${MARKER_NUMERAL})([、，,.．])`);
/** The title after a part marker (blanks before it dropped). */
const AFTER_MARKER = /^\s*(.*)$/;
/**
 * Notes headings: 相关注释, 名词解释, 注释, 名词注释, 《政府工作报告》有关内容名词注释, 附件：名词解释…
 * (spaces inside allowed).
 */
const NOTES_TITLE =
  /^(?:附件\d?[:：]?)?(?:《?[^》]{0,16}》?)?(?:有关内容|有关|相关)?(?:名词|词语|术语)?(?:注释|解释|注解|释义|附注|说明)[:：]?$/;
/** Words a notes heading must contain (NOTES_TITLE alone would take 说明 for one). */
const NOTES_WORD = /注释|名词解释|注解|附注|名词说明|术语解释|词语解释|释义/;
/** An unnumbered part title (`“十四五”时期工作回顾`, `2026年重点工作`): a short line naming a part. */
const UNNUMBERED =
  /^(?:“十[一二三四五六七八九]五”时期|\d{4}年|过去(?:一|五)年|今后五年|今年)[^，。；！？,;]{0,24}?(?:回顾|成就|总结|重点工作|主要工作|主要任务|目标任务|工作安排|工作任务)$/;

/** A block that opens a top-level part, with its number and title. */
export function l1Heading(block: Block): { number: number; title: string } | undefined {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return undefined;
  const m = PART_MARKER.exec(block.text);
  const t = m && AFTER_MARKER.exec(block.text.slice(m[0].length));
  if (!m || !t) return undefined;
  const n = parseChineseNumeral(m[1]);
  if (n === undefined || n === 0) return undefined;
  const title = t[1];
  // A plain paragraph counts only when it reads as a title: short, no sentence inside.
  if (block.kind === 'paragraph' && (title.length > 40 || /[。；！？]./.test(title))) return undefined;
  return { number: n, title };
}

export function isNotesHeading(block: Block): boolean {
  // The longest title is five characters; spaces inside (`相 关 注 释`) are allowed.
  if ((block.kind !== 'heading' && block.kind !== 'paragraph') || block.text.length > 24) return false;
  const t = block.text.replace(/[\s*]+/g, '');
  return NOTES_TITLE.test(t) && NOTES_WORD.test(t);
}

/** An unnumbered part title, with its title text. */
export function unnumberedTitle(block: Block): string | undefined {
  if ((block.kind !== 'heading' && block.kind !== 'paragraph') || block.text.length > 36) return undefined;
  const t = block.text.replace(/\*\*/g, '').trim();
  return UNNUMBERED.test(t) ? t : undefined;
}

export function roleOf(title: string): PartRole {
  if (/自身建设|政府治理|作风建设|服务型政府|人民满意的政府/.test(title)) return 'selfBuilding';
  if (/回顾|总结|成就|过去(?:一|五)年/.test(title)) return 'review';
  if (/(安排|任务|部署|建议|总体要求|政策取向|目标|重点工作|工作思路|主要工作|关于\d{4}年)/.test(title)) return 'plan';
  return 'other';
}

/** Cheap and memoised per block: could this block open a part at all? */
function partCandidate(b: Block): boolean {
  return isNotesHeading(b) || l1Heading(b) !== undefined || unnumberedTitle(b) !== undefined;
}

/** Could head a part (memoised on the block's content). */
export function isPartCandidate(b: Block): boolean {
  return b.memo('parts.candidate', partCandidate);
}

/** Unnumbered titles count only before the first numbered part (later they are sections). */
function unnumbered(b: Block): { number: undefined; title: string } | undefined {
  const title = unnumberedTitle(b);
  return title ? { number: undefined, title } : undefined;
}

export function findParts(blocks: readonly Block[], bodyStart: number): Part[] {
  const parts: Part[] = [];
  for (let i = Math.max(0, bodyStart); i < blocks.length; i++) {
    const b = blocks[i];
    if (!isPartCandidate(b)) continue;
    if (isNotesHeading(b)) {
      parts.push({ role: 'notes', heading: b, title: b.text, start: i, end: blocks.length });
      continue;
    }
    const h =
      l1Heading(b) ?? (parts.length === 0 || parts[parts.length - 1].number === undefined ? unnumbered(b) : undefined);
    if (!h) continue;
    const y = /(\d{4})\s*年/.exec(h.title);
    parts.push({
      role: roleOf(h.title),
      number: h.number,
      heading: b,
      title: h.title,
      year: y ? Number(y[1]) : undefined,
      start: i,
      end: blocks.length,
    });
  }
  for (let k = 0; k + 1 < parts.length; k++) parts[k].end = parts[k + 1].start;
  return parts;
}
