/**
 * Top-level parts (`一、…` and the notes section), found from the numbering in the text,
 * whatever the Markdown markup. Roles come from title keywords, not from literal titles.
 */
import type { Block } from './blocks';
import { CN_NUMERAL_CHARS, parseChineseNumeral } from './numerals';

export type PartRole = 'review' | 'plan' | 'selfBuilding' | 'notes' | 'other';

export interface Part {
  role: PartRole;
  /** The part's number (`三、` → 3); undefined for the notes section. */
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

const L1 = new RegExp(`^([${CN_NUMERAL_CHARS}]{1,3})[、，,.．]\\s*(.*)$`);
const NOTES_TITLE = /^(相关注释|注释|名词解释|名词注释|注解|有关注释|附注)[:：]?$/;

/** A block that opens a top-level part, with its number and title. */
export function l1Heading(block: Block): { number: number; title: string } | undefined {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return undefined;
  const m = L1.exec(block.text);
  if (!m) return undefined;
  const n = parseChineseNumeral(m[1]);
  if (n === undefined || n === 0) return undefined;
  const title = m[2];
  // A plain paragraph counts only when it reads as a title: short, no sentence inside.
  if (block.kind === 'paragraph' && (title.length > 40 || /[。；！？]./.test(title))) return undefined;
  return { number: n, title };
}

export function isNotesHeading(block: Block): boolean {
  // The longest title is five characters; spaces inside (`相 关 注 释`) are allowed.
  if ((block.kind !== 'heading' && block.kind !== 'paragraph') || block.text.length > 24) return false;
  return NOTES_TITLE.test(block.text.replace(/\s+/g, ''));
}

export function roleOf(title: string): PartRole {
  if (/自身建设/.test(title)) return 'selfBuilding';
  if (/回顾/.test(title)) return 'review';
  if (/(安排|任务|部署|建议|总体要求|政策取向|目标|重点工作|工作思路)/.test(title)) return 'plan';
  return 'other';
}

/** Cheap and memoised per block: could this block open a part at all? */
function partCandidate(b: Block): boolean {
  return isNotesHeading(b) || l1Heading(b) !== undefined;
}

/** Could head a part (memoised on the block's content). */
export function isPartCandidate(b: Block): boolean {
  return b.memo('parts.candidate', partCandidate);
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
    const h = l1Heading(b);
    if (!h) continue;
    const y = /(\d{4})\s*年/.exec(h.title);
    parts.push({ role: roleOf(h.title), number: h.number, heading: b, title: h.title, year: y ? Number(y[1]) : undefined, start: i, end: blocks.length });
  }
  for (let k = 0; k + 1 < parts.length; k++) parts[k].end = parts[k + 1].start;
  return parts;
}
