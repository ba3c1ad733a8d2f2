/**
 * Every fixture under test/fixtures/rules/<category>/<rule>/ is checked with that rule
 * alone; every report under test/fixtures/reports/ (and the bundled seed) with all rules.
 * After applying all safe fixes, a re-check must not raise the fixed findings again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkText } from '../../server/src/core/check';
import { applyEdits, safeFixEdits } from '../../server/src/core/fixes';
import { formatFromPath } from '../../server/src/core/model/document';
import { configSchema } from '../../server/src/core/config';
import { expectationFor, runFixture } from '../helpers/fixtures';
import { testEnvironment } from '../helpers/environment';

const root = join(__dirname, '..', 'fixtures');

function inputsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...inputsIn(p));
    else if (/\.(md|txt)$/.test(name) && !name.startsWith('_')) out.push(p);
  }
  return out;
}

function optionsFor(input: string): { config?: Record<string, unknown> } {
  const file = input.replace(/\.(md|txt)$/, '.config.json');
  return existsSync(file) ? { config: JSON.parse(readFileSync(file, 'utf8')) } : {};
}

function assertFixesStick(input: string, rules?: string[]): void {
  const text = readFileSync(input, 'utf8');
  const env = testEnvironment();
  const config = configSchema.parse(optionsFor(input).config ?? {});
  const check = (t: string) => {
    const r = checkText(t, env, { uri: `file://${input}`, format: formatFromPath(input), config });
    return rules ? r.findings.filter((f) => rules.includes(f.ruleId)) : r.findings;
  };
  let current = text;
  // Fix rounds: conflicting fixes are left for the next round, as editors do.
  for (let round = 0; round < 5; round++) {
    const edits = safeFixEdits(check(current));
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  const remaining = check(current).filter((f) => f.fix?.safe);
  assert.deepEqual(
    remaining.map((f) => `${f.ruleId}: ${f.message}`),
    [],
    `${relative(root, input)}: safe fixes applied, but fixable findings remain`,
  );
}

const rulesDir = join(root, 'rules');
for (const input of inputsIn(rulesDir)) {
  const rel = relative(rulesDir, input).split('/');
  const ruleId = `${rel[0]}/${rel[1]}`;
  test(`fixture ${relative(root, input)}`, () => {
    const { actual } = runFixture(input, { rules: [ruleId], ...optionsFor(input) });
    assert.deepEqual(actual, expectationFor(input, actual));
    assertFixesStick(input, [ruleId]);
  });
}

const reports = [
  join(__dirname, '..', '..', 'seeds', 'yanhu-2022.md'),
  ...inputsIn(join(root, 'reports')),
  ...inputsIn(join(root, 'corpus')),
];
for (const input of reports) {
  test(`report ${relative(join(__dirname, '..', '..'), input)}`, () => {
    const { actual } = runFixture(input, optionsFor(input));
    const expectedFile = join(
      root,
      'reports',
      'expected',
      input
        .split('/')
        .pop()!
        .replace(/\.(md|txt)$/, '.expected.json'),
    );
    assert.deepEqual(actual, expectationFor(expectedFile.replace(/\.expected\.json$/, '.md'), actual));
    assertFixesStick(input);
  });
}
