/**
 * The report year, decided once from everything the report says about itself: the dateline,
 * the title (`2026年××省政府工作报告`), the review part's year (Y−1), the plan part's (Y),
 * `刚刚过去的YYYY年` (Y−1) and the plan part's opening `YYYY年是…` (Y). The year most of them
 * point to wins (a tie goes to the dateline, then the title); the statements that disagree
 * are kept for structure/year-mismatch. Figures, terms and baselines read the same year.
 */
import type { Block } from '../model/blocks';
import type { Part } from './parts';
import type { Dateline } from './front-matter';
import { fiveYearStatements, FiveYearStatement } from './five-year';

export type YearClaimKind = 'review' | 'plan' | 'past' | 'opening' | 'dateline' | 'title';

export interface YearClaim {
  block: Block;
  /** Plain offsets of the year digits in the block. */
  s: number;
  e: number;
  year: number;
  /** The year the statement should name, given the report year. */
  expected: number;
  what: YearClaimKind;
}

export interface ReportYear {
  year: number;
  /** What the year rests on: the dateline, the title, or the parts and statements. */
  source: 'dateline' | 'title' | 'statements';
  /** Statements that disagree with the year (the dateline or title among them, when outvoted). */
  disagreements: YearClaim[];
  /** How many statements of the body (not the dateline or title) agree with it. */
  agreeing: number;
}

/** What the year is read from: the front matter and the body's blocks and parts. */
export interface YearSources {
  dateline?: Dateline;
  title?: Block;
  parts: readonly Part[];
  /** Body blocks before the notes section that state a past year (see statesPastYear). */
  past: readonly Block[];
}

const PAST = /刚刚过去的\s*(\d{4})\s*年/g;
const IS_YEAR = /^(\d{4})\s*年是/;
const TITLE_YEAR = /^(\d{4})\s*年/;

interface Statements {
  /** `刚刚过去的YYYY年`: plain offset of the digits. */
  past: Array<{ s: number; year: number }>;
  fiveYear: FiveYearStatement[];
  /** For footprints: everything above and a `YYYY 年是` opening, as text ('' for none). */
  key: string;
}

/** The year statements in a block, memoised on its content. */
export function yearStatements(b: Block): Statements {
  // A named function, not an arrow: this runs for every block on every check.
  return b.memo('facts.year', readYearStatements);
}

function readYearStatements({ text: t }: { text: string }): Statements {
  const out: Statements = { past: [], fiveYear: fiveYearStatements(t), key: '' };
  const seen: string[] = out.fiveYear.map((m) => `${m.s}:${m.phrase}`);
  if (t.includes('刚刚过去的')) {
    for (const m of t.matchAll(PAST)) {
      out.past.push({ s: m.index + m[0].indexOf(m[1]), year: Number(m[1]) });
      seen.push(`${m.index}:${m[0]}`);
    }
  }
  const opening = IS_YEAR.exec(t)?.[0] ?? '';
  out.key = seen.length || opening ? `${seen.join(',')}#${opening}` : '';
  return out;
}

/** A paragraph, heading or list item that says `刚刚过去的YYYY年`. */
export function statesPastYear(b: Block): boolean {
  return (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'listItem') && yearStatements(b).past.length > 0;
}

/** The plan part's opening blocks, where `YYYY年是…` names the report year. */
export function planOpening(parts: readonly Part[]): { start: number; end: number } | undefined {
  const plan = parts.find((p) => p.role === 'plan');
  return plan && { start: plan.start + 1, end: Math.min(plan.end, plan.start + 3) };
}

export function decideReportYear(src: YearSources, blockAt: (i: number) => Block): ReportYear | undefined {
  // Claims with their offset from Y: expected = Y + offset.
  const claims: Array<YearClaim & { offset: number }> = [];
  const add = (block: Block, s: number, year: number, offset: number, what: YearClaimKind) =>
    claims.push({ block, s, e: s + 4, year, expected: 0, offset, what });
  if (src.dateline) {
    const at = src.dateline.block.text.indexOf(String(src.dateline.year));
    add(src.dateline.block, Math.max(0, at), src.dateline.year, 0, 'dateline');
  }
  const t = src.title && TITLE_YEAR.exec(src.title.text.replace(/^[*\s]+/, ''));
  if (src.title && t) add(src.title, src.title.text.indexOf(t[1]), Number(t[1]), 0, 'title');
  for (const part of src.parts) {
    if (part.year === undefined || (part.role !== 'review' && part.role !== 'plan')) continue;
    // A review of five years (`“十四五”时期和2025年工作回顾`) still names last year.
    const at = part.heading.text.indexOf(String(part.year));
    if (at >= 0) add(part.heading, at, part.year, part.role === 'review' ? -1 : 0, part.role);
  }
  for (const b of src.past) for (const m of yearStatements(b).past) add(b, m.s, m.year, -1, 'past');
  const opening = planOpening(src.parts);
  if (opening) {
    for (let i = opening.start; i < opening.end; i++) {
      const b = blockAt(i);
      const m = IS_YEAR.exec(b.text);
      if (m) add(b, 0, Number(m[1]), 0, 'opening');
    }
  }
  if (claims.length === 0) return undefined;
  const votes = new Map<number, number>();
  for (const c of claims) votes.set(c.year - c.offset, (votes.get(c.year - c.offset) ?? 0) + 1);
  const rank = (y: number) =>
    y === src.dateline?.year ? 2 : claims.some((c) => c.what === 'title' && c.year === y) ? 1 : 0;
  // The dateline alone decides unless at least two statements say otherwise.
  const [best, count] = [...votes.entries()].sort((a, b) => b[1] - a[1] || rank(b[0]) - rank(a[0]))[0];
  const datelineYear = src.dateline?.year;
  const year = datelineYear !== undefined && best !== datelineYear && count < 2 ? datelineYear : best;
  for (const c of claims) c.expected = year + c.offset;
  const disagreements = claims.filter((c) => c.year !== c.expected).map(({ offset: _offset, ...c }) => c);
  const source =
    src.dateline?.year === year
      ? 'dateline'
      : claims.some((c) => c.what === 'title' && c.year === year)
        ? 'title'
        : 'statements';
  // Agreement from the body (the dateline and title are what is being checked).
  const agreeing = claims.filter((c) => c.year === c.expected && c.what !== 'dateline' && c.what !== 'title').length;
  return { year, source, disagreements, agreeing };
}
