/** terms/unused-note: a note whose terms appear nowhere in the body. */
import { defineRule, noOptions } from '../types';
import { analyzeTerms, usesFootprint } from '../../terms/analysis';
import { firstUseOfNote, removeNoteEdits } from '../../annotate';

export default defineRule({
  id: 'terms/unused-note',
  category: 'terms',
  defaultSeverity: 'warning',
  description: 'terms/unused-note.description',
  fixes: { fixAll: 'none' },
  footprint: usesFootprint,
  options: noOptions,
  check({ doc, env, report }) {
    const a = analyzeTerms(doc, env);
    for (const e of a.notes?.entries ?? []) {
      if (e.headwords.length === 0 || firstUseOfNote(a, e) !== Infinity) continue;
      const term = e.headwords.map((h) => h.term).join('”“');
      report({
        start: e.headwords[0].start,
        end: e.headwords[e.headwords.length - 1].end,
        message: 'terms/unused-note.unused',
        args: { number: e.number, term },
        fix: {
          message: 'terms/unused-note.fix',
          args: { number: e.number, term },
          edits: removeNoteEdits(a, e),
          safe: false,
        },
      });
    }
  },
});
