/** CLI entry: `govreport <command> …`. */
import { resolveLocale } from './core/messages/catalogue';
import { makeContext, UsageError } from './cli/context';
import { runCheck } from './cli/check';
import { runAnnotate } from './cli/annotate';
import { runTemplate } from './cli/template';
import { runFigures } from './cli/figures';
import { runImport } from './cli/import';
import { runExport } from './cli/export';
import type { CliContext } from './cli/context';

/** A command returns its exit code; commands that convert Word/PDF files return it later. */
const commands: Record<string, (ctx: CliContext) => number | Promise<number>> = {
  check: runCheck,
  annotate: runAnnotate,
  template: runTemplate,
  figures: runFigures,
  import: runImport,
  export: runExport,
};

function envLocale(): string | undefined {
  return process.env.GOVREPORT_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG;
}

export function main(
  argv: string[],
  out: (s: string) => void = (s) => void process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => void process.stderr.write(s + '\n'),
): number | Promise<number> {
  const langIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langArg =
    langIndex === -1 ? undefined : argv[langIndex].includes('=') ? argv[langIndex].split('=')[1] : argv[langIndex + 1];
  const locale = resolveLocale(langArg ?? envLocale());
  const [command, ...rest] = argv;
  try {
    const ctx = makeContext(rest, locale, out, err);
    if (!command || command === '--help' || command === '-h' || ctx.flags.has('help')) {
      out(ctx.t('cli.usage'));
      return command ? 0 : 2;
    }
    const run = commands[command];
    if (!run) throw new UsageError('cli.unknownCommand', { command });
    const code = run(ctx);
    return code instanceof Promise ? code.catch(usage) : code;
  } catch (e) {
    return usage(e);
  }

  function usage(e: unknown): number {
    if (e instanceof UsageError) {
      const ctx = makeContext([], locale, out, err);
      err(ctx.t(e.key, e.args));
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  // `govreport check … | head`: a closed pipe ends the output, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else
    void code.then(
      (c) => void (process.exitCode = c),
      (e: unknown) => {
        process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 2;
      },
    );
}
