/** `govreport import FILE.docx|FILE.pdf [-o FILE.md]`: a Word or PDF file as the editor's Markdown. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importKind } from '../node/import';
import { fileErrorReason } from '../node/files';
import { CliContext, UsageError } from './context';
import { readSource, withImports } from './sources';

export function runImport(ctx: CliContext): number | Promise<number> {
  if (ctx.positionals.length !== 1) {
    ctx.err(ctx.t('cli.import.usage'));
    return 2;
  }
  const path = ctx.positionals[0];
  if (!importKind(path)) throw new UsageError('cli.import.unsupported', { path });
  const output = ctx.options.get('output')?.at(-1);
  if (output && resolve(output) === resolve(path)) throw new UsageError('cli.import.sameFile', { path: output });
  return withImports([path], () => {
    const { imported } = readSource(path);
    const markdown = imported!.markdown;
    if (!output) {
      ctx.out(markdown.endsWith('\n') ? markdown.slice(0, -1) : markdown);
      return 0;
    }
    try {
      writeFileSync(output, markdown);
    } catch (e) {
      throw new UsageError('cli.export.notWritable', { path: output, reason: fileErrorReason(e) });
    }
    ctx.err(ctx.t('cli.import.written', { from: path, path: output, paragraphs: imported!.paragraphLines.length }));
    return 0;
  });
}
