/** Figure statement extraction, one statement at a time, on the seed and on constructed text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportDocument } from '../../../server/src/core/model/document';
import { documentFigures } from '../../../server/src/core/figures/document';
import { extractParagraph } from '../../../server/src/core/figures/extract';
import { growthInterval, halfUnit } from '../../../server/src/core/figures/numbers';

const seedText = readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'yanhu-2022.md'), 'utf8');
const seed = new ReportDocument('file:///seed.md', seedText, 'markdown');
const figures = documentFigures(seed).figures;

function find(indicatorId: string, role: 'actual' | 'target') {
  return figures.filter((f) => f.stmt.indicator?.id === indicatorId && f.role === role);
}

const levelAndGrowth: Array<[string, string, number, string, number]> = [
  ['gdp', '地区生产总值', 359.8e8, '亿元', 8.1],
  ['revenue-general', '一般公共预算收入', 14.1e8, '亿元', 11.1],
  ['industry-va-above', '规模以上工业增加值', 20.2e8, '亿元', 14.1],
  ['retail', '社会消费品零售总额', 292.6e8, '亿元', 15.8],
  ['investment', '固定资产投资', 127.9e8, '亿元', 13.1],
  ['income-urban', '城镇居民人均可支配收入', 38103, '元', 7.5],
  ['income-rural', '农村居民人均可支配收入', 16326, '元', 10.9],
  ['market-entities', '市场主体', 95567, '户', 16.2],
];

for (const [id, subject, value, unit, growth] of levelAndGrowth) {
  test(`seed: ${subject} ${value / (unit === '亿元' ? 1e8 : 1)} ${unit}, growth ${growth}%`, () => {
    const [f, ...rest] = find(id, 'actual');
    assert.ok(f, `${subject} extracted`);
    assert.equal(rest.length, 0);
    assert.equal(f.stmt.subject, subject);
    assert.equal(f.year, 2021);
    assert.ok(Math.abs(f.stmt.level!.value - value) < 1e-6 * value);
    assert.equal(f.stmt.level!.unit, unit);
    assert.equal(f.stmt.level!.bound, 'exact');
    assert.equal(f.stmt.change!.printed, growth);
    assert.equal(f.stmt.change!.direction, 1);
    assert.equal(f.stmt.change!.changeUnit, 'percent');
    assert.equal(seedText.slice(f.start, f.start + subject.length), subject, 'source range starts at the subject');
  });
}

test('seed: 市场主体 growth is 同比', () => {
  assert.equal(find('market-entities', 'actual')[0].stmt.change!.yoy, true);
});

test('seed: the five targets of the plan part (L50) are 2022 targets', () => {
  const targets: Array<[string, number]> = [
    ['gdp', 8.5],
    ['industry-va-above', 8],
    ['investment', 11.2],
    ['retail', 10],
    ['revenue-general', 7],
  ];
  for (const [id, g] of targets) {
    const plain = find(id, 'target').filter((f) => f.stmt.scope === '');
    assert.equal(plain.length, 1, id);
    assert.equal(plain[0].year, 2022);
    assert.equal(plain[0].stmt.change!.printed, g);
    assert.equal(plain[0].stmt.level, undefined);
  }
});

test('seed: 高新区规上工业增加值增速达15%以上 is another scope and a bound', () => {
  const f = find('industry-va-above', 'target').find((x) => x.stmt.scope !== '')!;
  assert.equal(f.stmt.scope, '高新区');
  assert.equal(f.stmt.change!.bound, 'atLeast');
});

test('seed: the two 分别 lists', () => {
  const lists = documentFigures(seed).lists.map((l) => l.list);
  assert.equal(lists.length, 2);
  assert.deepEqual(lists[0].subjects, ['“煤改电”', '“煤改气”']);
  assert.deepEqual(
    lists[0].values.map((v) => v.value),
    [9109, 4270],
  );
  assert.deepEqual(lists[1].subjects, ['治安', '刑事案件']);
  assert.deepEqual(
    lists[1].values.map((v) => v.printed),
    [45.2, 25.1],
  );
  const listed = figures.filter((f) => f.stmt.listed && f.stmt.change);
  assert.deepEqual(
    listed.map((f) => [f.stmt.subject, f.stmt.change!.verb, f.stmt.change!.printed]),
    [
      ['治安', '下降', 45.2],
      ['刑事案件', '下降', 25.1],
    ],
  );
});

test('seed: 民生支出 27.8 亿元，占财政总支出的 82.4% is one statement with a share', () => {
  const f = find('welfare-spending', 'actual')[0];
  assert.equal(f.stmt.level!.printed, 27.8);
  assert.equal(f.stmt.share!.whole, '财政总支出');
  assert.equal(f.stmt.share!.amount.printed, 82.4);
});

test('numbers with and without spaces, multipliers and units', () => {
  const a = extractParagraph(
    '全年地区生产总值完成359.8亿元，增长8.1%；国内生产总值达到114万亿元，增长8.1%；粮食总产量达 1.5 亿公斤。',
  ).statements;
  assert.equal(a[0].level!.value, 359.8e8);
  assert.equal(a[1].level!.value, 114e12);
  assert.equal(a[1].level!.half, 0.5e12);
  assert.equal(a[2].level!.dimension, 'kg');
  assert.equal(a[2].level!.value, 1.5e8);
});

test('bounds: 超过/突破/以上/多/近/左右', () => {
  const s = extractParagraph(
    '市场主体超过1.6亿户。城镇新增就业1100万人以上。转办事项8900余件。粮食产量近1.4万亿斤。国内生产总值增长5%左右。',
  ).statements;
  assert.deepEqual(
    s.map((x) => (x.level ?? x.change)!.bound),
    ['atLeast', 'atLeast', 'atLeast', 'atMost', 'about'],
  );
});

test('changes: 个百分点, 倍, 年均, 增长到, 比上年增加, 由…到', () => {
  const s = extractParagraph(
    '城镇化率提高1.2个百分点。财政收入达到5.13万亿元，增长1.71倍。国内生产总值年均增长7.1%。全国一般公共预算收入5955亿元，比上年增加1637亿元，增长37.9%。财政收入从11.7万亿元增加到17.3万亿元。',
  ).statements;
  assert.equal(s[0].change!.changeUnit, 'points');
  assert.equal(s[1].change!.changeUnit, 'times');
  assert.equal(s[2].change!.annualAvg, true);
  assert.equal(s[3].increment!.printed, 1637);
  assert.equal(s[4].from!.printed, 11.7);
  assert.equal(s[4].level!.printed, 17.3);
});

test('ranges and negative signs', () => {
  const s = extractParagraph('国内生产总值增长6%－6.5%。工业用电量增长-3.2%。').statements;
  assert.equal(s[0].change!.bound, 'about');
  assert.equal(s[0].level, undefined);
  assert.ok(s[1].change!.minus);
});

test('其中 parts: total, parts with the same head noun, not an unrelated figure', () => {
  const g = extractParagraph(
    '财政赤字2.38万亿元，其中中央财政赤字1.55万亿元，地方财政赤字8300亿元。城镇新增就业1000人，其中高校毕业生300人，转移农村劳动力5000人。',
  ).parts;
  assert.equal(g.length, 2);
  assert.deepEqual(
    g[0].parts.map((p) => p.subject),
    ['中央财政赤字', '地方财政赤字'],
  );
  assert.deepEqual(
    g[1].parts.map((p) => p.subject),
    ['高校毕业生'],
  );
});

test('indicator used as a modifier is not the subject (单位国内生产总值能耗)', () => {
  const s = extractParagraph('单位国内生产总值能耗下降5.6%。').statements;
  assert.equal(s[0].indicator, undefined);
});

test('precision: half a unit of the last digit, lenient for trailing zeros', () => {
  assert.equal(halfUnit('14.1'), 0.05);
  assert.equal(halfUnit('95567'), 0.5);
  assert.equal(halfUnit('4800'), 50);
  const g = growthInterval({ lo: 14.05, hi: 14.15 }, { lo: 15.15, hi: 15.25 })!;
  assert.ok(g.lo > 7.0 && g.lo < 7.1 && g.hi > 8.5 && g.hi < 8.6);
});

test('per-paragraph results are memoised on the block', () => {
  const again = new ReportDocument('file:///seed.md', seedText + '\n新增一段。\n', 'markdown');
  // Same content, new document: the memo follows the block data only when the parse cache is shared,
  // so check the memo on one document: a second call returns the same object.
  const p = seed.repaired.find((x) => x.text.includes('359.8'))!;
  const first = p.blocks[0].memo('figures', () => extractParagraph(p.text));
  assert.equal(
    p.blocks[0].memo('figures', () => extractParagraph(p.text)),
    first,
  );
  assert.ok(documentFigures(again).figures.length >= figures.length);
});

test('bad input never crashes', () => {
  for (const t of [
    '',
    '%%%',
    '增长-',
    '1'.repeat(100000) + '亿元',
    '\u0000\u0001',
    '分别分别、、、1%、2%',
    '其中其中1人',
    '由由到到',
  ]) {
    assert.doesNotThrow(() => extractParagraph(t));
  }
});
