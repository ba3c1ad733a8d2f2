/**
 * Adversarial inputs, each with a generous time bound (a guard against catastrophic
 * backtracking, which takes minutes, not a performance assertion: speed is measured by
 * `npm run bench`). Every finding stays inside the document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/core/check';
import type { SourceFormat } from '../../../server/src/core/model/parse';
import { configSchema } from '../../../server/src/core/config';
import { testEnvironment } from '../../helpers/environment';

const env = testEnvironment();
const config = configSchema.parse({ maxDocumentSize: 16 * 1024 * 1024 });
const MB = 1024 * 1024;
/** Generous: catastrophic backtracking or quadratic parsing takes minutes on these inputs. */
const BOUND_MS = 30_000;

function run(text: string, format: SourceFormat = 'markdown') {
  const r = checkText(text, env, { uri: 'file:///adv.md', format, config });
  for (const f of r.findings) assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, f.ruleId);
  return r;
}

const repeat = (s: string, chars: number) => s.repeat(Math.ceil(chars / s.length)).slice(0, chars);

const cases: Array<[string, () => string, SourceFormat?]> = [
  ['a 1 MB single line of Chinese', () => repeat('全年地区生产总值完成亿元增长稳就业', MB)],
  ['a 1 MB single line of digits', () => repeat('1234567890', MB)],
  ['digits separated by spaces and dots', () => repeat('1 2.3 4. 5 ', MB / 2)],
  ['100,000 unbalanced opening quotes', () => '“'.repeat(100_000)],
  ['100,000 unbalanced quotes with text', () => repeat('“六稳', 300_000)],
  ['quotes that never close before a long tail', () => '“' + repeat('十大工程', 200_000)],
  ['deeply nested block quotes', () => '> '.repeat(2000) + '内容'],
  ['deeply nested lists', () => Array.from({ length: 500 }, (_, i) => ' '.repeat(i * 2) + '- 一是内容').join('\n')],
  ['outline markers repeated', () => repeat('一是二是三是四是', MB / 2)],
  ['bracketed numerals repeated', () => repeat('（一）（二）(三)', MB / 2)],
  ['numbered lines', () => Array.from({ length: 50_000 }, (_, i) => `${i + 1}. “术语${i}”：释义`).join('\n\n')],
  ['growth phrases repeated', () => repeat('增长8.1%，下降-3%，提高5个百分点，增长1.5倍，', MB / 2)],
  ['分别 and 其中 chains', () => repeat('A、B、C分别增长5%、6%，其中', MB / 2)],
  ['amounts with multipliers', () => repeat('359.8亿元、1.2万亿元、95567户、', MB / 2)],
  [
    'years and datelines',
    () => repeat('——2022年1月25日在第十七届人民代表大会第二次会议上2023年是“十四五”开局之年。', MB / 2),
  ],
  ['numeral counts', () => repeat('十大重点民生保障工程以下八个方面工作：', MB / 2)],
  [
    'binary junk with NUL bytes',
    () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''),
  ],
  ['CRLF and mixed line endings', () => repeat('各位代表：\r\n\r\n一、2021年工作回顾\n\r\n段落，\r\r\n', MB / 4)],
  [
    'a BOM and zero-width characters',
    () => '\ufeff# 政府工作报告\n\n' + repeat('\u200b一是\u200c内容\u200d。\n\n', MB / 4),
  ],
  ['lone surrogates', () => repeat('\ud800孤\udfff立\ud83d', MB / 4)],
  ['only blank lines', () => '\n'.repeat(MB / 2)],
  ['Markdown emphasis soup', () => repeat('**_*`~[', MB / 4)],
  ['a plain-text file of one enormous line', () => repeat('，，，、、、；；', MB), 'plaintext'],
];

for (const [name, make, format] of cases) {
  test(`adversarial: ${name}`, () => {
    const text = make();
    const t0 = performance.now();
    run(text, format ?? 'markdown');
    const ms = performance.now() - t0;
    assert.ok(ms < BOUND_MS, `${name}: ${ms.toFixed(0)} ms`);
  });
}

test('documents over the size limit get one finding and no analysis', () => {
  const text = repeat('各位代表，', 6 * MB);
  const r = checkText(text, env, { uri: 'file:///big.md', format: 'markdown' });
  assert.equal(r.doc, undefined);
  assert.deepEqual(
    r.findings.map((f) => f.message),
    ['general.tooLarge'],
  );
});
