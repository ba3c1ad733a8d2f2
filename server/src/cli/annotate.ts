/** `govreport annotate [--write] [--glossary FILE] FILE`: the document with its notes section regenerated. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate, annotateMessage } from '../core/annotate';
import { looksBinary } from '../core/check';
import { applyEdits } from '../core/fixes';
import { formatFromPath, ReportDocument } from '../core/model/document';
import type { SelectOptions } from '../core/terms/select';
import { cliSettings, environmentFor, readReportFile } from './check';
import { EncodeError, encodingLabel } from '../node/encoding';
import { writeTextFile } from '../node/textfile';
import { importKind } from '../node/import';
import { CliContext, UsageError } from './context';
import { fileErrorReason } from '../node/files';

export function runAnnotate(ctx: CliContext): number {
  if (ctx.positionals.length !== 1) {
    ctx.err(ctx.t('cli.noFiles'));
    ctx.err(ctx.t('cli.usage'));
    return 2;
  }
  const path = ctx.positionals[0];
  // A Word or PDF file is never rewritten: convert it, annotate the Markdown, export again.
  if (importKind(path)) return refuse(ctx, path, ctx.t('files.reason.notText'));
  const decoded = readReportFile(path);
  const text = decoded.text;
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
    if (summary.changed) {
      // Written only in the file's own encoding and line endings, and only when it read cleanly.
      const label = encodingLabel(decoded);
      if (!decoded.clean) return refuse(ctx, path, ctx.t('files.reason.notClean', { encoding: label }));
      try {
        writeTextFile(path, out, decoded);
      } catch (e) {
        if (e instanceof EncodeError) return refuse(ctx, path, ctx.t('files.reason.cannotEncode', { encoding: label }));
        throw new UsageError('cli.export.notWritable', { path, reason: fileErrorReason(e) });
      }
    }
    ctx.err(annotateMessage(summary, ctx.locale));
    if (summary.changed) ctx.err(ctx.t('terms.annotate.written', { path }));
  } else {
    ctx.out(out.endsWith('\n') ? out.slice(0, -1) : out);
    ctx.err(annotateMessage(summary, ctx.locale));
  }
  return 0;
}

function refuse(ctx: CliContext, path: string, reason: string): number {
  ctx.err(ctx.t('files.notWritten', { path, reason }));
  return 2;
}
