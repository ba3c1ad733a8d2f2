/** `govreport check [--format text|json|sarif] [--config FILE] FILE|FOLDER|GLOB...` */
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../core/check';
import { isReported } from '../core/detect';
import { formatFromPath } from '../core/model/document';
import { LineIndex } from '../core/model/source';
import type { Finding } from '../core/rules/types';
import { buildEnvironment, EnvironmentProblem } from '../node/environment';
import { findRcFile, loadRc } from '../node/rcfile';
import { RcFile, resolveSettings, ResolvedSettings } from '../node/settings';
import { VERSION } from '../node/version';
import { toDiagnostic } from '../protocol/convert';
import { CliContext, UsageError } from './context';
import { expandInputs } from './inputs';
import { toSarif } from './sarif';
import { paragraphDiagnostic, readReport, readSource, withImports } from './sources';

export { readReport, readReportFile } from './sources';

/**
 * The configuration file (`--config FILE`, else the nearest `.govreportrc.json`) and its folder; exits 2 when
 * it is broken.
 */
export function loadConfig(ctx: CliContext): { rc: RcFile; rcDir?: string } {
  const named = ctx.options.get('config')?.at(-1);
  const path = named ?? findRcFile(process.cwd());
  if (!path) return { rc: {} };
  if (named) readReport(named); // a missing --config file is a usage error
  const loaded = loadRc(path);
  if (loaded.problems.length > 0) {
    const lines = new LineIndex(loaded.text);
    for (const p of loaded.problems) {
      const pos = lines.positionAt(p.start);
      ctx.err(
        `${path}:${pos.line + 1}:${pos.character + 1} ${ctx.t('general.severity.error')} ${ctx.t(p.message, p.args)}`,
      );
    }
    throw new UsageError('cli.configError', { path });
  }
  return { rc: loaded.rc, rcDir: dirname(resolve(path)) };
}

/**
 * The settings the CLI checks with (node/settings.ts, as the server): the configuration file,
 * its paths relative to its folder, overridden by `--template`, `--glossary`, `--baseline`
 * (relative to the current directory, which is also the workspace folder).
 */
export function cliSettings(ctx: CliContext): ResolvedSettings {
  const { rc, rcDir } = loadConfig(ctx);
  const cli = (name: string) => ctx.options.get(name)?.map((p) => resolve(p));
  const maxSize = maxSizeOption(ctx);
  return resolveSettings({
    rc: maxSize ? { ...rc, maxDocumentSize: maxSize } : rc,
    rcDir,
    workspaceFolder: process.cwd(),
    overrides: { template: cli('template')?.at(-1), glossaries: cli('glossary'), baseline: cli('baseline')?.at(-1) },
  });
}

/** The template, glossary and baseline files the environment will read (to convert Word/PDF ones first). */
export function environmentPaths(settings: ResolvedSettings): string[] {
  const f = settings.files;
  return [f.templatePath, ...(f.glossaryPaths ?? []), f.baselinePath].filter((p): p is string => !!p);
}

/** The check environment from the settings' files; a broken glossary, template or baseline is reported and left out. */
export function environmentFor(ctx: CliContext, settings: ResolvedSettings, problems: EnvironmentProblem[] = []) {
  const env = buildEnvironment({ log: (m) => ctx.err(m), ...settings.files }, problems);
  for (const p of problems) ctx.err(`${p.path}: ${ctx.t('general.severity.warning')} ${problemText(ctx, p)}`);
  return env;
}

/** `--max-size N`: the size limit in characters (as maxDocumentSize in the configuration file). */
function maxSizeOption(ctx: CliContext): number | undefined {
  const raw = ctx.options.get('max-size')?.at(-1);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n <= 0)
    throw new UsageError('cli.badMaxSize', { value: raw });
  return n;
}

/** A problem with a template, glossary or baseline file, in the user's language when it can be. */
export function problemText(ctx: CliContext, p: EnvironmentProblem): string {
  return ctx.t(p.key, p.args);
}

