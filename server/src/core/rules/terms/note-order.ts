/**
 * terms/note-order: notes numbered 1…n without gaps or repeats, in the order their terms
 * first appear in the body. Fix: reorder and renumber the section (nothing added or lost).
 */
import { defineRule, FixReport, noOptions } from '../types';
import { analyzeTerms, usesFootprint } from '../../terms/analysis';
import { firstUseOfNote, reorderEdits } from '../../annotate';

export default defineRule({
  id: 'terms/note-order',
  category: 'terms',
  defaultSeverity: 'warning',
  description: 'terms/note-order.description',
  fixes: { fixAll: 'all' },
  footprint: usesFootprint,
  options: noOptions,
  check({ doc, env, report }) {
    const a = analyzeTerms(doc, env);
    const entries = a.notes?.entries ?? [];
    if (entries.length === 0) return;
    let fix: FixReport | undefined;
    const fixOnce = () => (fix ??= { message: 'terms/note-order.fix', edits: reorderEdits(doc, a), safe: true });
    const bad = entries.find((e, i) => e.number !== i + 1);
    if (bad) {
      report({
        start: bad.numberStart,
        end: bad.numberEnd,
        message: bad.number === entries[bad.index - 1]?.number ? 'terms/note-order.repeat' : 'terms/note-order.gap',
        args: { number: bad.number, expected: bad.index + 1 },
        fix: fixOnce(),
      });
    }
    let prev: { pos: number; number: number; term: string } | undefined;
    for (const e of entries) {
      const pos = firstUseOfNote(a, e);
      if (pos === Infinity || e.headwords.length === 0) continue;
      const term = e.headwords[0].term;
      if (prev && pos < prev.pos) {
        report({
          start: e.headwords[0].start,
          end: e.headwords[0].end,
          message: 'terms/note-order.order',
          args: { number: e.number, term, prevNumber: prev.number, prevTerm: prev.term },
          lines: { line: pos },
          fix: fixOnce(),
        });
        break;
      }
      prev = { pos, number: e.number, term };
    }
  },
});
