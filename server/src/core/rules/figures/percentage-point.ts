/**
 * figures/percentage-point: the change of a rate or share (率, 比重, 占比, 比例, 份额) given
 * in % where 个百分点 is meant (`持证率提高 5%`).
 */
import { defineRule, noOptions } from '../types';
import { documentFigures, figuresFootprint, sourceRange } from '../../figures/document';
import { changeText } from '../../figures/display';

export default defineRule({
  id: 'figures/percentage-point',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/percentage-point.description',
  fixes: { fixAll: 'none' },
  options: noOptions,
  footprint: figuresFootprint,
  check({ doc, report }) {
    for (const { stmt, para } of documentFigures(doc).rateChanges) {
      const c = stmt.change!; // a change in % (see rateChanges)
      if (c.to || c.minus) continue;
      const text = para.text;
      let p = -1;
      for (let i = c.numberEnd; i < c.end; i++) if (text[i] === '%' || text[i] === '％') p = i;
      if (p < 0) continue;
      const original = changeText(para, c);
      const fixed = text.slice(c.verbStart, p) + '个百分点' + text.slice(p + 1, c.end).trim();
      const r = sourceRange(para, c.verbStart, c.end);
      const pct = sourceRange(para, p, p + 1);
      report({
        start: r.start,
        end: r.end,
        message: 'figures/percentage-point.percent',
        args: { subject: stmt.subject, text: original, fixed },
        // A relative change may be meant: the drafter decides.
        fix: {
          message: 'figures/percentage-point.fix',
          args: { fixed },
          edits: [{ start: pct.start, end: pct.end, newText: '个百分点' }],
          safe: false,
        },
      });
    }
  },
});
