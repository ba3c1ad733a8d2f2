/** `govreport export REPORT.md [-o REPORT.docx]`: the report as a Word file in 公文 format (GB/T 9704-2012). */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { looksBinary, wrongEncoding } from '../core/check';
import { formatFromPath } from '../core/model/document';
import { encodingLabel } from '../node/encoding';
import { exportDocx } from '../node/export/docx';
import { fileErrorReason } from '../node/files';
import { CliContext, UsageError } from './context';
import { readSource, withImports } from './sources';

export function runExport(ctx: CliContext): number | Promise<number> {
  if (ctx.positionals.length !== 1) {
    ctx.err(ctx.t('cli.export.usage'));
    return 2;
  }
  const path = ctx.positionals[0];
  const output = ctx.options.get('output')?.at(-1) ?? path.replace(/\.[^./\\]*$/, '') + '.docx';
  if (!/\.docx$/i.test(output)) throw new UsageError('cli.export.badTarget', { path: output });
  if (resolve(output) === resolve(path)) throw new UsageError('cli.export.sameFile', { path: output });
  return withImports([path], async () => {
    const source = readSource(path);
    // Nothing is written from text that did not read faithfully.
    if (source.decoded && !source.decoded.clean) {
      ctx.err(
        ctx.t('files.notWritten', {
          path: output,
          reason: ctx.t('files.reason.notClean', { encoding: encodingLabel(source.decoded) }),
        }),
      );
      return 2;
    }
    if (looksBinary(source.text)) {
      ctx.err(ctx.t('general.binary'));
      return 2;
    }
    const garbled = wrongEncoding(source.text);
    if (garbled) {
      ctx.err(ctx.t('files.undecodable', { path, count: garbled }));
      return 2;
    }
    const title = basename(path).replace(/\.[^.]*$/, '');
    const bytes = await exportDocx(source.text, source.imported ? 'markdown' : formatFromPath(path), title);
    try {
      writeFileSync(output, bytes);
    } catch (e) {
      throw new UsageError('cli.export.notWritable', { path: output, reason: fileErrorReason(e) });
    }
    ctx.err(ctx.t('cli.export.written', { path: output }));
    return 0;
  });
}
