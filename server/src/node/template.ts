/**
 * Loads the structure template: derived from the bundled seed by default, or from the
 * file named by the `templatePath` option (a seed report, .md/.txt, or a template JSON as
 * printed by `govreport template`). Cached by path and modification time. A broken file
 * gives an EnvironmentProblem and the bundled seed's template instead, never a crash.
 */
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { ReportDocument } from '../core/model/document';
import { deriveTemplate, Template, templateSchema } from '../core/template/template';
import type { EnvironmentOptions, EnvironmentProblem } from './sources';
import { bundledSeedPath, loadReport, problemAt } from './sources';
import { fileErrorReason, parseJson, ReasonError } from './files';
import { readText } from './textfile';
import { describeIssues } from '../core/zod-issues';
import { ref } from '../core/messages/catalogue';

const cache = new Map<string, { mtime: number; template: Template }>();

/** Cached by path and modification time; `key` tells apart templates made from one file in two ways. */
function cached(path: string, build: () => Template, key = path): Template {
  const mtime = statSync(path).mtimeMs;
  const hit = cache.get(key);
  if (hit && hit.mtime === mtime) return hit.template;
  const template = build();
  cache.set(key, { mtime, template });
  return template;
}

/** Reads a template file: JSON (validated) or a seed report to derive it from. */
export function readTemplateFile(path: string): Template {
  return cached(path, () => {
    if (/\.json$/i.test(path)) {
      const parsed = templateSchema.safeParse(parseJson(readText(path)));
      if (!parsed.success) throw new ReasonError(describeIssues(parsed.error.issues));
      return parsed.data;
    }
    const doc = loadReport(path);
    if (doc.parts.length === 0) throw new ReasonError(ref('environment.templateNoParts'));
    return deriveTemplate(doc);
  });
}

export function loadTemplate(
  opts: EnvironmentOptions,
  seed: ReportDocument | undefined,
  problems: EnvironmentProblem[],
): Template | undefined {
  if (opts.templatePath) {
    const path =
      isAbsolute(opts.templatePath) || !opts.workspaceRoot
        ? opts.templatePath
        : resolve(opts.workspaceRoot, opts.templatePath);
    try {
      return readTemplateFile(path);
    } catch (e) {
      problems.push(problemAt(path, 'environment.templateUnusable', { path, reason: fileErrorReason(e) }));
    }
  }
  try {
    if (seed) {
      const path = bundledSeedPath();
      // The built-in template is never quoted to the user; the same file named by the user is.
      return cached(path, () => ({ ...deriveTemplate(seed), builtin: true }), `builtin:${path}`);
    }
  } catch (e) {
    const path = bundledSeedPath();
    problems.push(problemAt(path, 'environment.seedUnreadable', { path, reason: fileErrorReason(e) }));
  }
  return undefined;
}
