/**
 * figures/share-total: `A 占 B 的 X%` where B's level is stated elsewhere in the document
 * for the same period and A / B disagrees with X. A warning: calibers differ at times.
 */
import { defineRule, noOptions } from '../types';
import { documentFigures, figuresFootprint, GROWTH_SLACK } from '../../figures/document';
import { amountRange, displayName, shown } from '../../figures/display';
import { findIndicators } from '../../figures/lexicon';
import { disagree } from '../../figures/numbers';
import { growthText } from './growth-mismatch';

export default defineRule({
  id: 'figures/share-total',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/share-total.description',
  options: noOptions,
  footprint: figuresFootprint,
  check({ doc, report }) {
    const { shares, byIndicator } = documentFigures(doc);
    for (const f of shares) {
      const s = f.stmt;
      const share = s.share!;
      if (!s.level || s.level.bound !== 'exact' || f.role === undefined || s.multiPeriod) continue;
      const whole = share.whole;
      const mentions = findIndicators(whole);
      // The whole must be exactly one known indicator (财政总支出), not a phrase around one.
      if (mentions.length !== 1 || mentions[0].end - mentions[0].start !== whole.length) continue;
      const indicator = mentions[0].indicator;
      const total = byIndicator
        .get(indicator)
        ?.find(
          (t) =>
            t !== f &&
            t.role === f.role &&
            t.year === f.year &&
            t.stmt.level?.bound === 'exact' &&
            t.stmt.level.dimension === s.level!.dimension &&
            !t.stmt.real,
        );
      if (!total) continue;
      const T = total.stmt.level!.interval;
      const P = s.level.interval;
      if (!(T.lo > 0)) continue;
      const computed = { lo: (P.lo / T.hi) * 100, hi: (P.hi / T.lo) * 100 };
      const stated = share.amount.interval;
      if (!disagree(computed, stated, GROWTH_SLACK)) continue;
      const r = amountRange(f.para, share.amount);
      const tr = amountRange(total.para, total.stmt.level!);
      report({
        start: r.start,
        end: r.end,
        message: 'figures/share-total.mismatch',
        args: {
          part: `${displayName(s)} ${shown(s.level)}`,
          whole,
          total: shown(total.stmt.level!),
          computed: growthText(computed),
          stated: shown(share.amount),
        },
        lines: { line: tr.start },
        related: [
          {
            start: tr.start,
            end: tr.end,
            message: 'figures/share-total.related',
            args: { whole, total: shown(total.stmt.level!) },
          },
        ],
      });
    }
  },
});
