/** The outline from the numbering: seed, corpus and constructed cases. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportDocument, formatFromPath } from '../../../server/src/core/model/document';
import { outlineOf, type OutlineNode } from '../../../server/src/core/outline/outline';
import { detectMarker, detectInline } from '../../../server/src/core/outline/markers';
import { parseChineseNumeral, toChineseNumeral } from '../../../server/src/core/model/numerals';

const root = join(__dirname, '..', '..', '..');
const load = (p: string) => new ReportDocument('file://' + p, readFileSync(p, 'utf8'), formatFromPath(p));
const md = (text: string) => new ReportDocument('file:///t.md', text, 'markdown');
const seed = load(join(root, 'seeds', 'yanhu-2022.md'));
const line = (doc: ReportDocument, n: OutlineNode) => doc.lineNumber(n.headStart);
const brief = (n: OutlineNode) => `${n.kind}${n.inline ? '*' : ''}:${n.number ?? ''}`;

test('seed: three parts and the notes, ten sections, items per section', () => {
  const roots = outlineOf(seed).roots;
  assert.deepEqual(
    roots.map((r) => [r.kind, r.number, line(seed, r), r.name]),
    [
      ['part', 1, 14, '一、2021年工作回顾'],
      ['part', 2, 44, '二、2022 年工作安排'],
      ['part', 3, 176, '三、全面加强政府自身建设'],
      ['notes', undefined, 196, '相关注释'],
    ],
  );
  const sections = roots[1].children.filter((c) => c.kind === 'section');
  assert.deepEqual(
    sections.map((s) => s.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  assert.deepEqual(
    sections.map((s) => line(seed, s)),
    [58, 70, 82, 92, 100, 110, 122, 134, 144, 166],
  );
  assert.equal(sections[0].name, '（一）突出转型发展，着力构建现代产业新体系');
  assert.equal(sections[8].name, '(九)兜牢民生底线,不断满足人民群众新期待');
  // (九) is read as a section despite its half-width brackets: its items are its own.
  assert.deepEqual(
    sections.map((s) => s.children.length),
    [3, 3, 3, 3, 3, 3, 3, 3, 14, 3],
  );
  assert.equal(sections[0].children[0].name, '一是推动传统产业内涵集约发展');
  // Notes are a leaf: their 1.–35. entries are notes, not outline.
  assert.equal(roots[3].children.length, 0);
});

test('seed: the 十大重点民生保障工程 list split by a page break has ten items', () => {
  const nine = outlineOf(seed).roots[1].children[8];
  const list = nine.children.filter((c) => line(seed, c) >= 160);
  assert.deepEqual(
    list.map((n) => n.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  assert.equal(new Set(list.map((n) => n.runKey)).size, 1);
  assert.deepEqual(
    list.map((n) => line(seed, n)),
    [160, 160, 160, 160, 160, 160, 160, 162, 162, 162],
  );
});

test('seed: review items, inline problems list, self-building items', () => {
  const [review, , self] = outlineOf(seed).roots;
  assert.deepEqual(review.children.map(brief), [
    'shi:1',
    'shi:2',
    'shi:3',
    'shi:4',
    'shi:5',
    'shi:6',
    'shi*:1',
    'shi*:2',
    'shi*:3',
    'shi*:4',
  ]);
  assert.deepEqual(self.children.map(brief), ['shi:1', 'shi:2', 'shi:3', 'shi:4']);
  assert.equal(self.children[0].name, '一是强化政治引领，提升政治能力');
});

test('ranges: a part covers its sections; a section ends before the next', () => {
  const plan = outlineOf(seed).roots[1];
  const [s1, s2] = plan.children;
  assert.ok(plan.start <= s1.start && s1.end <= plan.end);
  assert.ok(s1.end < s2.start);
  assert.equal(seed.lineNumber(s1.end), 68);
  assert.equal(seed.lineNumber(plan.end), 174);
});

test('markers: every level, both bracket widths, stray marks', () => {
  const k = (t: string) => {
    const m = detectMarker(t, false);
    return m && `${m.kind}:${m.number ?? ''}`;
  };
  assert.equal(k('（一）推动产业升级。'), 'section:1');
  assert.equal(k('(九)兜牢民生底线'), 'section:9');
  assert.equal(k('（九十九）某项工作。'), 'section:99');
  assert.equal(k('一是推动产业升级。'), 'shi:1');
  assert.equal(k('十二要加快发展。'), 'yao:12');
  assert.equal(k('第三，着力提质增效。'), 'di:3');
  assert.equal(k('3. 推进改革。'), 'arabic:3');
  assert.equal(k('（2）推进改革。'), 'paren:2');
  assert.equal(k('(2)推进改革。'), 'paren:2');
  assert.equal(k('——经济运行稳中向好。'), 'dash:');
  assert.equal(k('2022 年是关键之年。'), undefined);
  assert.equal(k('2.5万亿元'), undefined);
  assert.equal(k('统一要求'), undefined);
  assert.deepEqual(detectMarker('（一）、推动', false)?.stray, [3, 4]);
  assert.deepEqual(detectMarker('一、 2023年工作回顾', true)?.stray, [2, 3]);
  assert.deepEqual(
    detectInline('存在困难：一是A；二是B。第三，C').map((m) => `${m.kind}:${m.number}`),
    ['shi:1', 'shi:2', 'di:3'],
  );
  assert.deepEqual(
    detectInline('一是开头不算；二是算'),
    detectInline('一是开头不算；二是算').filter((m) => m.start > 0),
  );
});

test('Chinese numerals up to 九十九 both ways', () => {
  for (let n = 1; n <= 99; n++) assert.equal(parseChineseNumeral(toChineseNumeral(n)), n, String(n));
  assert.equal(parseChineseNumeral('二十一'), 21);
  assert.equal(parseChineseNumeral('九十九'), 99);
});

test('runs restart under a new parent; inline items continue a paragraph-initial item', () => {
  const doc = md(
    [
      '# 政府工作报告',
      '',
      '各位代表：',
      '',
      '## 一、2023年工作回顾',
      '',
      '一是甲。二是乙。三是丙。',
      '',
      '## 二、2024年工作安排',
      '',
      '（一）推动产业。',
      '',
      '一是A。',
      '',
      '二是B。',
      '',
      '（二）改善民生。',
      '',
      '一是C。',
      '',
    ].join('\n'),
  );
  const [review, plan] = outlineOf(doc).roots;
  assert.deepEqual(review.children.map(brief), ['shi:1', 'shi*:2', 'shi*:3']);
  assert.equal(new Set(review.children.map((c) => c.runKey)).size, 1);
  const [s1, s2] = plan.children;
  assert.deepEqual(s1.children.map(brief), ['shi:1', 'shi:2']);
  assert.deepEqual(s2.children.map(brief), ['shi:1']);
  assert.notEqual(s1.children[0].runKey, s2.children[0].runKey);
});

test('levels nest whatever the markup: plain paragraphs, headings, list items', () => {
  const doc = md(
    [
      '各位代表：',
      '',
      '一、2023年工作回顾',
      '',
      '### （一）产业',
      '',
      '1. 第一条',
      '',
      '（1）细项',
      '',
      '2. 第二条',
      '',
    ].join('\n'),
  );
  const [part] = outlineOf(doc).roots;
  assert.equal(part.kind, 'part');
  const [sec] = part.children;
  assert.equal(sec.kind, 'section');
  assert.deepEqual(sec.children.map(brief), ['arabic:1', 'arabic:2']);
  assert.deepEqual(sec.children[0].children.map(brief), ['paren:1']);
});

const corpus = ['2014', '2015', '2016', '2017', '2018', '2019'];
const expectedParts: Record<string, string[]> = {
  '2014': ['review', 'plan', 'plan'],
  '2015': ['review', 'plan', 'other', 'other', 'other', 'selfBuilding'],
  '2016': ['review', 'plan', 'plan'],
  '2017': ['review', 'plan', 'plan'],
  '2018': ['review', 'plan', 'plan'],
  '2019': ['review', 'plan', 'plan'],
};
const expectedSections: Record<string, number[]> = {
  '2014': [0, 0, 9],
  '2015': [0, 0, 0, 0, 0, 0],
  '2016': [0, 0, 8],
  '2017': [0, 0, 9],
  '2018': [9, 0, 9],
  '2019': [0, 0, 10],
};
for (const y of corpus) {
  test(`corpus ${y}: parts and sections recognised`, () => {
    const doc = load(join(root, 'test', 'fixtures', 'corpus', `state-council-${y}.txt`));
    assert.deepEqual(
      doc.parts.map((p) => p.role),
      expectedParts[y],
    );
    const roots = outlineOf(doc).roots;
    assert.deepEqual(
      roots.map((r) => r.children.filter((c) => c.kind === 'section').length),
      expectedSections[y],
    );
    for (const r of roots) {
      const nums = r.children.filter((c) => c.kind === 'section').map((c) => c.number);
      assert.deepEqual(
        nums,
        nums.map((_, i) => i + 1),
        `${y} ${r.name}`,
      );
    }
  });
}
