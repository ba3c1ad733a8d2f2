/**
 * Text typed in the other width: full-width digits (２０２２年, Word's full-width mode) are read
 * as digits, straight double quotes ("六稳", half-width mode) as “ and ”: the same findings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/core/check';
import { ReportDocument } from '../../../server/src/core/model/document';
import { testEnvironment } from '../../helpers/environment';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'yanhu-2022.md'), 'utf8');
/** Every digit full-width, and every point between two digits. */
const fullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(?<=[０-９])\.(?=[０-９])/g, '．');

test('the seed in full-width digits gets the findings of the seed, at the same places', () => {
  const env = testEnvironment();
  const key = (f: { ruleId: string; message: string; start: number; end: number; args: object }) =>
    `${f.ruleId} ${f.message} ${f.start}-${f.end} ${JSON.stringify(f.args)}`;
  const half = checkText(seed, env, { uri: 'file:///r/2022.md', format: 'markdown' }).findings.map(key);
  const full = checkText(fullWidth(seed), env, { uri: 'file:///r/2022.md', format: 'markdown' }).findings.map(key);
  assert.deepEqual(full, half);
});

test('block text reads full-width digits and decimal points as ASCII, one character for one', () => {
  const doc = new ReportDocument('file:///r.txt', '地区生产总值３５９．８亿元，增长８．１％。三．工作\n', 'plaintext');
  const b = doc.blocks[0];
  assert.equal(b.text, '地区生产总值359.8亿元，增长8.1％。三．工作');
  // Each character still maps to its own source character.
  for (let i = 0; i < b.text.length; i++) assert.equal(b.sourceOffset(i), i);
});

test('a year fix in full-width digits writes full-width digits', () => {
  const text = seed.replace('刚刚过去的2021年', '刚刚过去的２０２０年');
  const f = checkText(text, testEnvironment(), { uri: 'file:///r/2022.md', format: 'markdown' }).findings.find(
    (x) => x.ruleId === 'structure/year-mismatch',
  );
  assert.equal(f?.args.year, 2020);
  assert.deepEqual(
    f?.fix?.edits.map((e) => [text.slice(e.start, e.end), e.newText]),
    [['２０２０', '２０２１']],
  );
});

test('straight double quotes pair up as “ and ” in a block, one character for one', () => {
  const doc = new ReportDocument('file:///r.txt', '扎实做好"六稳"工作、落实"六保"任务。\n', 'plaintext');
  assert.equal(doc.blocks[0].text, '扎实做好“六稳”工作、落实“六保”任务。');
  const env = testEnvironment();
  const report = [
    '政府工作报告',
    '——2024年1月10日在某县第十八届人民代表大会第二次会议上',
    '各位代表：',
    '一、2023年工作回顾',
    '建成"两区三园"，推进"三项保障"。',
    '相关注释',
    '1. "两区三园"：开发区、产业园区的统称。',
    '2. "三项保障"：教育、医疗、养老保障。',
  ].join('\n\n');
  const terms = checkText(report, env, { uri: 'file:///r.txt', format: 'plaintext' }).findings.filter((f) =>
    f.ruleId.startsWith('terms/'),
  );
  assert.deepEqual(
    terms.map((f) => `${f.ruleId} ${f.message}`),
    [],
  );
  // The same report with its quotes straight gets the findings of the curly one.
  const curly = report.replace(/"([^"]*)"/g, '“$1”');
  const missing = (t: string) =>
    checkText(t.replace('"三项保障"：教育', '"三项"：教育').replace('“三项保障”：教育', '“三项”：教育'), env, {
      uri: 'file:///r.txt',
      format: 'plaintext',
    }).findings.map((f) => `${f.ruleId} ${f.message} ${f.start}`);
  assert.deepEqual(missing(report), missing(curly));
  assert.ok(missing(report).some((f) => f.startsWith('terms/undefined')));
});

test('half-width punctuation: a point after Chinese ends a sentence, one in a number does not', () => {
  const env = testEnvironment();
  const breaks = (text: string) =>
    checkText(text, env, { uri: 'file:///r.txt', format: 'plaintext' })
      .findings.filter((f) => f.ruleId === 'structure/broken-paragraph')
      .map((f) => f.args.line1);
  // Closed paragraphs (.), a numbered line that is a sentence (not a heading), the split
  // 细颗|颗粒物 (a break and its repeated 颗), and the split number 6.|5%.
  const text = [
    '各位代表:',
    '现在,我代表区人民政府向大会报告工作,请予审议.',
    '一年来,政府服务水平不断提高.',
    '一年来,统计、档案等工作都取得了新成绩.',
    '一是强化污染防治攻坚.打好蓝天保卫战,协同控制细颗',
    '颗粒物污染.',
    '全年地区生产总值完成359.8亿元,增长6.',
    '5%,城乡居民收入稳步提高.',
  ].join('\n\n');
  assert.deepEqual(breaks(text), [9, 9, 13]);
  // The same text with Chinese punctuation finds the same breaks.
  const chinese = text
    .replace(/(?<![0-9])\.(?![0-9])/g, '。')
    .replace(/,/g, '，')
    .replace(/:/g, '：');
  assert.deepEqual(breaks(chinese), [9, 9, 13]);
});
