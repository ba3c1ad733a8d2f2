/** Why a file could not be read: worded in the reader's language, not fixed in Chinese. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileErrorReason } from '../../../server/src/node/files';
import { encodingLabel } from '../../../server/src/node/encoding';
import { formatMessage } from '../../../server/src/core/messages/catalogue';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnvironmentProblem } from '../../../server/src/node/sources';
import { loadTemplate } from '../../../server/src/node/template';
import { loadRc } from '../../../server/src/node/rcfile';

const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });

test('a missing file: the reason in the message follows the locale', () => {
  const args = { path: 'x.json', reason: fileErrorReason(missing) };
  assert.match(formatMessage('cli.fileError', args, 'zh-cn'), /文件不存在/);
  const en = formatMessage('cli.fileError', args, 'en');
  assert.match(en, /does not exist/);
  assert.doesNotMatch(en, /文件不存在/);
});

test('an encoding with a BOM is named in the reader’s language', () => {
  const label = encodingLabel({ encoding: 'utf-8', bom: true });
  assert.match(formatMessage('files.reason.notClean', { encoding: label }, 'zh-cn'), /UTF-8（带 BOM）/);
  assert.match(formatMessage('files.reason.notClean', { encoding: label }, 'en'), /UTF-8 \(with BOM\)/);
});

/**
 * Every problem with a configured file, worded in both locales: the English has no Chinese
 * but the file's name and quoted examples.
 */
function bothLocales(problems: EnvironmentProblem[]): { zh: string[]; en: string[] } {
  const zh = problems.map((p) => formatMessage(p.key, p.args, 'zh-cn'));
  const en = problems.map((p) => formatMessage(p.key, p.args, 'en'));
  for (const [i, text] of en.entries())
    assert.doesNotMatch(
      text
        .split(problems[i].path)
        .join('')
        .replace(/“[^”]*”/g, ''),
      /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/,
      text,
    );
  // The log's Chinese is the same message.
  assert.deepEqual(
    problems.map((p) => p.message),
    zh,
  );
  return { zh, en };
}

test('a template that cannot be used: the reason (zod issues, no parts, encoding) in the reader’s language', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-reasons-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cases: Array<[string, string | Buffer, RegExp, RegExp]> = [
    ['bad.json', '{"parts": 3}', /parts：应为列表/, /parts: expected a list/],
    ['bad-syntax.json', '{"parts": [', /JSON 格式有误（第 1 行附近）/, /invalid JSON \(near line 1\)/],
    ['plain.md', '这只是一段话。\n', /不像一份政府工作报告：?/, /does not read as a government work report\./],
    [
      'mixed.md',
      Buffer.concat([Buffer.from('政府工作报告\n'), Buffer.from([0x80, 0xff, 0x80])]),
      /无法识别.*编码.*有 \d+ 处乱码/,
      /cannot be used: cannot tell the encoding.*; \d+ characters are unreadable/,
    ],
  ];
  for (const [name, content, zh, en] of cases) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const problems: EnvironmentProblem[] = [];
    loadTemplate({ log: () => {}, templatePath: path }, undefined, problems);
    assert.equal(problems.length, 1, name);
    const text = bothLocales(problems);
    assert.match(text.zh[0], zh);
    assert.match(text.en[0], en);
    // A reason inside the sentence loses its own full stop.
    assert.doesNotMatch(text.zh[0], /。。|。：/);
    assert.doesNotMatch(text.en[0], /\.\./);
    assert.doesNotMatch(text.en[0], /used: [A-Z][a-z]/, 'a reason inside the sentence starts in lower case');
  }
});

test('an unreadable rc file says so (not “not valid JSON”), in either locale', () => {
  const loaded = loadRc(join(tmpdir(), 'govreport-no-such-dir', '.govreportrc.json'));
  assert.deepEqual(
    loaded.problems.map((p) => p.message),
    ['config.unreadable'],
  );
  const p = loaded.problems[0];
  assert.match(formatMessage(p.message, p.args, 'zh-cn'), /无法读取配置文件：文件不存在。/);
  assert.match(formatMessage(p.message, p.args, 'en'), /cannot be read: the file does not exist\./);
});
