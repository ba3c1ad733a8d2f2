/** core/facts: front matter of every level of government, the report year, the place. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportDocument } from '../../../server/src/core/model/document';
import { checkText } from '../../../server/src/core/check';
import { currentPlan, planStart } from '../../../server/src/core/facts/five-year';
import { testEnvironment } from '../../helpers/environment';

const root = join(__dirname, '..', '..', '..');
const doc = (text: string) => new ReportDocument('file:///r.txt', text, 'plaintext');
const head = (...lines: string[]) =>
  doc(
    [
      ...lines,
      '各位代表：',
      '现在，我代表省人民政府，向大会报告工作，请予审议。',
      '一、2025年工作回顾',
      '过去一年，我们做了很多工作。',
    ].join('\n\n'),
  );

test('speaker lines of every level, acting or not, spaced names, split over two lines', () => {
  const cases: Array<[string[], { org: string; post: string; acting: boolean; name: string }]> = [
    [
      ['运城市盐湖区人民政府代区长 彭梦森'],
      { org: '运城市盐湖区人民政府', post: '区长', acting: true, name: '彭梦森' },
    ],
    [['自治区主席 韦 韬'], { org: '', post: '自治区主席', acting: false, name: '韦韬' }],
    [['自治区主席 艾尔肯·吐尼亚孜'], { org: '', post: '自治区主席', acting: false, name: '艾尔肯·吐尼亚孜' }],
    [['省长　王予波'], { org: '', post: '省长', acting: false, name: '王予波' }],
    [['海拉尔区人民政府区长　　张天喜'], { org: '海拉尔区人民政府', post: '区长', acting: false, name: '张天喜' }],
    [['某县人民政府代县长 李四'], { org: '某县人民政府', post: '县长', acting: true, name: '李四' }],
    [['某旗人民政府旗长 王五'], { org: '某旗人民政府', post: '旗长', acting: false, name: '王五' }],
    [['某州人民政府州长 赵六'], { org: '某州人民政府', post: '州长', acting: false, name: '赵六' }],
    [['国务院总理', '李克强'], { org: '国务院', post: '总理', acting: false, name: '李克强' }],
  ];
  for (const [lines, want] of cases) {
    const d = head('政府工作报告', '——2026年1月26日在某地第十四届人民代表大会第四次会议上', ...lines);
    const s = d.front.speaker;
    assert.ok(s, lines.join('|'));
    assert.deepEqual({ org: s.org, post: s.post, acting: s.acting, name: s.name }, want, lines.join('|'));
    assert.equal(d.front.salutation?.text, '各位代表：');
  }
});

test('datelines with ——, --, ――, parentheses, Chinese digits or no dash; titles of every form', () => {
  for (const line of [
    '——2026年2月5日在安徽省第十四届人民代表大会第四次会议上',
    '----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上',
    '--2014年2月19日在海拉尔区第十四届人民代表大会第三次会议上',
    '――2026年1月27日在青海省第十四届人民代表大会第四次会议上',
    '（2026年1月27日在某县第十八届人民代表大会第五次会议上）',
    '——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上',
    '2026年1月14日在浙江省第十四届人民代表大会第四次会议上',
  ]) {
    const d = head('政府工作报告', line, '省长 某某');
    assert.equal(d.dateline?.year, 2026 - (line.includes('2012') ? 14 : line.includes('2014') ? 12 : 0), line);
  }
  for (const title of [
    '政府工作报告',
    '政 府 工 作 报 告',
    '2026年××省政府工作报告',
    '2026年广西壮族自治区政府工作报告',
    '**政府工作报告**',
  ]) {
    assert.ok(head(title, '——2026年1月26日在某省第十四届人民代表大会第四次会议上').front.title, title);
  }
});

test('the place comes from the dateline, else the title, else the speaker line', () => {
  assert.equal(
    head('政府工作报告', '——2022年1月25日在运城市盐湖区第十七届人民代表大会第二次会议上').place?.unit,
    '盐湖区',
  );
  assert.equal(head('2026年安徽省政府工作报告').place?.unit, '安徽省');
  assert.equal(head('政府工作报告', '海拉尔区人民政府区长　张天喜').place?.unit, '海拉尔区');
  assert.equal(
    head('政府工作报告', '——2017年3月5日在第十二届全国人民代表大会第五次会议上', '国务院总理', '李克强').place
      ?.national,
    true,
  );
  assert.equal(head('政府工作报告', '省长 某某').place, undefined);
});

test('the report year is what most statements say; the dateline alone does not outvote them', () => {
  const seed = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');
  const d = new ReportDocument('file:///s.md', seed.replace('——2022年', '——2023年'), 'markdown');
  assert.equal(d.reportYear, 2022);
  assert.deepEqual(
    d.year!.disagreements.map((c) => [c.what, c.year, c.expected]),
    [['dateline', 2023, 2022]],
  );
  // The case: the year-mismatch warning and nothing else about years or growth.
  const r = checkText(seed.replace('——2022年', '——2023年'), testEnvironment(), {
    uri: 'file:///s.md',
    format: 'markdown',
  });
  const base = checkText(seed, testEnvironment(), { uri: 'file:///s.md', format: 'markdown' });
  const key = (f: { ruleId: string; message: string }) => `${f.ruleId} ${f.message}`;
  const added = r.findings.filter((f) => !base.findings.some((g) => key(g) === key(f)));
  assert.deepEqual(
    added.map((f) => `${f.ruleId} ${f.message}`),
    ['structure/year-mismatch structure/year-mismatch.datelineAhead'],
  );
  // A dateline a year ahead may be next year's report begun from this one: its fix is only
  // offered, never applied by 修复所有 (which would undo the drafter's new year).
  assert.equal(added[0].fix?.safe, false);
  const behind = checkText(seed.replace('——2022年', '——2021年'), testEnvironment(), {
    uri: 'file:///s.md',
    format: 'markdown',
  }).findings.find((f) => f.ruleId === 'structure/year-mismatch');
  assert.equal(behind?.message, 'structure/year-mismatch.dateline');
  assert.equal(behind?.fix?.safe, true);
  // Without a dateline the title's year counts.
  assert.equal(head('2026年安徽省政府工作报告').reportYear, 2026);
});

test('five-year plans', () => {
  assert.equal(planStart(14), 2021);
  assert.equal(currentPlan(2023), '十四五');
  assert.equal(currentPlan(2026), '十五五');
});

test('a text from the salutation on is one note, not three missing elements; the usual forms raise nothing', () => {
  const env = testEnvironment();
  const fm = (text: string) =>
    checkText(text, env, { uri: 'file:///r.txt', format: 'plaintext' }).findings.filter(
      (f) => f.ruleId === 'structure/front-matter',
    );
  const body =
    '各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n一、2013年工作回顾\n\n过去一年很不平凡。\n\n二、2014年工作总体部署\n\n今年要做好以下工作。';
  assert.deepEqual(
    fm(body).map((f) => [f.severity, f.message]),
    [['information', 'structure/front-matter.noFrontMatter']],
  );
  const full = [
    '2026年安徽省政府工作报告',
    '——2026年2月5日在安徽省第十四届人民代表大会第四次会议上',
    '省人民政府省长 王清宪',
    body.replace('国务院', '省人民政府'),
  ].join('\n\n');
  assert.deepEqual(fm(full), []);
  // The message names the element in general terms, never the built-in report.
  const noSpeaker = fm(full.replace('省人民政府省长 王清宪\n\n', ''));
  assert.equal(noSpeaker.length, 1);
  assert.doesNotMatch(JSON.stringify(noSpeaker[0].args), /盐湖|彭梦森|种子/);
});

test("the built-in report's local notes apply only to a report of its place", () => {
  const env = testEnvironment();
  const text = (meeting: string) =>
    [
      '政府工作报告',
      `——2023年1月10日在${meeting}第十八届人民代表大会第二次会议上`,
      '各位代表：',
      '一、2022年工作回顾',
      '大力实施“415”战略，打造“合汽生材”新兴产业地标。',
    ].join('\n\n');
  const undefinedFixes = (meeting: string) =>
    checkText(text(meeting), env, { uri: 'file:///r.txt', format: 'plaintext' })
      .findings.filter((f) => f.ruleId === 'terms/undefined' && f.args.term !== undefined)
      .map((f) => [f.args.term, f.fix?.message]);
  // 盐湖区: the seed's definitions are offered.
  assert.deepEqual(undefinedFixes('运城市盐湖区'), [
    ['415', 'terms/undefined.fixFromSeed'],
    ['合汽生材', 'terms/undefined.fixFromSeed'],
  ]);
  // Another place: never another place's definition.
  for (const [, fix] of undefinedFixes('某县')) assert.notEqual(fix, 'terms/undefined.fixFromSeed');
});
