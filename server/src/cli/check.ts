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
import { paragraphDiagnostic, readSource, withImports } from './sources';

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

/** The template, glossary and baseline files the environment will read (to convert Word/PDF ones first). */
export function environmentPaths(ctx: CliContext, rc: RcFile = {}, base = process.cwd()): string[] {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const cli = (name: string) => ctx.options.get(name)?.map((p) => resolve(p));
  return [
    cli('template')?.at(-1) ?? (rc.template ? abs(rc.template) : undefined),
    ...(cli('glossary') ?? (rc.glossaries ?? []).map(abs)),
    cli('baseline')?.at(-1) ?? (rc.baseline ? abs(rc.baseline) : undefined),
  ].filter((p): p is string => !!p);
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

export function runCheck(ctx: CliContext): number | Promise<number> {
  const format = ctx.options.get('format')?.at(-1) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError('cli.badFormat', { format });
  if (ctx.positionals.length === 0) {
    ctx.err(ctx.t('cli.noFiles'));
    ctx.err(ctx.t('cli.usage'));
    return 2;
  }
  const { rc, base } = loadConfig(ctx);
  const expanded = expandInputs(ctx.positionals);
  // Word and PDF files (reports, template, glossaries, baseline) are converted first.
  return withImports([...expanded.map((i) => i.path), ...environmentPaths(ctx, rc, base)], () => checkInputs(ctx, rc, base, expanded));
}

function checkInputs(ctx: CliContext, rc: RcFile, base: string, expanded: ReturnType<typeof expandInputs>): number {
  const format = ctx.options.get('format')?.at(-1) ?? 'text';
  const config = configSchema.parse({ rules: rc.rules ?? {}, ...(rc.maxDocumentSize ? { maxDocumentSize: rc.maxDocumentSize } : {}) });
  const env = environmentFor(ctx, rc, base);
  // Read every file first: a missing file is a usage error before any output.
  const inputs = expanded.map((input) => ({ ...input, ...readSource(input.path) }));
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const files = [];
  for (const { path, text, explicit, imported } of inputs) {
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
    const convert = (f: Finding) => toDiagnostic(lines, f, ctx.locale, uri);
    // Word and PDF files have no lines: their findings name the paragraph (第 N 段).
    const diagnostics = result.findings.map((f) => (imported ? paragraphDiagnostic(imported, f, convert, ctx.locale) : convert(f)));
    files.push({ path, findings: result.findings, diagnostics });
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
        const where = 'paragraph' in d ? ctx.t('files.paragraph', { n: d.paragraph as number }) : `${pos.line + 1}:${pos.character + 1}`;
        ctx.out(`${f.path}:${where} ${sev} ${d.message} [${finding.ruleId}]`);
      });
    }
    ctx.out(ctx.t('general.summary', { files: files.length, errors, warnings, infos }));
  }
  return errors > 0 ? 1 : 0;
}
