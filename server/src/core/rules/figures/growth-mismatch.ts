/**
 * figures/growth-mismatch: a stated growth that disagrees with the growth computed from
 * stated levels: in the same sentence (`X，比上年增加 Y，增长 Z%`, `由 X 增加到 Y，增长 Z%`)
 * or against last year's report. Never for real growth (GDP, 增加值, 实际/可比价).
 */
import { defineRule, noOptions } from '../types';
import { analyseFigures, figuresFootprint, sourceRange } from '../../figures/document';
import { chooseBaseline } from '../../figures/environment';
import { changeText, displayName, shown } from '../../figures/display';
import { formatGrowth, formatNumber, type Interval } from '../../figures/numbers';
import { ref } from '../../messages/catalogue';

export default defineRule({
  id: 'figures/growth-mismatch',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/growth-mismatch.description',
  options: noOptions,
  // The baseline is chosen per version (a draft identical to the baseline has none).
  footprint: (w) => `${figuresFootprint(w)}#${chooseBaseline(w.doc, w.env)?.doc.uri ?? ''}`,
  check({ doc, env, report }) {
    const analysis = analyseFigures(doc, env);
    for (const item of analysis.items) {
      const check = item.check;
      if (!check?.mismatch) continue;
      const { stmt, para } = item.figure;
      const c = stmt.change!;
      const r = sourceRange(para, c.verbStart, c.end);
      const stated = changeText(para, c);
      const args = {
        indicator: displayName(stmt),
        level: shown(stmt.level!),
        previous: shown(check.previous),
        computed: growthText(check.computed),
        stated,
        year: item.figure.year ?? '',
        prevYear: item.figure.year !== undefined ? item.figure.year - 1 : '',
        source:
          analysis.baseline?.source === 'seed'
            ? formatSeedName(analysis.baseline.doc.reportYear)
            : (analysis.baseline?.doc.uri.split('/').pop() ?? ''),
      };
      const message =
        check.basis === 'increment'
          ? 'figures/growth-mismatch.increment'
          : check.basis === 'fromTo'
            ? 'figures/growth-mismatch.fromTo'
            : check.copied
              ? 'figures/growth-mismatch.copied'
              : 'figures/growth-mismatch.baseline';
      report({ start: r.start, end: r.end, message, args });
    }
  },
});

function formatSeedName(year: number | undefined): string {
  return year ? ref('figures.seedReport', { year }) : '';
}

/** `19.2%（18.37%～19.93%）`, in English `19.2% (18.37%–19.93%)`; one-sided `≥5.0%` (see formatGrowth). */
export function growthText(g: Interval): string {
  if (g.hi === Infinity || g.lo === -100 || g.lo === -Infinity) return formatGrowth(g);
  const pct = (v: number, digits: number) => `${formatNumber(v, digits)}%`;
  return ref('figures.growthRange', { value: pct((g.lo + g.hi) / 2, 1), lo: pct(g.lo, 2), hi: pct(g.hi, 2) });
}
