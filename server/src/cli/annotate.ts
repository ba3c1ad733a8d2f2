/** `govreport annotate [--write] [--glossary FILE] FILE`: the document with its notes section regenerated. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate, annotateMessage } from '../core/annotate';
import { looksBinary } from '../core/check';
import { applyEdits } from '../core/fixes';
import { formatFromPath, ReportDocument } from '../core/model/document';
import type { SelectOptions } from '../core/terms/select';
import { cliSettings, environmentFor, readReport } from './check';
import type { CliContext } from './context';

export function runAnnotate(ctx: CliContext): number {
  if (ctx.positionals.length !== 1) {
    ctx.err(ctx.t('cli.noFiles'));
    ctx.err(ctx.t('cli.usage'));
    return 2;
  }
  const path = ctx.positionals[0];
  const text = readReport(path);
  if (looksBinary(text)) {
    ctx.err(ctx.t('general.binary'));
    return 2;
  }
  const settings = cliSettings(ctx);
  const env = environmentFor(ctx, settings);
  const options = (settings.rules.find((r) => r.rule.id === 'terms/undefined')?.options ?? {}) as SelectOptions;
  const doc = new ReportDocument(pathToFileURL(resolve(path)).href, text, formatFromPath(path));
  const { edits, summary } = annotate(doc, env, options);
  const out = applyEdits(text, edits);
  if (ctx.flags.has('write')) {
    if (summary.changed) writeFileSync(path, out);
    ctx.err(annotateMessage(summary, ctx.locale));
    if (summary.changed) ctx.err(ctx.t('terms.annotate.written', { path }));
  } else {
    ctx.out(out.endsWith('\n') ? out.slice(0, -1) : out);
    ctx.err(annotateMessage(summary, ctx.locale));
  }
  return 0;
}
