/**
 * figures/respectively-count: a `分别` list whose subjects and values differ in number, or
 * several subjects with one value after 分别 (均, or a value each). A 和/及/与 may join two
 * subjects or sit inside one name (租赁和商务服务业): both counts pass. `分别从 A、B 增加到
 * C、D` pairs each subject with a from and a to value.
 */
import { defineRule, noOptions } from '../types';
import { documentFigures, figuresFootprint, sourceRange } from '../../figures/document';
import { ref } from '../../messages/catalogue';

export default defineRule({
  id: 'figures/respectively-count',
  category: 'figures',
  fixes: { fixAll: 'none' },
  defaultSeverity: 'warning',
  description: 'figures/respectively-count.description',
  options: noOptions,
  footprint: figuresFootprint,
  check({ doc, report }) {
    for (const { list, para } of documentFigures(doc).lists) {
      const n = list.values.length;
      // One value for several subjects (城镇和农村居民收入分别增长6%): 均, or a value each.
      if (n === 1 && (list.subjects.length >= 2 || list.maxSubjects > list.minSubjects)) {
        const v = list.values[0];
        const r = sourceRange(para, list.borrowed ? list.start : list.subjectsStart, v.end);
        const at = sourceRange(para, list.start, list.end);
        const names = list.borrowed ? list.subjects.join('、') : list.subjectsText;
        report({
          start: r.start,
          end: r.end,
          message: 'figures/respectively-count.single',
          args: { names, value: v.text.trim() },
          fix: {
            message: 'figures/respectively-count.fixSingle',
            edits: [{ start: at.start, end: at.end, newText: '均' }],
            safe: false,
          },
        });
        continue;
      }
      // One value after 分别 is not a list; one subject without a conjunction is a collective (城乡低保标准).
      if (n < 2) continue;
      // Subjects taken from the clauses before 分别 only count for a single value.
      if (list.borrowed) continue;
      if (list.subjects.length < 2 && list.maxSubjects === list.minSubjects) continue;
      if (n >= list.minSubjects && n <= list.maxSubjects) continue;
      const last = list.values[n - 1];
      const r = sourceRange(para, list.subjectsStart, last.end);
      const subjects =
        list.minSubjects === list.maxSubjects
          ? String(list.minSubjects)
          : ref('figures.countRange', { min: list.minSubjects, max: list.maxSubjects });
      report({
        start: r.start,
        end: r.end,
        message: 'figures/respectively-count.mismatch',
        args: {
          subjects,
          names: list.subjects.join('、'),
          values: n,
          list: list.values.map((v) => v.text.trim()).join('、'),
        },
      });
    }
  },
});
