/** `govreport figures [--baseline FILE] [--format text|json] FILE`: the 数据一览 table. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../core/check';
import { formatFromPath } from '../core/model/document';
import { COLUMNS, columnTitle, figureRows } from '../core/figures/table';

import { cliSettings, environmentFor, environmentPaths } from './check';
import { readSource, withImports } from './sources';
import { paragraphOfLine, type Imported } from '../node/import';
import type { ResolvedSettings } from '../node/settings';
import { CliContext, UsageError } from './context';

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function runFigures(ctx: CliContext): number | Promise<number> {
  const format = ctx.options.get('format')?.at(-1) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('cli.badFormatTable', { format });
  if (ctx.positionals.length === 0) {
    ctx.err(ctx.t('cli.noFiles'));
    return 2;
  }
  const settings = cliSettings(ctx);
  // Word and PDF files (reports, baseline) are converted first.
  return withImports([...ctx.positionals, ...environmentPaths(settings)], () => printFigures(ctx, settings, format));
}

function printFigures(ctx: CliContext, settings: ResolvedSettings, format: string): number {
  const env = environmentFor(ctx, settings);
  const inputs = ctx.positionals.map((path) => ({ path, ...readSource(path) }));
  const out: Array<{ path: string; rows: ReturnType<typeof figureRows>; imported?: Imported }> = [];
  for (const { path, text, imported } of inputs) {
    const result = checkText(text, env, {
      uri: pathToFileURL(resolve(path)).href,
      format: formatFromPath(path),
      rules: [],
    });
    out.push({ path, rows: result.doc ? figureRows(result.doc, env, ctx.locale) : [], imported });
  }
  if (format === 'json') {
    ctx.out(JSON.stringify({ files: out.map(({ path, rows }) => ({ path, rows })) }, null, 2));
    return 0;
  }
  for (const { path, rows, imported } of out) {
    ctx.out(`${path}`);
    // Word and PDF files have paragraphs, not lines.
    const head = COLUMNS.map((c) =>
      c === 'line' && imported ? ctx.t('files.paragraphColumn') : columnTitle(c, ctx.locale),
    );
    const body = rows.map((r) =>
      COLUMNS.map((c) => (c === 'line' && imported ? String(paragraphOfLine(imported, r.range.startLine)) : r[c])),
    );
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]))));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => pad(c, widths[i]))
        .join('  ')
        .trimEnd();
    ctx.out(line(head));
    ctx.out(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const b of body) ctx.out(line(b));
    ctx.out('');
  }
  return 0;
}
