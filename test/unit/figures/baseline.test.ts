/** Baseline: configured file, seed fallback by year, broken files; table rows and the CLI. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnvironment, EnvironmentProblem } from '../../../server/src/node/environment';
import { checkText } from '../../../server/src/core/check';
import { figureRows } from '../../../server/src/core/figures/table';
import { main } from '../../../server/src/cli';

const root = join(__dirname, '..', '..', '..');
const draftPath = join(root, 'test', 'fixtures', 'rules', 'figures', '_yanhu-2023.md');
const draft = readFileSync(draftPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'govreport-figures-'));

function mismatches(text: string, env: ReturnType<typeof buildEnvironment>) {
  return checkText(text, env, { uri: 'file:///d.md', format: 'markdown' }).findings.filter(
    (f) => f.ruleId === 'figures/growth-mismatch',
  );
}

test('a missing or binary baseline file is a clear problem, not a crash', () => {
  const problems: EnvironmentProblem[] = [];
  const env = buildEnvironment({ log: () => {}, baselinePath: join(dir, 'nope.md') }, problems);
  assert.equal(env.figures?.baseline, undefined);
  assert.match(problems.map((p) => p.message).join('\n'), /找不到上年报告文件/);
  const bin = join(dir, 'bin.md');
  writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 0]));
  const p2: EnvironmentProblem[] = [];
  buildEnvironment({ log: () => {}, baselinePath: bin }, p2);
  assert.match(p2[0].message, /不是文本文件/);
});

test('a configured baseline is used instead of the seed', () => {
  // Last year's report says revenue was 15.0 亿元: 15.2 with 7.8% no longer agrees.
  const base = join(dir, 'base-2022.md');
  writeFileSync(
    base,
    readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8').replace(
      '一般公共预算收入完成 14.1 亿元',
      '一般公共预算收入完成 13.0 亿元',
    ),
  );
  const problems: EnvironmentProblem[] = [];
  const env = buildEnvironment({ log: () => {}, baselinePath: base }, problems);
  assert.deepEqual(problems, []);
  const found = mismatches(draft, env);
  assert.equal(found.length, 1);
  assert.equal(found[0].args.previous, '13.0 亿元');
});

test('the seed is the baseline only for a report of the following year', () => {
  const env = buildEnvironment({ log: () => {} });
  const wrong = draft.replace('一般公共预算收入完成 15.2 亿元，增长 7.8%', '一般公共预算收入完成 15.2 亿元，增长 12%');
  assert.equal(mismatches(wrong, env).length, 1);
  // A report of 2024 throughout is not compared with the 2022 seed.
  const later = wrong.replace(/202([23])(\s*年)/g, (_, d: string, y: string) => `202${Number(d) + 1}${y}`);
  assert.equal(checkText(later, env, { uri: 'file:///d.md', format: 'markdown', rules: [] }).doc!.reportYear, 2024);
  assert.equal(mismatches(later, env).length, 0);
  // Only the dateline says 2024: the report is still of 2023 (facts/year), compared as such.
  assert.equal(mismatches(wrong.replace('——2023年', '——2024年'), env).length, 1);
});

test('数据一览 rows: baseline value, computed growth, target and status', () => {
  const env = buildEnvironment({ log: () => {} });
  const doc = checkText(draft, env, { uri: 'file:///d.md', format: 'markdown', rules: [] }).doc!;
  const rows = figureRows(doc, env);
  const revenue = rows.find((r) => r.indicator === '一般公共预算收入' && r.period.includes('实绩'))!;
  assert.equal(revenue.period, '2022年 实绩');
  assert.equal(revenue.value, '15.2 亿元');
  assert.equal(revenue.change, '增长 7.8%');
  assert.equal(revenue.baseline, '14.1 亿元');
  assert.equal(revenue.target, '增长 7%');
  assert.match(revenue.computed, /^7\.8%/);
  assert.equal(revenue.status, '一致');
  assert.equal(revenue.range.startLine, 17);
  const gdp = rows.find((r) => r.indicator === '地区生产总值' && r.period.includes('实绩'))!;
  assert.equal(gdp.computed, '');
  assert.match(gdp.status, /可比价/);
});

test('govreport figures FILE prints an aligned table with Chinese heads', () => {
  const out: string[] = [];
  const code = main(
    ['figures', draftPath],
    (s) => out.push(s) > 0,
    () => true,
  );
  assert.equal(code, 0);
  const text = out.join('\n');
  assert.match(text, /指标\s+时期\s+数值\s+增减\s+上年报告数值\s+计算增幅\s+上年报告目标\s+目标完成情况\s+核对结果/);
  assert.match(text, /一般公共预算收入\s+2022年 实绩\s+15\.2 亿元\s+增长 7\.8%\s+14\.1 亿元/);
  const json: string[] = [];
  // Text files: main() returns at once (a number, not a promise).
  void main(
    ['figures', '--format', 'json', draftPath],
    (s) => json.push(s) > 0,
    () => true,
  );
  assert.ok(JSON.parse(json.join('\n')).files[0].rows.length > 10);
});
