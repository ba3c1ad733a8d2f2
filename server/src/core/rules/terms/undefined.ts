/**
 * terms/undefined: local shorthand (domain notes §2.2) or a local glossary term used in the
 * body with no note in this document, reported at its first use. National terms may be
 * annotated but need not be (option requireNational). A note still holding the
 * placeholder （待补充释义） is reported too. State Council reports are skipped.
 */
import { z } from 'zod';
import { defineRule, FixReport } from '../types';
import { analyzeTerms, usesFootprint } from '../../terms/analysis';
import { needsNote, PLACEHOLDER } from '../../terms/select';
import { annotate, insertNoteEdits } from '../../annotate';

export default defineRule({
  id: 'terms/undefined',
  category: 'terms',
  defaultSeverity: 'warning',
  description: 'terms/undefined.description',
  fixes: { fixAll: 'none' },
  footprint: usesFootprint,
  options: z
    .object({
      /** National terms (十四五, 四个意识…) must have a note too. */
      requireNational: z.boolean().default(false),
      /**
       * Unquoted `N大…工程/行动/基地/集群` phrases need a note too (domain notes §2.2 NDA; off by default: E3's
       * enumeration check covers them).
       */
      unquotedPatterns: z.boolean().default(false),
      /**
       * A report without a notes section: `summary` (one note at the top, a hint per term) or
       * `each` (a warning per term, as in a report that has notes).
       */
      withoutNotes: z.enum(['summary', 'each']).default('summary'),
    })
    .strict(),
  check({ doc, env, options, report }) {
    // A State Council report's shorthand is national: nothing to annotate.
    if (doc.national && !options.requireNational) return;
    const a = analyzeTerms(doc, env);
    const summary = !a.notes && options.withoutNotes === 'summary';
    const missing: string[] = [];
    for (const [term, use] of a.firstUse) {
      const note = a.noteOf(term);
      if (note) {
        if (note.definition.startsWith(PLACEHOLDER)) {
          report({
            start: use.start,
            end: use.end,
            message: 'terms/undefined.placeholder',
            args: { term, number: note.number },
          });
        }
        continue;
      }
      const need = needsNote(a, use, options);
      if (!need) continue;
      const { edits, number } = insertNoteEdits(doc, a, use, need.entry);
      const src = need.entry?.source;
      const fix: FixReport =
        src?.kind === 'glossary'
          ? {
              message: 'terms/undefined.fixFromGlossary',
              args: { term, number, file: fileName(src.path) },
              edits,
              safe: false,
            }
          : src?.kind === 'seed'
            ? {
                message: 'terms/undefined.fixFromSeed',
                args: { term, number, note: src.note ?? '' },
                edits,
                safe: false,
              }
            : src?.kind === 'national'
              ? { message: 'terms/undefined.fixFromNational', args: { term, number }, edits, safe: false }
              : { message: 'terms/undefined.fixPlaceholder', args: { term, number }, edits, safe: false };
      if (summary) {
        missing.push(term);
        report({
          start: use.start,
          end: use.end,
          message: 'terms/undefined.noNotesTerm',
          args: { term },
          fix,
          severity: 'hint',
        });
        continue;
      }
      const message =
        need.reason === 'national'
          ? 'terms/undefined.national'
          : need.reason === 'glossary'
            ? 'terms/undefined.glossaryTerm'
            : 'terms/undefined.shorthand';
      report({ start: use.start, end: use.end, message, args: { term }, fix });
    }
    if (missing.length > 0) {
      // One note at the top, with the whole notes section as its fix.
      const { edits, summary: made } = annotate(doc, env, options);
      const top = doc.blocks[0];
      const examples =
        missing
          .slice(0, 5)
          .map((t) => `“${t}”`)
          .join('') + (missing.length > 5 ? '…' : '');
      report({
        start: top.start,
        end: top.start,
        message: 'terms/undefined.noNotes',
        args: { count: missing.length, examples },
        severity: 'information',
        fix: edits.length
          ? { message: 'terms/undefined.fixAnnotate', args: { count: made.total }, edits, safe: false }
          : undefined,
      });
    }
  },
});

export function fileName(path: string | undefined): string {
  if (!path) return '';
  const p = path.replace(/^file:\/\//, '');
  return decodeURIComponent(p.slice(p.lastIndexOf('/') + 1));
}
