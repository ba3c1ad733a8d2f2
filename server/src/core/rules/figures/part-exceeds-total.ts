/** figures/part-exceeds-total: `其中` parts larger than, or summing above, their total. */
import { defineRule, noOptions } from '../types';
import { documentFigures, figuresFootprint, sourceRange } from '../../figures/document';
import { shown } from '../../figures/display';
import { formatNumber } from '../../figures/numbers';

export default defineRule({
  id: 'figures/part-exceeds-total',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/part-exceeds-total.description',
  options: noOptions,
  footprint: figuresFootprint,
  check({ doc, report }) {
    for (const { group, para } of documentFigures(doc).parts) {
      const total = group.total;
      let flagged = false;
      for (const p of group.parts) {
        if (!(p.amount.interval.lo > total.interval.hi)) continue;
        flagged = true;
        const r = sourceRange(para, p.amount.start, p.amount.end);
        report({
          start: r.start,
          end: r.end,
          message: 'figures/part-exceeds-total.part',
          args: { subject: p.subject, part: shown(p.amount), total: shown(total), totalSubject: group.totalSubject },
        });
      }
      if (flagged || group.parts.length < 2) continue;
      const lo = group.parts.reduce((a, p) => a + p.amount.interval.lo, 0);
      if (!(lo > total.interval.hi)) continue;
      const sum = group.parts.reduce((a, p) => a + p.amount.value, 0);
      const last = group.parts[group.parts.length - 1].amount;
      const r = sourceRange(para, group.start, last.end);
      report({
        start: r.start,
        end: r.end,
        message: 'figures/part-exceeds-total.sum',
        args: {
          parts: group.parts.map((p) => `${p.subject} ${shown(p.amount)}`).join('、'),
          sum: formatAmount(sum, total.unit, total.value / total.printed),
          total: shown(total),
          totalSubject: group.totalSubject,
        },
      });
    }
  },
});

/** A sum in the total's unit (`2.43 万亿元`). */
function formatAmount(value: number, unit: string, scale: number): string {
  return `${formatNumber(value / scale, 4)} ${unit}`;
}
