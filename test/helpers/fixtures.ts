/**
 * Fixture helpers. A fixture is an input file plus `<name>.expected.json`: the findings in
 * a compact form a human can review (1-based line:column ranges, Chinese messages).
 * Run with UPDATE_FIXTURES=1 to (re)write expectations, then review the diff by eye.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkText } from '../../server/src/core/check';
import { Config, configSchema } from '../../server/src/core/config';
import { CheckEnvironment } from '../../server/src/core/environment';
import { formatFromPath } from '../../server/src/core/model/document';
import { formatMessage } from '../../server/src/core/messages/catalogue';
import type { Finding } from '../../server/src/core/rules/types';
import { testEnvironment } from './environment';

export interface ExpectedFinding {
  range: string;
  severity: string;
  code: string;
  message: string;
  fix?: string;
}

export function compact(
  text: string,
  findings: readonly Finding[],
  lines: { positionAt(o: number): { line: number; character: number } },
): ExpectedFinding[] {
  return findings.map((f) => {
    const s = lines.positionAt(f.start);
    const e = lines.positionAt(f.end);
    const out: ExpectedFinding = {
      range: `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`,
      severity: f.severity,
      code: f.ruleId,
      message: formatMessage(f.message, f.args, 'zh-cn'),
    };
    if (f.fix) out.fix = formatMessage(f.fix.message, f.fix.args, 'zh-cn');
    return out;
  });
}

export function runFixture(
  path: string,
  opts: { rules?: readonly string[]; config?: Partial<Config>; env?: CheckEnvironment } = {},
): { text: string; findings: Finding[]; actual: ExpectedFinding[] } {
  const text = readFileSync(path, 'utf8');
  const config = configSchema.parse(opts.config ?? {});
  const env = opts.env ?? testEnvironment();
  const result = checkText(text, env, { uri: `file://${path}`, format: formatFromPath(path), config });
  const findings = opts.rules ? result.findings.filter((f) => opts.rules!.includes(f.ruleId)) : result.findings;
  const lines = result.doc?.lines ?? { positionAt: () => ({ line: 0, character: 0 }) };
  return { text, findings, actual: compact(text, findings, lines) };
}

/** Reads the expectation next to an input, or writes it when UPDATE_FIXTURES=1. */
export function expectationFor(input: string, actual: ExpectedFinding[]): ExpectedFinding[] {
  const file = input.replace(/\.(md|txt)$/, '.expected.json');
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(file)) {
    if (process.env.UPDATE_FIXTURES !== '1')
      throw new Error(`missing ${file}: run with UPDATE_FIXTURES=1 and review it`);
    writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    return actual;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ExpectedFinding[];
}