export function runCheck(ctx: CliContext): number | Promise<number> {
  const format = ctx.options.get('format')?.at(-1) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError('cli.badFormat', { format });
  if (ctx.positionals.length === 0) {
    ctx.err(ctx.t('cli.noFiles'));
    ctx.err(ctx.t('cli.usage'));
    return 2;
  }
  const settings = cliSettings(ctx);
  const expanded = expandInputs(ctx.positionals);
  // Word and PDF files (reports, template, glossaries, baseline) are converted first.
  return withImports([...expanded.map((i) => i.path), ...environmentPaths(settings)], () =>
    checkInputs(ctx, settings, expanded),
  );
}

function checkInputs(ctx: CliContext, settings: ResolvedSettings, expanded: ReturnType<typeof expandInputs>): number {
  const format = ctx.options.get('format')?.at(-1) ?? 'text';
  const { config, rules } = settings;
  // Problems with the configured files (a baseline without a dateline…) go to stderr, and
  // into JSON and SARIF output too: pipelines often keep only stdout.
  const problems: EnvironmentProblem[] = [];
  const env = environmentFor(ctx, settings, problems);
  // Read every file first: a missing file is a usage error before any output.
  const inputs = expanded.map((input) => ({ ...input, ...readSource(input.path) }));
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const files = [];
  let skipped = 0;
  // --all: files found in folders or by globs are checked even when they do not look like a report.
  const enable = ctx.flags.has('all') ? 'always' : settings.enable;
  for (const { path, text, explicit, imported } of inputs) {
    const uri = pathToFileURL(resolve(path)).href;
    const result = checkText(text, env, { uri, format: formatFromPath(path), config, rules });
    // Files found in folders or by globs are checked only when they look like a report.
    if (!isReported(enable, result.doc, explicit)) {
      if (enable !== 'never') skipped++;
      continue;
    }
    const lines = result.doc?.lines ?? new LineIndex(text);
    // The size notice names the CLI option, not the editor setting.
    const findings = result.findings.map((f): Finding =>
      f.message === 'general.tooLarge'
        ? { ...f, message: 'cli.tooLarge', args: { ...f.args, option: String(f.args.size).replace(/\D/g, '') } }
        : f,
    );
    const convert = (f: Finding) => toDiagnostic(lines, f, ctx.locale, uri, true);
    // Word and PDF files have no lines: their findings name the paragraph (第 N 段).
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const f of findings) {
      if (f.severity === 'error') counts.errors++;
      else if (f.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
    errors += counts.errors;
    warnings += counts.warnings;
    infos += counts.infos;
    files.push({
      path,
      findings,
      counts,
      empty: text.trim() === '',
      diagnostics: findings.map((f) => (imported ? paragraphDiagnostic(imported, f, convert, ctx.locale) : convert(f))),
    });
  }
  if (format === 'json') {
    const notes = problems.map((p) => ({ path: p.path, severity: 'warning', message: problemText(ctx, p) }));
    ctx.out(
      JSON.stringify(
        {
          files: files.map((f) => ({ path: f.path, diagnostics: f.diagnostics })),
          ...(notes.length ? { problems: notes } : {}),
        },
        null,
        2,
      ),
    );
  } else if (format === 'sarif') {
    ctx.out(
      JSON.stringify(
        toSarif(
          files,
          ctx.locale,
          VERSION,
          problems.map((p) => ({ path: p.path, message: problemText(ctx, p) })),
        ),
        null,
        2,
      ),
    );
  } else {
    for (const f of files) {
      f.findings.forEach((finding: Finding, i) => {
        const d = f.diagnostics[i];
        const pos = d.range.start;
        const sev = ctx.t(`general.severity.${finding.severity}`);
        const where =
          'paragraph' in d
            ? ctx.t('files.paragraph', { n: d.paragraph as number })
            : `${pos.line + 1}:${pos.character + 1}`;
        ctx.out(`${f.path}:${where} ${sev} ${d.message} [${finding.ruleId}]`);
      });
      if (f.empty) ctx.out(`${f.path}: ${ctx.t('cli.empty')}`);
      // Several files: a subtotal after each, so that a long listing can be read file by file.
      if (files.length > 1) ctx.out(ctx.t('cli.fileSubtotal', { path: f.path, ...f.counts }));
    }
    if (skipped > 0) ctx.out(ctx.t('cli.skipped', { count: skipped }));
    ctx.out(ctx.t('general.summary', { files: files.length, errors, warnings, infos }));
  }
  return errors > 0 ? 1 : 0;
}
