/**
 * terms/note-count: a headword with a numeral (“六稳”, “三重一大”, 十大…工程) lists as many
 * items in its note as the numeral says (domain notes §2.2, §4 A8). Counted only when the
 * definition has a clear list; precision first: any reading that matches is accepted.
 */
import { defineRule, noOptions } from '../types';
import { analyzeTerms, notesFootprint } from '../../terms/analysis';
import { countReadings, numeralReadings } from '../../terms/count';

export default defineRule({
  id: 'terms/note-count',
  category: 'terms',
  defaultSeverity: 'warning',
  description: 'terms/note-count.description',
  options: noOptions,
  footprint: notesFootprint,
  check({ doc, env, report }) {
    const a = analyzeTerms(doc, env);
    for (const e of a.notes?.entries ?? []) {
      if (e.headwords.length === 0) continue;
      const expected = numeralReadings(e.headwords.map((h) => h.term));
      if (!expected) continue;
      const counts = countReadings(e.definition);
      if (counts.length === 0 || counts.some((c) => expected.accepted.has(c))) continue;
      report({
        start: e.headwords[0].start,
        end: e.headwords[e.headwords.length - 1].end,
        message: 'terms/note-count.mismatch',
        args: {
          number: e.number,
          term: e.headwords.map((h) => h.term).join('”“'),
          numeral: expected.numerals,
          count: counts[0],
          expected: expected.main,
        },
      });
    }
  },
});
