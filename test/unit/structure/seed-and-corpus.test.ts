/** The structure rules on the seed (exactly its real flaws) and the corpus (no false alarms). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runFixture } from '../../helpers/fixtures';
import { checkText } from '../../../server/src/core/check';
import { testEnvironment } from '../../helpers/environment';
import { outlineOf } from '../../../server/src/core/outline/outline';

const root = join(__dirname, '..', '..', '..');
const seedPath = join(root, 'seeds', 'yanhu-2022.md');
const STRUCTURE = [
  'structure/front-matter',
  'structure/part-order',
  'structure/numbering-sequence',
  'structure/numbering-style',
  'structure/year-mismatch',
  'structure/enumeration-count',
];
const lineOf = (range: string) => Number(range.split(':')[0]);

test('seed: exactly its structural flaws (§1.4 N1, N2, N4, N5), nothing else', () => {
  const { actual } = runFixture(seedPath, { rules: STRUCTURE });
  const got = actual.map((f) => `${lineOf(f.range)} ${f.severity} ${f.code}${f.fix ? ' +fix' : ''}`);
  assert.deepEqual(got, [
    '58 information structure/numbering-style', // N4 (一) plain
    '60 information structure/numbering-style', // N5 plain
    '62 information structure/numbering-style', // N5 plain
    '82 information structure/numbering-style', // N4 (三) plain
    '90 information structure/numbering-style', // N5 title-only
    '92 information structure/numbering-style', // N4 (四) title-only
    '94 information structure/numbering-style', // N5 title-only
    '122 information structure/numbering-style', // N4 (七) plain
    '144 warning structure/numbering-style +fix', // N1 (九) half-width
    '144 information structure/numbering-style', // N4 (九) plain
    '176 warning structure/numbering-style +fix', // N2 ### **三、…**
    '180 information structure/numbering-style', // N5 180 bold vs 184–188 plain
  ]);
  const bracket = actual.find((f) => f.range.startsWith('144:') && f.fix);
  assert.equal(bracket?.fix, '将“(九)”改为“（九）”');
});

test('seed: page-break splits and the duplication stay as they were (22 + 1)', () => {
  const { actual } = runFixture(seedPath, { rules: ['structure/broken-paragraph'] });
  assert.equal(actual.filter((f) => f.severity === 'warning').length, 22);
  assert.equal(actual.filter((f) => f.severity === 'error').length, 1);
  const lines = actual.map((f) => lineOf(f.range));
  for (const l of [3, 5, 6, 14, 44, 176, 196, 198]) assert.ok(!lines.includes(l), `no break at line ${l}`);
});

for (const y of ['2014', '2015', '2016', '2017', '2018', '2019']) {
  test(`corpus ${y}: no numbering, year, part-order or enumeration false alarms`, () => {
    const path = join(root, 'test', 'fixtures', 'corpus', `state-council-${y}.txt`);
    const { actual } = runFixture(path, { rules: STRUCTURE });
    const noisy = actual.filter((f) => f.code !== 'structure/front-matter');
    assert.deepEqual(noisy, []);
    // Wikisource dropped title, dateline and speaker in some years: only those may be reported.
    for (const f of actual) assert.match(f.message, /标题|题注|报告人|开场白|称呼/);
  });
}

test('bad input never crashes the structure rules', () => {
  const env = testEnvironment();
  const inputs = [
    '',
    '\n\n\n',
    '一、',
    '（',
    '(九',
    '一是'.repeat(5000),
    '：一是；'.repeat(3000),
    '## 一、\n\n## 相关注释\n\n1. ',
    'x'.repeat(200000),
    '——\n\n——2023年\n\n各位代表：\n\n',
    '（九十九）（一百）（）\n\n第一，第九十九，第一百，',
    '一、2023年工作回顾\n\n刚刚过去的9999年\n\n二、0000年工作安排\n\n0000年是“十四五”开局之年。',
  ];
  for (const text of inputs) {
    for (const format of ['markdown', 'plaintext'] as const) {
      const r = checkText(text, env, { uri: 'file:///bad', format });
      assert.ok(Array.isArray(r.findings));
      // The structure rules ran (a throwing rule is logged and dropped: none may throw).
      if (r.doc) outlineOf(r.doc);
    }
  }
});
