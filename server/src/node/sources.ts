/**
 * What the environment's loaders share (node/template, node/baseline, node/glossaries and
 * node/environment, which assembles them): the options naming the files, the problems they
 * report, and how a report file and the bundled seed are read.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArgsParam, formatMessage, KeyedArgs, MessageKey } from '../core/messages/catalogue';
import { formatFromPath, ReportDocument } from '../core/model/document';
import { readText } from './textfile';

export interface EnvironmentOptions {
  log: (message: string) => void;
  /** Seed report used as template (default: the bundled seed). */
  templatePath?: string;
  /** Glossary files (JSON or Markdown reports). */
  glossaryPaths?: string[];
  /** Last year's report. */
  baselinePath?: string;
  /** Folder relative paths are resolved against. */
  workspaceRoot?: string;
}

/**
 * Problems found while loading environment files: shown to the user (worded from `key` and
 * `args` in the reader's locale), never thrown.
 */
export type EnvironmentProblem = {
  path: string;
  /** In Chinese, for the server's log. */
  message: string;
} & KeyedArgs;

/** An EnvironmentProblem about the file at `path`. */
export function problemAt<K extends MessageKey>(path: string, key: K, ...[args]: ArgsParam<K>): EnvironmentProblem {
  return keyedProblem(path, { key, args } as KeyedArgs);
}

/** The same, from a message already keyed (a loader's own problem). */
export function keyedProblem(path: string, keyed: KeyedArgs): EnvironmentProblem {
  return { path, ...keyed, message: formatMessage(keyed.key, keyed.args, 'zh-cn') } as EnvironmentProblem;
}

export const SEED_FILE = 'yanhu-2022.md';

/** The bundled seed: `seeds/` next to `dist/` (bundle) or at the repository root (sources). */
export function bundledSeedPath(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'seeds', SEED_FILE);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(__dirname, '..', 'seeds', SEED_FILE);
}

export function loadReport(path: string): ReportDocument {
  return new ReportDocument(pathToFileURL(path).href, readText(path), formatFromPath(path));
}
