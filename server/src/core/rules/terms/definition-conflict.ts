/**
 * terms/definition-conflict: a note whose definition differs from a workspace glossary's
 * for the same term (information: either may be right, the drafter decides).
 */
import { defineRule, noOptions, TextEdit } from '../types';
import { analyzeTerms, notesFootprint } from '../../terms/analysis';
import { fileName } from './undefined';

/** Differences in blanks, emphasis and the final full stop do not count. */
function normalise(s: string): string {
  return s.replace(/[\s\u3000*]/g, '').replace(/[。；;.]+$/, '');
}

export default defineRule({
  id: 'terms/definition-conflict',
  category: 'terms',
  defaultSeverity: 'information',
  description: 'terms/definition-conflict.description',
  fixes: { fixAll: 'none' },
  options: noOptions,
  footprint: notesFootprint,
  check({ doc, env, report }) {
    const a = analyzeTerms(doc, env);
    for (const e of a.notes?.entries ?? []) {
      for (const h of e.headwords) {
        const other = a.terms.byHeadword.get(h.term)?.find((g) => g.source.kind === 'glossary');
        if (!other || normalise(other.definition) === normalise(e.definition)) continue;
        const file = fileName(other.source.path);
        // Replacing is offered when the definition sits in one block, to its end.
        const last = e.blocks[e.blocks.length - 1];
        const edits: TextEdit[] =
          e.blocks.length === 1
            ? [
                {
                  start: e.definitionStart,
                  end: definitionEnd(doc.text, e.definitionStart, last.end),
                  newText: other.definition,
                },
              ]
            : [];
        report({
          start: h.start,
          end: h.end,
          message: 'terms/definition-conflict.differs',
          args: { number: e.number, term: h.term, file, definition: other.definition },
          fix: edits.length
            ? { message: 'terms/definition-conflict.fix', args: { file }, edits, safe: false }
            : undefined,
        });
        break;
      }
    }
  },
});

/** End of the definition text: the block's end, before any closing emphasis marks. */
function definitionEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === '*' || text[e - 1] === ' ')) e--;
  return e;
}
