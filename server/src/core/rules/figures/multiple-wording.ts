/**
 * figures/multiple-wording: `下降/减少 N 倍` (always wrong), and `增长 N 倍` where the stated
 * levels show that `增长到 N 倍` (×N, not ×(N+1)) was meant.
 */
import { defineRule, noOptions } from '../types';
import { documentFigures, figuresFootprint, sourceRange } from '../../figures/document';
import { changeText, shown } from '../../figures/display';
import { formatNumber } from '../../figures/numbers';
import { paragraphMemo } from '../../model/repair';

const DOWN = /(下降|减少|降低|缩小|缩减|减)了?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*倍/g;

/** `下降 N 倍` and the like in a paragraph (most have no 倍 at all). */
function downMatches(text: string): RegExpExecArray[] {
  return text.includes('倍') ? [...text.matchAll(DOWN)] : [];
}

export default defineRule({
  id: 'figures/multiple-wording',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/multiple-wording.description',
  options: noOptions,
  footprint: (w) =>
    w.paragraphs.some((p) => paragraphMemo(p, 'multiple-wording.down', downMatches).length > 0)
      ? undefined
      : figuresFootprint(w),
  check({ doc, report }) {
    for (const para of doc.repaired) {
      for (const m of paragraphMemo(para, 'multiple-wording.down', downMatches)) {
        const r = sourceRange(para, m.index, m.index + m[0].length);
        report({
          start: r.start,
          end: r.end,
          message: 'figures/multiple-wording.down',
          args: { text: m[0] },
          severity: 'error',
        });
      }
    }
    for (const { stmt, para } of documentFigures(doc).timesChanges) {
      const c = stmt.change!; // a change in 倍 (see timesChanges)
      if (c.to || c.direction < 0 || c.bound !== 'exact') continue;
      const from = stmt.from;
      const to = stmt.level;
      if (!from || !to || from.dimension !== to.dimension || !(from.interval.lo > 0)) continue;
      const lo = to.interval.lo / from.interval.hi;
      const hi = to.interval.hi / from.interval.lo;
      const n = c.printed;
      const slack = 0.05;
      const byFits = n + 1 >= lo - slack && n + 1 <= hi + slack;
      const toFits = n >= lo - slack && n <= hi + slack;
      if (byFits || !toFits) continue;
      const ratio = formatNumber((lo + hi) / 2, 2);
      const r = sourceRange(para, c.verbStart, c.end);
      report({
        start: r.start,
        end: r.end,
        message: 'figures/multiple-wording.to',
        args: {
          text: changeText(para, c),
          previous: shown(from),
          level: shown(to),
          ratio,
          by: formatNumber((lo + hi) / 2 - 1, 2),
        },
      });
    }
  },
});
