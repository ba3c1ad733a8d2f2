/**
 * structure/year-mismatch: the years a report states about itself disagree. The report year
 * is decided once (facts/year: the dateline, the title, the parts' years and `刚刚过去的YYYY年`,
 * by majority); this rule reports the statements that disagree with it, and five-year-plan
 * statements whose 开局 or 收官 year is wrong (facts/five-year).
 */
import { defineRule, EditWindow, noOptions, type ReportedMessage } from '../types';
import type { Block } from '../../model/blocks';
import { ref } from '../../messages/catalogue';
import { planOpening, yearStatements, type YearClaimKind } from '../../facts/year';
import { relativeYear } from '../../facts/five-year';

export default defineRule({
  id: 'structure/year-mismatch',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/year-mismatch.description',
  fixes: { fixAll: 'some' },
  // The replaced blocks' year statements (how text is divided into blocks does not matter,
  // except in the plan part's first blocks, whose `YYYY 年是…` is read by position).
  footprint: (w) =>
    nearPlanOpening(w)
      ? undefined
      : w.blocks
          .map(yearClaims)
          .filter((c) => c !== '')
          .join('|'),
  options: noOptions,
  check({ doc, report }) {
    const ry = doc.year;
    if (!ry) return;
    const Y = ry.year;
    for (const b of doc.blocks.slice(doc.bodyStart, doc.bodyEnd)) {
      if (b.kind !== 'paragraph' && b.kind !== 'heading' && b.kind !== 'listItem') continue;
      for (const m of yearStatements(b).fiveYear) {
        const rel = relativeYear(m.rel, Y);
        if (rel === m.expected) continue;
        report({
          start: b.sourceOffset(m.s),
          end: b.sourceEnd(m.e),
          message: 'structure/year-mismatch.fiveYear',
          args: {
            phrase: m.phrase,
            plan: `“十${m.numeral}五”`,
            year: rel,
            expected: m.expected,
            stage: ref(
              m.stage === '收官' ? 'structure/year-mismatch.stage.last' : 'structure/year-mismatch.stage.first',
            ),
          },
        });
      }
    }
    const basis = ref(
      ry.source === 'dateline'
        ? 'structure/year-mismatch.basis.dateline'
        : ry.source === 'title'
          ? 'structure/year-mismatch.basis.title'
          : 'structure/year-mismatch.basis.statements',
    );
    for (const c of ry.disagreements) {
      const start = c.block.sourceOffset(c.s);
      const end = c.block.sourceEnd(c.e);
      // A dateline or title a year ahead of the body is as likely next year's report begun
      // from this one (the header updated first) as a slip: the message says both, and the
      // fix is only offered, never applied with the others.
      const ahead = isAhead(c.what, c);
      report({
        start,
        end,
        ...claimMessage(c.what, { year: c.year, expected: c.expected }, Y, basis),
        // Replacing the year is mechanical; it is safe when a statement of the body agrees.
        fix: {
          message: 'structure/year-mismatch.fix',
          args: { year: c.year, expected: c.expected },
          edits: [{ start, end, newText: sameWidth(String(c.expected), doc.text.slice(start, end)) }],
          safe: !ahead && ry.agreeing > 0 && doc.dateline !== undefined,
        },
      });
    }
  },
});

/** Digits written as wide as those they replace (２０２２ for ２０２１). */
function sameWidth(digits: string, replaced: string): string {
  return /[０-９]/.test(replaced)
    ? digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    : digits;
}

/** The year statements a block could hold, for the footprint; '' for none. */
function yearClaims(b: Block): string {
  const { key } = yearStatements(b);
  return key && `${key}#${b.kind}`;
}

/** The edited blocks reach the plan part's heading or the two blocks after it. */
function nearPlanOpening(w: EditWindow): boolean {
  const o = planOpening(w.doc.parts);
  return !!o && o.start - 1 <= w.lastBlock && o.start + 2 >= w.firstBlock;
}

/** The dateline or title is a year ahead of the rest of the report. */
function isAhead(what: YearClaimKind, { year, expected }: { year: number; expected: number }): boolean {
  return (what === 'dateline' || what === 'title') && year === expected + 1;
}

/** The message for a statement whose year disagrees, with the arguments it words. */
function claimMessage(
  what: YearClaimKind,
  args: { year: number; expected: number },
  reportYear: number,
  basis: string,
): ReportedMessage<`structure/year-mismatch.${YearClaimKind | 'datelineAhead' | 'titleAhead'}`> {
  switch (what) {
    case 'review':
    case 'plan':
      return { message: `structure/year-mismatch.${what}`, args: { ...args, reportYear, basis } };
    case 'past':
    case 'opening':
      return { message: `structure/year-mismatch.${what}`, args: { ...args, reportYear } };
    case 'dateline':
    case 'title':
      return isAhead(what, args)
        ? { message: `structure/year-mismatch.${what}Ahead`, args: { ...args, review: args.year - 1 } }
        : { message: `structure/year-mismatch.${what}`, args };
  }
}
