/**
 * figures/respectively-count: a `分别` list whose subjects and values differ in number.
 * A 和/及/与 may join two subjects or sit inside one name (租赁和商务服务业): both counts pass.
 */
import { defineRule, noOptions } from '../types';
import { documentFigures, figuresFootprint, sourceRange } from '../../figures/document';

export default defineRule({
  id: 'figures/respectively-count',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/respectively-count.description',
  options: noOptions,
  footprint: figuresFootprint,
  check({ doc, report }) {
    for (const { list, para } of documentFigures(doc).lists) {
      const n = list.values.length;
      // One value after 分别 is not a list; one subject without a conjunction is a collective (城乡低保标准).
      if (n < 2) continue;
      if (list.subjects.length < 2 && list.maxSubjects === list.minSubjects) continue;
      if (n >= list.minSubjects && n <= list.maxSubjects) continue;
      const last = list.values[n - 1];
      const r = sourceRange(para, list.subjectsStart, last.end);
      const subjects = list.minSubjects === list.maxSubjects ? String(list.minSubjects) : `${list.minSubjects}～${list.maxSubjects}`;
      report({
        start: r.start,
        end: r.end,
        message: 'figures/respectively-count.mismatch',
        args: { subjects, names: list.subjects.join('、'), values: n, list: list.values.map((v) => v.text.trim()).join('、') },
      });
    }
  },
});
