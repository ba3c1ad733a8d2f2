/**
 * structure/broken-paragraph: a paragraph that ends mid-sentence and continues in the next
 * one (a PDF page-break artefact), and characters repeated across such a break. A text
 * wrapped at a fixed width (see hardWrap) gets one finding for all its wrapped line ends.
 */
import type { EditWindow } from '../types';
import { firstIndex } from '../../search';
import { defineRule, FixReport, noOptions, Report, TextEdit } from '../types';
import { hardWrap, titleShaped, type HardWrap, type PageBreak } from '../../model/repair';
import type { ReportDocument } from '../../model/document';

const QUOTE_LEN = 8;

export default defineRule({
  id: 'structure/broken-paragraph',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/broken-paragraph.description',
  fixes: { fixAll: 'all' },
  footprint: (w) => (touchesBreak(w) ? undefined : ''),
  options: noOptions,
  check({ doc, report }) {
    const wrap = doc.memo('broken-paragraph.hardWrap', wrapOf);
    const wrapped = new Set(wrap?.breaks);
    for (const br of doc.pageBreaks) if (!wrapped.has(br)) for (const r of reportsOf(br)) report(r);
    if (wrap) report(wrapReport(wrap));
  },
});

function wrapOf(doc: ReportDocument): HardWrap | undefined {
  return doc.format === 'plaintext' ? hardWrap(doc.text, doc.pageBreaks) : undefined;
}

/**
 * One finding for a text's wrapped line ends, at the first of them: its fix joins every one
 * that 修复所有 would join on its own (see safeJoin).
 */
function wrapReport({ width, breaks }: HardWrap): Report {
  const first = breaks[0];
  const joined = breaks.filter(safeJoin);
  return {
    start: first.prev.sourceOffset(first.prev.text.length - 1),
    end: first.next.sourceEnd(1),
    message: 'structure/broken-paragraph.hardWrapped',
    args: { width, count: breaks.length },
    severity: 'information',
    ...(joined.length > 0 && {
      fix: {
        message: 'structure/broken-paragraph.fixWrapped',
        args: { count: joined.length },
        edits: joined.flatMap(joinEdits),
        safe: true,
      },
    }),
  };
}

interface Kept {
  at: number;
  nextStart: number;
  reports: Report[];
}

const kept = new WeakMap<PageBreak, Kept>();

/**
 * A break's findings, kept while it sits at the same place (a break object lives as long
 * as its two blocks, see updatePageBreaks): most checks of a long report re-send them.
 */
function reportsOf(br: PageBreak): Report[] {
  const { prev, next, duplicated } = br;
  const lastChar = prev.sourceOffset(prev.text.length - 1);
  const k = kept.get(br);
  if (k && k.at === lastChar && k.nextStart === next.start && k.reports[0].end === next.sourceEnd(1)) return k.reports;
  const lines = { line1: lastChar, line2: next.start };
  const tail = prev.text.slice(-QUOTE_LEN);
  const dup = next.text.slice(0, duplicated);
  const edits = joinEdits(br);
  const safe = safeJoin(br);
  const fix: FixReport = duplicated
    ? { message: 'structure/broken-paragraph.fixDuplicate' as const, args: { dup }, lines, edits, safe }
    : { message: 'structure/broken-paragraph.fix' as const, lines, edits, safe };
  const reports: Report[] = [
    {
      start: lastChar,
      end: next.sourceEnd(1),
      message: 'structure/broken-paragraph.split',
      args: { tail, head: next.text.slice(duplicated, duplicated + QUOTE_LEN) },
      lines,
      fix,
    },
  ];
  if (duplicated) {
    reports.push({
      start: next.sourceOffset(0),
      end: next.sourceEnd(duplicated),
      message: 'structure/broken-paragraph.duplicate',
      args: { dup, tail, head: next.text.slice(0, QUOTE_LEN) },
      lines,
      severity: 'error',
      fix,
    });
  }
  kept.set(br, { at: lastChar, nextStart: next.start, reports });
  return reports;
}

/**
 * A short line of words may be a title next to a paragraph that lost its 。: 修复所有 never
 * merges it into the text, before or after (the quick fix still can). Fragments such as
 * `…M` | `2` | `增长…` or `交通` | `、地下…` are still joined.
 */
function safeJoin({ prev, next }: PageBreak): boolean {
  const wordEnd = /[\u3400-\u9fff]$/;
  return !(
    (titleShaped(next.text) && wordEnd.test(prev.text)) ||
    (titleShaped(prev.text) && wordEnd.test(prev.text) && !/^[、，。；：）)”’》」』】,;:]/.test(next.text))
  );
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

/** A page break joins a block of the edited stretch, or one next to it (on this side of the edit). */
function touchesBreak(w: EditWindow): boolean {
  const breaks = w.doc.pageBreaks;
  const k = firstIndex(breaks, (br) => br.prev.index >= w.firstBlock - 1);
  return k < breaks.length && breaks[k].prev.index <= w.lastBlock;
}
