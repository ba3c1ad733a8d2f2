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
import { formatMessage } from '../core/messages/catalogue';
import { looksBinary } from '../core/check';
import type { EnvironmentOptions, EnvironmentProblem } from './sources';

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
    const args = { path, reason: fileErrorReason(e) };
    problems.push({ path, message: formatMessage(key, args), key, args });
    return {};
  }
  if (looksBinary(text)) {
    problems.push({
      path,
      message: formatMessage('figures.baseline.notText', { path }),
      key: 'figures.baseline.notText',
      args: { path },
    });
    return {};
  }
  const doc = new ReportDocument(pathToFileURL(path).href, text, formatFromPath(path));
  if (doc.reportYear === undefined)
    problems.push({
      path,
      message: formatMessage('figures.baseline.noYear', { path }),
      key: 'figures.baseline.noYear',
      args: { path },
    });
  return { baseline: doc };
}
