/**
 * structure/year-mismatch: the years a report states about itself disagree. The report
 * year Y is the dateline's year (else the plan part's); the review part is about Y−1, the
 * plan part about Y, `刚刚过去的YYYY年` is Y−1, `YYYY年是…` opening the plan part is Y; a
 * five-year plan's 开局 year is 1981+5(N−6) and its 收官 year four later.
 */
import { defineRule, EditWindow, noOptions, Report } from '../types';
import type { Block } from '../../model/blocks';
import type { ReportDocument } from '../../model/document';
import { parseChineseNumeral } from '../../model/numerals';

const PAST = /刚刚过去的\s*(\d{4})\s*年/g;
const IS_YEAR = /^(\d{4})\s*年是/;
const FIVE_YEAR = /(今年|明年|去年|(\d{4})\s*年)是[^。；！]{0,24}?“?十([一二三四五六七八九])五”?[^。；！，]{0,10}?(开局之年|开局年|起步之年|收官之年|最后一年|收官年)/g;

interface Claim {
  block: Block;
  /** Plain offsets of the year digits. */
  s: number;
  e: number;
  year: number;
  expected: number;
  what: string;
}

export default defineRule({
  id: 'structure/year-mismatch',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/year-mismatch.description',
  // The replaced blocks' year statements (how text is divided into blocks does not matter,
  // except in the plan part's first blocks, whose `YYYY 年是…` is read by position).
  footprint: (w) => (nearPlanOpening(w) ? undefined : w.blocks.map(yearClaims).filter((c) => c !== '').join('|')),
  options: noOptions,
  check({ doc, report }) {
    const plan = doc.parts.find((p) => p.role === 'plan' && p.year !== undefined);
    const first = doc.reportYear ?? plan?.year;
    if (first === undefined) return;
    let Y = first;
    const source = doc.reportYear !== undefined ? 'dateline' : 'plan';
    const claims: Claim[] = [];
    for (const part of doc.parts) {
      if (part.year === undefined || (part.role !== 'review' && part.role !== 'plan')) continue;
      // A five-year review (`过去五年工作回顾`) names no single year.
      const expected = part.role === 'review' ? Y - 1 : Y;
      const at = yearAt(part.heading.text, String(part.year));
      if (at >= 0) claims.push({ block: part.heading, s: at, e: at + 4, year: part.year, expected, what: part.role === 'review' ? 'review' : 'plan' });
    }
    const body = doc.blocks.slice(doc.bodyStart, doc.notesPart?.start ?? doc.blocks.length);
    for (const b of body) {
      if (b.kind !== 'paragraph' && b.kind !== 'heading' && b.kind !== 'listItem') continue;
      const { past, fiveYear } = statementsOf(b);
      for (const m of past) claims.push({ block: b, s: m.s, e: m.s + 4, year: m.year, expected: Y - 1, what: 'past' });
      for (const m of fiveYear) {
        const rel = m.rel === '今年' ? Y : m.rel === '明年' ? Y + 1 : m.rel === '去年' ? Y - 1 : Number(m.rel);
        if (rel === m.expected) continue;
        report({
          start: b.sourceOffset(m.s),
          end: b.sourceEnd(m.e),
          message: 'structure/year-mismatch.fiveYear',
          args: { phrase: b.text.slice(m.s, m.e), plan: `“十${m.numeral}五”`, year: rel, expected: m.expected, stage: m.stage },
        });
      }
    }
    // The plan part's opening sentence: `2022 年是…`.
    const planPart = doc.parts.find((p) => p.role === 'plan');
    if (planPart) {
      for (let i = planPart.start + 1; i < Math.min(planPart.end, planPart.start + 3); i++) {
        const b = doc.blocks[i];
        const m = IS_YEAR.exec(b.text);
        if (m) claims.push({ block: b, s: 0, e: 4, year: Number(m[1]), expected: Y, what: 'opening' });
      }
    }
    // Y is what most statements say (the dateline wins a tie): a dateline left at last
    // year under updated titles is the one to fix.
    const votes = new Map<number, number>();
    const vote = (y: number) => votes.set(y, (votes.get(y) ?? 0) + 1);
    if (doc.reportYear !== undefined) vote(doc.reportYear);
    for (const c of claims) vote(c.year + (Y - c.expected));
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] === doc.reportYear ? -1 : b[0] === doc.reportYear ? 1 : 0))[0];
    if (doc.dateline && best && best[0] !== doc.reportYear && best[1] >= 2) {
      const old = Y;
      Y = best[0];
      for (const c of claims) c.expected += Y - old;
      const d = doc.dateline;
      const at = d.block.text.indexOf(String(d.year));
      if (at >= 0) claims.push({ block: d.block, s: at, e: at + 4, year: d.year, expected: Y, what: 'dateline' });
    }
    const agreeing = claims.filter((c) => c.year === c.expected).length;
    for (const c of claims) {
      if (c.year === c.expected) continue;
      report(claimReport(doc, c, Y, source, agreeing > 0));
    }
  },
});

