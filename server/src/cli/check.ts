/** `govreport check [--format text|json|sarif] [--config FILE] FILE|FOLDER|GLOB...` */
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../core/check';
import { configSchema, RcFile } from '../core/config';
import { isReported } from '../core/detect';
import { formatFromPath } from '../core/model/document';
import { LineIndex } from '../core/model/source';
import type { Finding } from '../core/rules/types';
import { buildEnvironment, EnvironmentProblem } from '../node/environment';
import { findRcFile, loadRc } from '../node/rcfile';
import { toDiagnostic } from '../lsp/convert';
import { CliContext, UsageError } from './context';
import { expandInputs } from './inputs';
import { toSarif } from './sarif';
import type { Decoded } from '../node/encoding';
import { readTextFile } from '../node/textfile';

export const VERSION = '0.1.0';

/** A text file named on the command line, decoded in its own encoding (see node/encoding.ts). */
export function readReportFile(path: string): Decoded {
  try {
    return readTextFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const key = code === 'ENOENT' ? 'cli.fileError.notFound' : code === 'EISDIR' ? 'cli.fileError.isDirectory' : code === 'EACCES' ? 'cli.fileError.noAccess' : 'cli.fileError';
    throw new UsageError(key, { path, reason: String(code ?? e) });
  }
}

export function readReport(path: string): string {
  return readReportFile(path).text;
}

/** The configuration file (`--config FILE`, else the nearest `.govreportrc.json`); exits 2 when it is broken. */
export function loadConfig(ctx: CliContext): { rc: RcFile; base: string } {
  const named = ctx.options.get('config')?.at(-1);
  const path = named ?? findRcFile(process.cwd());
  if (!path) return { rc: {}, base: process.cwd() };
  if (named) readReport(named); // a missing --config file is a usage error
  const loaded = loadRc(path);
  if (loaded.problems.length > 0) {
    const lines = new LineIndex(loaded.text);
    for (const p of loaded.problems) {
      const pos = lines.positionAt(p.start);
      ctx.err(`${path}:${pos.line + 1}:${pos.character + 1} ${ctx.t('general.severity.error')} ${ctx.t(p.message, p.args)}`);
    }
    throw new UsageError('cli.configError', { path });
  }
  return { rc: loaded.rc, base: dirname(resolve(path)) };
}

/** The environment named by the configuration file, overridden by `--template`, `--glossary`, `--baseline`. */
export function environmentFor(ctx: CliContext, rc: RcFile = {}, base = process.cwd()) {
  // Paths in the configuration file are relative to it; paths on the command line to the current directory.
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const cli = (name: string) => ctx.options.get(name)?.map((p) => resolve(p));
  const problems: EnvironmentProblem[] = [];
  const env = buildEnvironment({
    log: (m) => ctx.err(m),
    templatePath: cli('template')?.at(-1) ?? (rc.template ? abs(rc.template) : undefined),
    glossaryPaths: cli('glossary') ?? (rc.glossaries ?? []).map(abs),
    baselinePath: cli('baseline')?.at(-1) ?? (rc.baseline ? abs(rc.baseline) : undefined),
    workspaceRoot: base,
  }, problems);
  // A broken glossary, template or baseline is reported; the check goes on without it.
  for (const p of problems) ctx.err(`${p.path}: ${ctx.t('general.severity.warning')} ${p.message}`);
  return env;
}

export function runCheck(ctx: CliContext): number {
  const format = ctx.options.get('format')?.at(-1) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError('cli.badFormat', { format });
  if (ctx.positionals.length === 0) {
    ctx.err(ctx.t('cli.noFiles'));
    ctx.err(ctx.t('cli.usage'));
    return 2;
  }
  const { rc, base } = loadConfig(ctx);
  const config = configSchema.parse({ rules: rc.rules ?? {}, ...(rc.maxDocumentSize ? { maxDocumentSize: rc.maxDocumentSize } : {}) });
  const env = environmentFor(ctx, rc, base);
  // Read every file first: a missing file is a usage error before any output.
  const inputs = expandInputs(ctx.positionals).map((input) => ({ ...input, text: readReport(input.path) }));
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const files = [];
  for (const { path, text, explicit } of inputs) {
    const uri = pathToFileURL(resolve(path)).href;
    const result = checkText(text, env, { uri, format: formatFromPath(path), config });
    // Files found in folders or by globs are checked only when they look like a report.
    if (!isReported(rc.enable ?? 'auto', result.doc, explicit)) continue;
    const lines = result.doc?.lines ?? new LineIndex(text);
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
    files.push({ path, findings: result.findings, diagnostics: result.findings.map((f) => toDiagnostic(lines, f, ctx.locale, uri)) });
  }
  if (format === 'json') {
    ctx.out(JSON.stringify({ files: files.map((f) => ({ path: f.path, diagnostics: f.diagnostics })) }, null, 2));
  } else if (format === 'sarif') {
    ctx.out(JSON.stringify(toSarif(files, ctx.locale, VERSION), null, 2));
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
