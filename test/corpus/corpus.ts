/**
 * The corpus regression run: every real report in the project checked with the default
 * configuration, one snapshot per report (`snapshots/<name>.txt`), one finding per line:
 *
 *     rule line severity message
 *
 * Lines starting with `#` are the reviewer's header (warnings judged wrong and left, and why):
 * kept when a snapshot is regenerated, ignored when findings are compared.
 * Used by `npm run corpus` (run.ts, writes) and test/unit/corpus (compares).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../server/src/core/check';
import { configSchema } from '../../server/src/core/config';
import type { CheckEnvironment } from '../../server/src/core/environment';
import { formatFromPath } from '../../server/src/core/model/document';
import { LineIndex } from '../../server/src/core/model/source';
import { formatMessage } from '../../server/src/core/messages/catalogue';
import { buildEnvironment } from '../../server/src/node/environment';

export const root = join(__dirname, '..', '..');
export const snapshotDir = join(__dirname, 'snapshots');

export interface CorpusReport {
  name: string;
  path: string;
  /** Last year's report of the same place, when the corpus has it. */
  baseline?: string;
}

/** The seed, the State Council reports (test/fixtures/corpus) and the local reports (test/corpus/reports). */
export function corpusReports(): CorpusReport[] {
  const reports: CorpusReport[] = [{ name: 'yanhu-2022', path: join(root, 'seeds', 'yanhu-2022.md') }];
  const dirs = [join(root, 'test', 'fixtures', 'corpus'), join(__dirname, 'reports')];
  for (const dir of dirs) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const name = file.replace(/\.txt$/, '');
      const report: CorpusReport = { name, path: join(dir, file) };
      // Consecutive years of one place: the previous year is the baseline.
      const m = /^(.*)-(\d{4})$/.exec(name);
      const previous = m ? join(dir, `${m[1]}-${Number(m[2]) - 1}.txt`) : undefined;
      if (previous && existsSync(previous)) report.baseline = previous;
      reports.push(report);
    }
  }
  return reports;
}

const environments = new Map<string, CheckEnvironment>();
function environmentFor(baseline: string | undefined): CheckEnvironment {
  const key = baseline ?? '';
  let env = environments.get(key);
  if (!env) {
    env = buildEnvironment({ log: () => {}, baselinePath: baseline });
    environments.set(key, env);
  }
  return env;
}

export interface Line {
  ruleId: string;
  severity: string;
  text: string;
}

/** The report's findings as snapshot lines. */
export function checkReport(report: CorpusReport): Line[] {
  const text = readFileSync(report.path, 'utf8');
  const config = configSchema.parse({});
  const result = checkText(text, environmentFor(report.baseline), {
    uri: pathToFileURL(report.path).href,
    format: formatFromPath(report.path),
    config,
  });
  const lines = result.doc?.lines ?? new LineIndex(text);
  return result.findings.map((f) => {
    const message = formatMessage(f.message, f.args, 'zh-cn').replace(/\s*\n\s*/g, ' ');
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      text: `${f.ruleId} ${lines.positionAt(f.start).line + 1} ${f.severity} ${message}`,
    };
  });
}

export const snapshotPath = (name: string) => join(snapshotDir, `${name}.txt`);

/** The header (`#` lines) of the committed snapshot, and its finding lines. */
export function readSnapshot(name: string): { header: string[]; findings: string[] } | undefined {
  const path = snapshotPath(name);
  if (!existsSync(path)) return undefined;
  const all = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  return { header: all.filter((l) => l.startsWith('#')), findings: all.filter((l) => !l.startsWith('#')) };
}

/** A readable line diff (longest common subsequence): `-` only in the snapshot, `+` only now. */
export function lineDiff(before: readonly string[], after: readonly string[]): string[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push(`+ ${after[j++]}`);
    else out.push(`- ${before[i++]}`);
  }
  return out;
}
