/** Is this Markdown or text file a government work report? (`govReport.enable: auto`) */
import type { ReportDocument } from './model/document';
import { l1Heading } from './model/parts';

/** How far into a document the front matter is looked for. */
const SCAN = 40;

export function looksLikeReport(doc: ReportDocument): boolean {
  if (doc.dateline) return true;
  const head = doc.blocks.slice(0, SCAN);
  if (head.some((b) => b.text.length <= 40 && /工作报告/.test(b.text) && (b.kind === 'heading' || b.index < 5))) return true;
  const salutation = head.some((b) => /^各位代表[：:，,！!]/.test(b.text));
  return salutation && doc.blocks.some((b) => l1Heading(b) !== undefined);
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
