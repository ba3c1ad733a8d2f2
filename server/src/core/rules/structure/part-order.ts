/**
 * structure/part-order: a required top-level part missing (the review of Y−1, the plan
 * for Y), or parts out of order: review → plan → (政府自身建设) → notes. Parts are matched by
 * role keywords and position, not literal titles; other parts may sit between.
 */
import { expandYears } from '../../template/template';
import { defineRule, noOptions } from '../types';
import { ref } from '../../messages/catalogue';
import type { PartRole } from '../../facts/parts';

const RANK: Record<PartRole, number> = { review: 0, plan: 1, other: 1, selfBuilding: 2, notes: 3 };
const NAMES = {
  review: 'structure/part-order.role.review',
  plan: 'structure/part-order.role.plan',
  selfBuilding: 'structure/part-order.role.selfBuilding',
  notes: 'structure/part-order.role.notes',
  other: 'structure/part-order.role.other',
} as const satisfies Record<PartRole, string>;

export default defineRule({
  id: 'structure/part-order',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/part-order.description',
  footprint: () => '',
  options: noOptions,
  check({ doc, env, report }) {
    const parts = doc.parts;
    const numbered = parts.filter((p) => p.role !== 'notes');
    // A fragment with no numbered part at all is not a report skeleton: nothing to order.
    if (numbered.length === 0) return;
    const required: PartRole[] = env.template
      ? [...new Set(env.template.parts.filter((p) => p.required).map((p) => p.role))]
      : ['review', 'plan'];
    // Parts titled by theme (`一、一年接着一年干……`) may be the missing ones: then say nothing.
    const unknown = numbered.some((p) => p.role === 'other');
    for (const role of required) {
      if (parts.some((p) => p.role === role) || unknown) continue;
      const where = role === 'review' ? numbered[0] : numbered[numbered.length - 1];
      // The chosen template's title, or the usual one (the built-in report is not quoted).
      const chosen =
        env.template && !env.template.builtin ? env.template.parts.find((p) => p.role === role)?.title : undefined;
      const example = chosen ?? (role === 'review' ? '{Y-1}年工作回顾' : role === 'plan' ? '{Y}年工作安排' : '');
      report({
        start: where.heading.start,
        end: where.heading.end,
        message: 'structure/part-order.missing',
        args: { part: ref(NAMES[role]), example: expandYears(example, doc.reportYear) },
      });
    }
    let maxRank = -1;
    let maxPart = parts[0];
    for (const p of parts) {
      const r = RANK[p.role];
      // The review belongs first; anything else may only move forward.
      if (r < maxRank && !(p.role === 'other')) {
        report({
          start: p.heading.start,
          end: p.heading.end,
          message: 'structure/part-order.order',
          args: {
            part: p.title.replace(/\*\*/g, ''),
            role: ref(NAMES[p.role]),
            before: maxPart.title.replace(/\*\*/g, ''),
          },
        });
        continue;
      }
      if (r > maxRank) {
        maxRank = r;
        maxPart = p;
      }
    }
  },
});
