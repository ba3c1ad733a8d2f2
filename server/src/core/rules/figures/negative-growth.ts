/**
 * figures/negative-growth: `增长 -X%` or `下降 -X%` (a double negative). Written
 * `下降 X%` / `增长 X%` instead.
 */
import { defineRule, noOptions } from '../types';
import { sourceRange } from '../../figures/document';
import { MINUS } from '../../figures/amount';
import { paragraphMemo } from '../../model/repair';

const OPPOSITE: Record<string, string> = {
  增长: '下降',
  增加: '减少',
  提高: '降低',
  提升: '下降',
  上升: '下降',
  上涨: '下降',
  下降: '增长',
  降低: '提高',
  减少: '增加',
  下跌: '上涨',
  回落: '上升',
};

const PATTERN = new RegExp(
  `(增长|增加|提高|提升|上升|上涨|下降|降低|减少|下跌|回落)(\\s*)(${MINUS.source})(\\s*)(\\d+(?:\\.\\d+)?)(\\s*)(%|％|个百分点)`,
  'g',
);

/** The paragraph's matches (most paragraphs have no minus sign at all). */
function matches(text: string): RegExpExecArray[] {
  if (!MINUS.test(text)) return [];
  return [...text.matchAll(PATTERN)];
}

export default defineRule({
  id: 'figures/negative-growth',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/negative-growth.description',
  fixes: { fixAll: 'all' },
  options: noOptions,
  footprint: (w) =>
    w.paragraphs.some((p) => paragraphMemo(p, 'negative-growth', matches).length > 0) ? undefined : '',
  check({ doc, report }) {
    for (const para of doc.repaired) {
      for (const m of paragraphMemo(para, 'negative-growth', matches)) {
        const [whole, verb, sp1, , sp2, digits, sp3, unit] = m;
        const opposite = OPPOSITE[verb];
        const at = m.index;
        const signAt = at + verb.length + sp1.length;
        const fixed = `${opposite}${sp1}${digits}${sp3}${unit}`;
        const r = sourceRange(para, at, at + whole.length);
        const verbR = sourceRange(para, at, at + verb.length);
        const signR = sourceRange(para, signAt, signAt + 1 + sp2.length);
        report({
          start: r.start,
          end: r.end,
          message: 'figures/negative-growth.double',
          args: { text: whole, fixed },
          fix: {
            message: 'figures/negative-growth.fix',
            args: { fixed },
            edits: [
              { start: verbR.start, end: verbR.end, newText: opposite },
              { start: signR.start, end: signR.end, newText: '' },
            ],
            safe: true,
          },
        });
      }
    }
  },
});
