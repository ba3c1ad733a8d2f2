/**
 * The generated files are current: the rule registry (scripts/rule-registry.ts) and the rule
 * tables (scripts/rule-docs.ts); the fix metadata the tables are drawn from tells the truth:
 * what each rule declares in `fixes` matches the fixes it gives on the fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fillRegions, generatedFiles, GEN_COMMAND } from '../../../scripts/rule-docs';
import { rules } from '../../../server/src/core/rules/registry';
import { checkText } from '../../../server/src/core/check';
import { activeRules, configSchema, defaultConfig, type ActiveRule } from '../../../server/src/core/config';
import { REGISTRY_FILE, ruleFileIds } from '../../../scripts/rule-registry';
import { formatFromPath } from '../../../server/src/core/model/document';
import { buildEnvironment } from '../../../server/src/node/environment';
import { testEnvironment } from '../../helpers/environment';

const root = join(__dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures');

test('the rule registry and the rule tables in the docs are current', () => {
  const files = generatedFiles(root);
  assert.ok(files.some((f) => f.file === REGISTRY_FILE));
  for (const { file, current, wanted } of files) {
    assert.ok(current === wanted, `${file} is not current. Run \`${GEN_COMMAND}\` and commit the result.`);
  }
});

test('the registry holds every rule file, each with the id of its path', () => {
  const ids = ruleFileIds(join(root, 'server', 'src', 'core', 'rules'));
  assert.ok(ids.includes('structure/broken-paragraph') && ids.includes('terms/undefined'), 'the scan finds the rules');
  assert.ok(!ids.includes('structure/footprint'), 'a helper beside the rules is not a rule');
  assert.deepEqual(
    rules.map((r) => r.id),
    ids,
  );
});

test('the findings do not depend on the order of the rules in the registry', () => {
  const inputs = [join(root, 'seeds', 'yanhu-2022.md'), ...inputsIn(join(fixtures, 'rules'))];
  const env = testEnvironment();
  const run = (input: string, order: (rs: ActiveRule[]) => ActiveRule[]) =>
    checkText(readFileSync(input, 'utf8'), env, {
      uri: `file://${input}`,
      format: formatFromPath(input),
      rules: order(activeRules(defaultConfig)),
    }).findings.map((f) => [f.ruleId, f.start, f.end, f.message, f.args, f.fix?.edits]);
  let compared = 0;
  for (const input of inputs) {
    const forward = run(input, (rs) => rs);
    assert.deepEqual(
      run(input, (rs) => [...rs].reverse()),
      forward,
      input,
    );
    compared += forward.length;
  }
  assert.ok(compared > 50, 'the fixtures give findings to compare');
});

test('generated regions replace only what lies between their markers', () => {
  const text = '前言\n\n<!-- generated: t -->\n旧表\n<!-- end -->\n\n后记\n';
  assert.equal(
    fillRegions(text, 'x.md', { t: () => '新表' }),
    '前言\n\n<!-- generated: t -->\n\n新表\n\n<!-- end -->\n\n后记\n',
  );
  assert.throws(
    () => fillRegions('没有标记\n', 'x.md', { t: () => '新表' }),
    /x\.md: the markers "<!-- generated: t -->"/,
  );
});

function inputsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return inputsIn(p);
      return /\.(md|txt)$/.test(name) && !name.startsWith('_') ? [p] : [];
    });
}

test("each rule's declared fixes match the fixes it gives on the fixtures", () => {
  const seen = new Map<string, { fix: boolean; safe: boolean; unsafe: boolean }>();
  const inputs = [
    join(root, 'seeds', 'yanhu-2022.md'),
    ...inputsIn(join(fixtures, 'rules')),
    ...inputsIn(join(fixtures, 'reports')),
  ];
  // With a workspace glossary too: terms/definition-conflict has fixes only then.
  const envs = [
    testEnvironment(),
    buildEnvironment({ log: () => {}, glossaryPaths: [join(fixtures, 'glossaries', 'local.json')] }),
  ];
  for (const input of inputs) {
    const configFile = input.replace(/\.(md|txt)$/, '.config.json');
    const config = configSchema.parse(existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {});
    for (const env of envs) {
      const text = readFileSync(input, 'utf8');
      for (const f of checkText(text, env, { uri: `file://${input}`, format: formatFromPath(input), config })
        .findings) {
        const s = seen.get(f.ruleId) ?? { fix: false, safe: false, unsafe: false };
        if (f.fix) {
          s.fix = true;
          if (f.fix.safe) s.safe = true;
          else s.unsafe = true;
        }
        seen.set(f.ruleId, s);
      }
    }
  }
  for (const rule of rules) {
    const s = seen.get(rule.id) ?? { fix: false, safe: false, unsafe: false };
    const declared = rule.fixes;
    if (!declared) {
      assert.ok(
        !s.fix,
        `${rule.id} gives fixes but declares none: add \`fixes\` to the rule and run \`${GEN_COMMAND}\``,
      );
      continue;
    }
    assert.ok(
      s.fix,
      `${rule.id} declares fixes but gives none on the fixtures: add a fixture with a fix, or drop \`fixes\``,
    );
    if (declared.fixAll === 'none') assert.ok(!s.safe, `${rule.id} declares fixAll 'none' but gives a safe fix`);
    if (declared.fixAll === 'all')
      assert.ok(!s.unsafe, `${rule.id} declares fixAll 'all' but gives a fix that is not safe`);
    if (declared.fixAll === 'some')
      assert.ok(s.safe, `${rule.id} declares fixAll 'some' but gives no safe fix on the fixtures`);
  }
});
