/** What every CLI command gets: parsed arguments, the locale and output streams. */
import { formatIn, type ArgsParam, type Translate, type Locale, type MessageKey } from '../core/messages/catalogue';

export class UsageError<K extends MessageKey = MessageKey> extends Error {
  readonly args: ArgsParam<K>[0];
  constructor(
    readonly key: K,
    ...[args]: ArgsParam<K>
  ) {
    super(key);
    this.args = args;
  }
}

export interface CliContext {
  locale: Locale;
  /** Option values by name (`--format json` → format: 'json'); repeated options collect. */
  options: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
  out: (s: string) => void;
  err: (s: string) => void;
  t: Translate;
}

/** Options that take a value; everything else starting with `--` is a flag. */
const VALUE_OPTIONS = new Set(['format', 'lang', 'template', 'glossary', 'baseline', 'config', 'max-size', 'output']);
const FLAGS = new Set(['help', 'write', 'all']);

export function parseArgs(argv: string[]): {
  options: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
} {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h') {
      flags.add('help');
      continue;
    }
    if (a === '-o') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('cli.missingValue', { option: '-o' });
      options.set('output', [...(options.get('output') ?? []), value]);
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq === -1 ? undefined : eq);
      if (VALUE_OPTIONS.has(name)) {
        const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
        if (value === undefined) throw new UsageError('cli.missingValue', { option: `--${name}` });
        options.set(name, [...(options.get(name) ?? []), value]);
      } else if (FLAGS.has(name)) flags.add(name);
      else throw new UsageError('cli.unknownOption', { option: a });
      continue;
    }
    positionals.push(a);
  }
  return { options, flags, positionals };
}

export function makeContext(
  argv: string[],
  locale: Locale,
  out: (s: string) => void,
  err: (s: string) => void,
): CliContext {
  const parsed = parseArgs(argv);
  return { ...parsed, locale, out, err, t: (key, ...args) => formatIn(locale, key, ...args) };
}
