/**
 * Last year's report (govReport.baseline, --baseline FILE), loaded once per environment.
 * A missing or unreadable file is a problem shown to the user, never a crash; without a
 * configured file the core falls back to the seed when its year fits.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatFromPath, ReportDocument } from '../core/model/document';
import type { FiguresEnvironment } from '../core/figures/environment';
import { fileErrorReason } from './files';
import { readText } from './textfile';
import { looksBinary } from '../core/check';
import { problemAt, type EnvironmentOptions, type EnvironmentProblem } from './sources';

export function loadFiguresEnvironment(opts: EnvironmentOptions, problems: EnvironmentProblem[]): FiguresEnvironment {
  const raw = opts.baselinePath?.trim();
  if (!raw) return {};
  const path = isAbsolute(raw) || !opts.workspaceRoot ? raw : resolve(opts.workspaceRoot, raw);
  let text: string;
  try {
    text = readText(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const key = code === 'ENOENT' ? 'figures.baseline.notFound' : 'figures.baseline.unreadable';
    problems.push(problemAt(path, key, { path, reason: fileErrorReason(e) }));
    return {};
  }
  if (looksBinary(text)) {
    problems.push(problemAt(path, 'figures.baseline.notText', { path }));
    return {};
  }
  const doc = new ReportDocument(pathToFileURL(path).href, text, formatFromPath(path));
  if (doc.reportYear === undefined) problems.push(problemAt(path, 'figures.baseline.noYear', { path }));
  return { baseline: doc };
}
