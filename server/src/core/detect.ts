/** Is this Markdown or text file a government work report? (`govReport.enable: auto`) */
import type { ReportDocument } from './model/document';
import { looksLikeReport as looksLike } from './facts/front-matter';

export function looksLikeReport(doc: ReportDocument): boolean {
  return looksLike(doc.blocks, doc.front);
}

export type EnableMode = 'auto' | 'always' | 'never';

/**
 * Whether a checked document's findings are reported: never, always, or (auto) when it looks
 * like a report. `forced` (a file named explicitly, the govreport language) counts as a
 * report; a result without a model (too large, not text) is reported, its notice is the point.
 */
export function isReported(mode: EnableMode, doc: ReportDocument | undefined, forced = false): boolean {
  if (mode === 'never') return false;
  if (mode === 'always' || forced || !doc) return true;
  return looksLikeReport(doc);
}
