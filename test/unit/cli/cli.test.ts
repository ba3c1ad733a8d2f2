/** The CLI as a review pipeline uses it: formats, exit codes, inputs, configuration, SARIF. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../../helpers/cli';

const root = join(__dirname, '..', '..', '..');
const seed = join(root, 'seeds', 'yanhu-2022.md');

test('text output: one finding a line in Chinese, a summary, exit 1 on an error finding', () => {
  const r = runCli(['check', seed, '--lang', 'zh-cn']);
  assert.equal(r.code, 1);
  const lines = r.out.split('\n');
  assert.match(lines[0], /^.+yanhu-2022\.md:\d+:\d+ (错误|警告|提示|建议) .+ \[[a-z]+\/[a-z-]+\]$/);
  assert.equal(lines.filter((l) => l.includes('[structure/broken-paragraph]')).length, 23);
  assert.match(lines[lines.length - 1], /^共检查 1 个文件：1 个错误，\d+ 个警告，\d+ 条提示。$/);
});

test('JSON output is exactly {files:[{path, diagnostics}]} with LSP diagnostics', () => {
  const r = runCli(['check', '--format', 'json', seed]);
  const json = JSON.parse(r.out) as { files: Array<{ path: string; diagnostics: Array<Record<string, unknown>> }> };
  assert.deepEqual(Object.keys(json), ['files']);
  assert.equal(json.files[0].path, seed);
  const d = json.files[0].diagnostics[0];
  for (const k of ['range', 'severity', 'code', 'source', 'message']) assert.ok(k in d, k);
  assert.equal(d.source, 'govreport');
});

test('usage and file errors exit 2 with a Chinese message that says what to do', () => {
  assert.equal(runCli([]).code, 2);
  const none = runCli(['check']);
  assert.equal(none.code, 2);
  assert.match(none.err, /没有指定要检查的文件/);
  const missing = runCli(['check', join(root, 'no-such-report.md')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /找不到文件.+请检查路径/);
  assert.equal(runCli(['check', '--format', 'xml', seed]).code, 2);
  assert.equal(runCli(['lint', seed]).code, 2);
  assert.equal(runCli(['check', '--nope', seed]).code, 2);
  assert.equal(runCli(['--help']).code, 0);
});

test('folders and globs: reports are checked, a README that is not a report is skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-cli-'));
  mkdirSync(join(dir, 'sub'));
  copyFileSync(seed, join(dir, 'sub', '2022年政府工作报告.md'));
  writeFileSync(join(dir, 'README.md'), '# 使用说明\n\n这个文件夹放报告草稿，不是报告本身\n\n第二段没有句号\n');
  const folder = JSON.parse(runCli(['check', '--format', 'json', dir]).out) as { files: Array<{ path: string }> };
  assert.deepEqual(
    folder.files.map((f) => f.path.replace(dir, '')),
    ['/sub/2022年政府工作报告.md'],
  );
  const glob = JSON.parse(runCli(['check', '--format', 'json', `${dir}/**/*.md`]).out) as {
    files: Array<{ path: string }>;
  };
  assert.deepEqual(
    glob.files.map((f) => f.path.replace(dir, '')),
    ['/sub/2022年政府工作报告.md'],
  );
  // Named explicitly, a file is always checked.
  const named = JSON.parse(runCli(['check', '--format', 'json', join(dir, 'README.md')]).out) as { files: unknown[] };
  assert.equal(named.files.length, 1);
});

test('a configuration file switches rules off; a broken one exits 2 and points at the problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-rc-'));
  const good = join(dir, 'good.json');
  writeFileSync(good, '// comments are allowed\n{ "rules": { "structure/broken-paragraph": "off" } }\n');
  const r = runCli(['check', '--format', 'json', '--config', good, seed]);
  const codes = (
    JSON.parse(r.out) as { files: Array<{ diagnostics: Array<{ code: string }> }> }
  ).files[0].diagnostics.map((d) => d.code);
  assert.ok(codes.length > 0 && !codes.includes('structure/broken-paragraph'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{ "rules": { "structure/broken-paragraph": "loud" } }');
  const b = runCli(['check', '--config', bad, seed]);
  assert.equal(b.code, 2);
  assert.match(b.err, /bad\.json:1:\d+ 错误 配置项“rules\.structure\/broken-paragraph”有误：应为 off、error/);
});

test('SARIF output validates against the SARIF 2.1.0 schema, with rule metadata and help URIs', () => {
  const schema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema's language pattern has a stray `]` that only non-unicode regular expressions accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const r = runCli(['check', '--format', 'sarif', seed]);
  const sarif = JSON.parse(r.out) as {
    version: string;
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
      results: Array<{ ruleId: string; ruleIndex: number }>;
    }>;
  };
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(sarif.version, '2.1.0');
  const rules = sarif.runs[0].tool.driver.rules;
  assert.ok(rules.length >= 21);
  for (const rule of rules) assert.match(rule.helpUri, /^file:.+docs\/rules\/.+\.md$/);
  for (const res of sarif.runs[0].results) assert.equal(rules[res.ruleIndex].id, res.ruleId);
  // And the validator does reject a broken log.
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false);
});

test('paths on the command line are relative to the current directory, not to the configuration file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-cli-paths-'));
  const rc = join(dir, '.govreportrc.json');
  writeFileSync(rc, '{}');
  const cwd = process.cwd();
  process.chdir(join(root, 'test', 'fixtures', 'glossaries'));
  try {
    const r = runCli(['check', '--config', rc, '--glossary', 'local.json', seed]);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    assert.ok(!r.err.includes('local.json'), `the glossary was not found: ${r.err}`);
  } finally {
    process.chdir(cwd);
  }
});
