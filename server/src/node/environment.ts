/**
 * Builds the check environment from files (seed, glossaries, baseline, template): the
 * node-side adapter around the pure core. Called at start-up and when those files or the
 * settings change; never per keystroke.
 */
import type { CheckEnvironment } from '../core/environment';
import { loadTemplate } from './template';
import { loadTermsEnvironment } from './glossaries';
import { fileErrorReason } from './files';
import { loadFiguresEnvironment } from './baseline';
import { bundledSeedPath, EnvironmentOptions, EnvironmentProblem, loadReport, problemAt } from './sources';

export type { EnvironmentOptions, EnvironmentProblem } from './sources';
export { bundledSeedPath, loadReport, SEED_FILE } from './sources';

export function buildEnvironment(opts: EnvironmentOptions, problems: EnvironmentProblem[] = []): CheckEnvironment {
  const env: CheckEnvironment = { log: opts.log };
  try {
    env.seed = loadReport(bundledSeedPath());
  } catch (e) {
    const path = bundledSeedPath();
    problems.push(problemAt(path, 'environment.seedUnreadable', { path, reason: fileErrorReason(e) }));
  }
  // ── area loaders (one line each) ──
  env.template = loadTemplate(opts, env.seed, problems);
  env.terms = loadTermsEnvironment(opts, env.seed, problems);
  env.figures = loadFiguresEnvironment(opts, problems);
  return env;
}
