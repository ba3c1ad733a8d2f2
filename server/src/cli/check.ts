/** `govreport check [--format text|json] FILE...` */
import { readFileSync } from 'node:fs';
import { checkText } from '../core/check';
import { buildEnvironment } from '../node/environment';
import { formatFromPath } from '../core/model/document';
import { LineIndex } from '../core/model/source';
import type { Finding } from '../core/rules/types';
import { toDiagnostic } from '../lsp/convert';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { CliContext, UsageError } from './context';

export function readReport(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const key = code === 'ENOENT' ? 'cli.fileError.notFound' : code === 'EISDIR' ? 'cli.fileError.isDirectory' : code === 'EACCES' ? 'cli.fileError.noAccess' : 'cli.fileError';
    throw new UsageError(key, { path, reason: String(code ?? e) });
  }
}

export function runCheck(ctx: CliContext): number {
  const format = ctx.options.get('format')?.at(-1) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('cli.badFormat', { format });
  if (ctx.positionals.length === 0) {
    ctx.err(ctx.t('cli.noFiles'));
    ctx.err(ctx.t('cli.usage'));
    return 2;
  }
  const env = environmentFor(ctx);
  // Read every file first: a missing file is a usage error before any output.
  const inputs = ctx.positionals.map((path) => ({ path, text: readReport(path) }));
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const files = inputs.map(({ path, text }) => {
    const uri = pathToFileURL(resolve(path)).href;
    const result = checkText(text, env, { uri, format: formatFromPath(path) });
    const lines = result.doc?.lines ?? new LineIndex(text);
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
    return { path, lines, findings: result.findings, diagnostics: result.findings.map((f) => toDiagnostic(lines, f, ctx.locale, uri)) };
  });
  if (format === 'json') {
    ctx.out(JSON.stringify({ files: files.map((f) => ({ path: f.path, diagnostics: f.diagnostics })) }, null, 2));
  } else {
    for (const f of files) {
      f.findings.forEach((finding: Finding, i) => {
        const d = f.diagnostics[i];
        const pos = d.range.start;
        const sev = ctx.t(`general.severity.${finding.severity}`);
        ctx.out(`${f.path}:${pos.line + 1}:${pos.character + 1} ${sev} ${d.message} [${finding.ruleId}]`);
      });
    }
    ctx.out(ctx.t('general.summary', { files: files.length, errors, warnings, infos }));
  }
  return errors > 0 ? 1 : 0;
}

/** The environment named by `--template`, `--glossary` (repeatable) and `--baseline`. */
export function environmentFor(ctx: CliContext) {
  return buildEnvironment({
    log: (m) => ctx.err(m),
    templatePath: ctx.options.get('template')?.at(-1),
    glossaryPaths: ctx.options.get('glossary') ?? [],
    baselinePath: ctx.options.get('baseline')?.at(-1),
    workspaceRoot: process.cwd(),
  });
}
