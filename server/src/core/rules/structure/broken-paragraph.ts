/**
 * structure/broken-paragraph: a paragraph that ends mid-sentence and continues in the next
 * one (a PDF page-break artefact), and characters repeated across such a break.
 */
import type { EditWindow } from '../types';
import { defineRule, Fix, noOptions, Report, TextEdit } from '../types';
import type { PageBreak } from '../../model/repair';

const QUOTE_LEN = 8;

export default defineRule({
  id: 'structure/broken-paragraph',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/broken-paragraph.description',
  footprint: (w) => (touchesBreak(w) ? undefined : ''),
  options: noOptions,
  check({ doc, report }) {
    for (const br of doc.pageBreaks) for (const r of reportsOf(br, doc.lineNumber(br.prev.sourceOffset(br.prev.text.length - 1)), doc.lineNumber(br.next.start))) report(r);
  },
});

interface Kept {
  at: number;
  line1: number;
  line2: number;
  reports: Report[];
}

const kept = new WeakMap<PageBreak, Kept>();

/**
 * A break's findings, kept while it sits at the same place (a break object lives as long
 * as its two blocks, see updatePageBreaks): most checks of a long report re-send them.
 */
function reportsOf(br: PageBreak, line1: number, line2: number): Report[] {
  const { prev, next, duplicated } = br;
  const lastChar = prev.sourceOffset(prev.text.length - 1);
  const k = kept.get(br);
  if (k && k.at === lastChar && k.line1 === line1 && k.line2 === line2 && k.reports[0].end === next.sourceEnd(1)) return k.reports;
  const tail = prev.text.slice(-QUOTE_LEN);
  const dup = next.text.slice(0, duplicated);
  const edits = joinEdits(br);
  const fix: Fix = duplicated
    ? { message: 'structure/broken-paragraph.fixDuplicate' as const, args: { line1, line2, dup }, edits, safe: true }
    : { message: 'structure/broken-paragraph.fix' as const, args: { line1, line2 }, edits, safe: true };
  const reports: Report[] = [
    {
      start: lastChar,
      end: next.sourceEnd(1),
      message: 'structure/broken-paragraph.split',
      args: { line1, line2, tail, head: next.text.slice(duplicated, duplicated + QUOTE_LEN) },
      fix,
    },
  ];
  if (duplicated) {
    reports.push({
      start: next.sourceOffset(0),
      end: next.sourceEnd(duplicated),
      message: 'structure/broken-paragraph.duplicate',
      args: { line1, line2, dup, tail, head: next.text.slice(0, QUOTE_LEN) },
      severity: 'error',
      fix,
    });
  }
  kept.set(br, { at: lastChar, line1, line2, reports });
  return reports;
}

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

/** A page break joins a block around the edit (on this side of it). */
function touchesBreak(w: EditWindow): boolean {
  const ps = w.paragraphs;
  const s = w.change.start;
  const lo = Math.min(ps.length ? ps[0].blocks[0].index : s, s) - 1;
  const last = ps.length ? ps[ps.length - 1].blocks : undefined;
  const hi = Math.max(last ? last[last.length - 1].index : s, s + w.blocks.length);
  const breaks = w.doc.pageBreaks;
  let l = 0;
  let h = breaks.length;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (breaks[mid].prev.index < lo) l = mid + 1;
    else h = mid;
  }
  return l < breaks.length && breaks[l].prev.index <= hi;
}
