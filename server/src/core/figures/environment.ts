/** The figures part of the check environment: last year's report, loaded once. */
import type { ReportDocument } from '../model/document';
import { samePlace } from '../facts/place';

export interface FiguresEnvironment {
  /** Last year's report named by the user (govReport.baseline, --baseline). */
  baseline?: ReportDocument;
}

/** What a document is compared with, decided per document. */
export interface BaselineChoice {
  doc: ReportDocument;
  /** 'configured': named by the user; 'seed': the bundled seed, whose year fits. */
  source: 'configured' | 'seed';
}

export function chooseBaseline(
  doc: ReportDocument,
  env: { seed?: ReportDocument; figures?: FiguresEnvironment },
): BaselineChoice | undefined {
  const y = doc.reportYear;
  const configured = env.figures?.baseline;
  if (configured) {
    if (configured.uri === doc.uri || configured.text === doc.text) return undefined;
    // A named baseline whose year does not precede the draft's would compare the wrong years.
    if (y !== undefined && configured.reportYear !== undefined && configured.reportYear !== y - 1) return undefined;
    return { doc: configured, source: 'configured' };
  }
  const seed = env.seed;
  // The built-in report is last year's only for a report of the same place.
  if (
    seed &&
    y !== undefined &&
    seed.reportYear !== undefined &&
    y === seed.reportYear + 1 &&
    samePlace(doc.place, seed.place)
  )
    return { doc: seed, source: 'seed' };
  return undefined;
}
