/**
 * structure/broken-paragraph: a paragraph that ends mid-sentence and continues in the next
 * one (a PDF page-break artefact), and characters repeated across such a break.
 */
import { defineRule, Fix, noOptions, TextEdit } from '../types';
import type { PageBreak } from '../../model/repair';

const QUOTE_LEN = 8;

export default defineRule({
  id: 'structure/broken-paragraph',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/broken-paragraph.description',
  options: noOptions,
  check({ doc, report }) {
    for (const br of doc.pageBreaks) {
      const { prev, next, duplicated } = br;
      const lastChar = prev.sourceOffset(prev.text.length - 1);
      const line1 = doc.lineNumber(lastChar);
      const line2 = doc.lineNumber(next.start);
      const tail = prev.text.slice(-QUOTE_LEN);
      const dup = next.text.slice(0, duplicated);
      const edits = joinEdits(br);
      const fix: Fix = duplicated
        ? { message: 'structure/broken-paragraph.fixDuplicate' as const, args: { line1, line2, dup }, edits, safe: true }
        : { message: 'structure/broken-paragraph.fix' as const, args: { line1, line2 }, edits, safe: true };
      report({
        start: lastChar,
        end: next.sourceEnd(1),
        message: 'structure/broken-paragraph.split',
        args: { line1, line2, tail, head: next.text.slice(duplicated, duplicated + QUOTE_LEN) },
        fix,
      });
      if (duplicated) {
        report({
          start: next.sourceOffset(0),
          end: next.sourceEnd(duplicated),
          message: 'structure/broken-paragraph.duplicate',
          args: { line1, line2, dup, tail, head: next.text.slice(0, QUOTE_LEN) },
          severity: 'error',
          fix,
        });
      }
    }
  },
});

/** Delete the blank lines between the two parts, and the repeated characters if any. */
function joinEdits({ prev, next, duplicated }: PageBreak): TextEdit[] {
  if (duplicated === 0) return [{ start: prev.end, end: next.start, newText: '' }];
  const dupStart = next.sourceOffset(0);
  const dupEnd = next.sourceEnd(duplicated);
  if (dupStart === next.start) return [{ start: prev.end, end: dupEnd, newText: '' }];
  return [
    { start: prev.end, end: next.start, newText: '' },
    { start: dupStart, end: dupEnd, newText: '' },
  ];
}
