/**
 * Problems with the file named by --baseline reach every output format (issue 13 item 11):
 * stderr, the JSON `problems` list and SARIF's tool configuration notifications, in the
 * chosen language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../../helpers/cli';

const root = join(__dirname, '..', '..', '..');
const seed = join(root, 'seeds', 'yanhu-2022.md');

const dir = mkdtempSync(join(tmpdir(), 'govreport-baseline-'));
const undated = join(dir, '上年报告.md');
writeFileSync(undated, '# 政府工作报告\n\n各位代表：\n\n一、工作回顾\n\n地区生产总值增长 8%。\n');
const missing = join(dir, '没有这个文件.md');

test('a baseline without a dateline: stderr, JSON problems and SARIF notifications say so', () => {
  const json = runCli(['check', '--format', 'json', '--lang', 'zh-cn', '--baseline', undated, seed]);
  assert.match(json.err, /上年报告\.md.+找不到落款日期/);
  const parsed = JSON.parse(json.out) as {
    files: unknown[];
    problems: Array<{ path: string; severity: string; message: string }>;
  };
  assert.equal(parsed.problems.length, 1);
  assert.equal(parsed.problems[0].path, undated);
  assert.equal(parsed.problems[0].severity, 'warning');
  assert.match(parsed.problems[0].message, /找不到落款日期/);

  const schema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '--lang', 'en', '--baseline', missing, seed]).out) as {
    runs: Array<{
      invocations?: Array<{
        toolConfigurationNotifications: Array<{
          level: string;
          message: { text: string };
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    }>;
  };
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  const notes = sarif.runs[0].invocations?.[0].toolConfigurationNotifications ?? [];
  assert.equal(notes.length, 1);
  assert.equal(notes[0].level, 'warning');
  assert.match(notes[0].message.text, /^Last year’s report .+ was not found/);
  assert.match(notes[0].locations[0].physicalLocation.artifactLocation.uri, /^file:.+\.md$/);
});

test('without problems the JSON output keeps only its files', () => {
  const parsed = JSON.parse(runCli(['check', '--format', 'json', seed]).out) as Record<string, unknown>;
  assert.deepEqual(Object.keys(parsed), ['files']);
});