function yearAt(text: string, year: string): number {
  return text.indexOf(year);
}

function claimReport(doc: ReportDocument, c: Claim, Y: number, source: string, corroborated: boolean): Report {
  const start = c.block.sourceOffset(c.s);
  const end = c.block.sourceEnd(c.e);
  return {
    start,
    end,
    message: `structure/year-mismatch.${c.what}` as 'structure/year-mismatch.review',
    args: { year: c.year, expected: c.expected, reportYear: Y, basis: source === 'dateline' ? '题注' : '工作安排部分标题' },
    // Replacing the year is mechanical; it is safe when another statement agrees with Y.
    fix: { message: 'structure/year-mismatch.fix', args: { year: c.year, expected: c.expected }, edits: [{ start, end, newText: String(c.expected) }], safe: corroborated && doc.reportYear !== undefined },
  };
}

interface Statements {
  /** `刚刚过去的YYYY年`: plain offset of the digits. */
  past: Array<{ s: number; year: number }>;
  /** `YYYY年是“十N五”开局之年`: `rel` is 今年/明年/去年 or the year as written. */
  fiveYear: Array<{ s: number; e: number; rel: string; numeral: string; expected: number; stage: '开局' | '收官' }>;
  /** For the footprint: everything above and a `YYYY 年是` opening, as text ('' for none). */
  key: string;
}

/** The year statements in a block, memoised on its content. */
function statementsOf(b: Block): Statements {
  return b.memo('year-mismatch', ({ text: t }) => {
    const out: Statements = { past: [], fiveYear: [], key: '' };
    const seen: string[] = [];
    if (t.includes('刚刚过去的')) {
      for (const m of t.matchAll(PAST)) {
        out.past.push({ s: m.index! + m[0].indexOf(m[1]), year: Number(m[1]) });
        seen.push(`${m.index}:${m[0]}`);
      }
    }
    if (t.includes('五')) {
      for (const m of t.matchAll(FIVE_YEAR)) {
        const start = 1981 + 5 * (10 + parseChineseNumeral(m[3])! - 6);
        const stage = /收官|最后/.test(m[4]) ? '收官' : '开局';
        out.fiveYear.push({ s: m.index!, e: m.index! + m[0].length, rel: m[2] ?? m[1], numeral: m[3], expected: stage === '收官' ? start + 4 : start, stage });
        seen.push(`${m.index}:${m[0]}`);
      }
    }
    const opening = IS_YEAR.exec(t)?.[0] ?? '';
    out.key = seen.length || opening ? `${seen.join(',')}#${opening}` : '';
    return out;
  });
}

/** The year statements a block could hold (see check), for the footprint; '' for none. */
function yearClaims(b: Block): string {
  const { key } = statementsOf(b);
  return key && `${key}#${b.kind}`;
}

/** The edited blocks reach the plan part's heading or the two blocks after it. */
function nearPlanOpening(w: EditWindow): boolean {
  return w.doc.parts.some((p) => p.role === 'plan' && p.start <= w.lastBlock && p.start + 3 >= w.firstBlock);
}
