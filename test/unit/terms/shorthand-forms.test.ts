/**
 * What a defined shorthand is, on the forms real reports use (issue 13 item 5), and the
 * items a note's definition lists (item 9). Snippets are copied from real reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNumericShorthand } from '../../../server/src/core/terms/shorthand';
import { countReadings } from '../../../server/src/core/terms/count';
import { createTermsEnvironment } from '../../../server/src/core/terms/glossary';
import { nationalGlossary } from '../../../server/src/core/terms/national-glossary';
import { analyzeTerms } from '../../../server/src/core/terms/analysis';
import { ReportDocument } from '../../../server/src/core/model/document';
import { checkText } from '../../../server/src/core/check';
import type { CheckEnvironment } from '../../../server/src/core/environment';
import type { GlossaryEntry } from '../../../server/src/core/terms/types';
import { testEnvironment } from '../../helpers/environment';

const HEAD =
  '# 政府工作报告\n\n——2026年1月20日在某某省第十四届人民代表大会第四次会议上\n\n某某省人民政府省长 张三\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作，请予审议。\n\n## 一、2025年工作回顾\n\n锚定“三地一区”目标。\n\n';
/** The front matter alone, for the analysis. */
const BARE = HEAD.slice(0, HEAD.indexOf('锚定'));
/** A notes section, so that each term gets its own finding. */
const TAIL = '\n\n## 相关注释\n\n1. “三地一区”：科技创新策源地、新兴产业聚集地、改革开放新高地和绿色转型区。\n';

function env(workspace: GlossaryEntry[] = []): CheckEnvironment {
  return { log: () => {}, terms: createTermsEnvironment({ workspace }) };
}

/** Terms needing a note in a body (paragraphs), by the analysis the rules share. */
function undefinedTerms(body: string, e: CheckEnvironment = env()): string[] {
  const r = checkText(HEAD + body + TAIL, e, { uri: 'file:///t.md', format: 'markdown' });
  return r.findings.filter((f) => f.ruleId === 'terms/undefined').map((f) => String(f.args.term));
}

test('still shorthand: numeral stacks, counts inside a longer name, paired counts, digit codes', () => {
  for (const q of [
    '千百十',
    '十百千万',
    '百千万工程',
    '四千行动',
    '××十大工程',
    '××三库',
    '盐湖十大工程',
    '服务业提质增效十大行动',
    '支点建设七大战略',
    '森林四库',
    '开局八好',
    '一核两翼',
    '一核两副三带四区',
    '五强五看',
    '双强',
    '四个一百',
    '三河一湖',
    '三高四新',
    '3133',
    '1+N',
    '2+3+6+6',
    '12大基地',
    '2115',
    '双百',
    '双万兆',
    '双倍增',
    '双百亿',
    '四方合作',
  ])
    assert.ok(isNumericShorthand(q), q);
});

test('not shorthand: idioms, festivals, names with numerals, quantities, N连X, 一X一策, rankings', () => {
  for (const q of [
    // ordinary words and idioms
    '一站式',
    '一刀切',
    '一盘棋',
    '一发中的',
    '一江春水',
    '约法三章',
    '四梁八柱',
    '十个指头弹钢琴',
    '两点论',
    '一类事',
    '一键申报',
    '二次创业',
    // festivals and dates
    '五一',
    '六一',
    '十一',
    '五五购物节',
    '九九消费季',
    '双十一',
    // names: places, provinces' poetic names, brands, model names
    '四川',
    '六盘水',
    '长三角',
    '锰三角',
    '八闽书房',
    '技兴三湘',
    '三湘四水·相约湖南',
    '两岸青山·千里林带',
    '嫦娥六号',
    '鹭引五洲',
    // quantities and amounts
    '五年',
    '三公里',
    '一刻钟',
    '两个10亿元',
    // N in a row, one per X, "many", rankings, N-article policies, projects named by a number
    '四连增',
    '二十二连丰',
    '九连A',
    '一企一策',
    '一县一品',
    '一区（县）一策',
    '一企一策一专班',
    '万人助万企',
    '百场万企',
    '千村引领、万村升级',
    '万里长江第一隧',
    '全国十大考古新发现',
    '中国科学十大进展',
    '后十位',
    '新九条',
    '117项目',
    // counts of a generic noun, service hotlines
    '13条政策',
    '7个专项行动',
    '三项措施',
    '96178',
    '12315',
    '110',
    '120',
    // awards and rankings, one window
    '一杯奶',
    '一碗饭',
    '十佳',
    '百强县',
    '全国百强县',
    '三八红旗手',
    '五一劳动奖章',
    '一事一议',
    '一河一长',
    '一窗受理',
    '一对一',
  ])
    assert.ok(!isNumericShorthand(q), q);
});

test('explained in place: items listed right before, brackets, 即/也就是/包括, after a short noun', () => {
  assert.deepEqual(
    undefinedTerms(
      [
        '强化优土、优种、优产、优储、优销“五优联动”，完善空港、陆港、海港、信息港“四港联动”机制。',
        '建立教育、医疗、养老“三项保障”，生产安全事故起数和死亡人数实现“双下降”。',
        '坚持基础设施与新兴产业、战略必争与民生必保、发展支撑与安全能力“三个并重”。',
        '坚决防止和纠正拍脑袋决策、拍胸脯保证、拍屁股走人的“三拍”现象。',
        '落实“三个一”（一个专班、一张清单、一套机制）。推行“四个一”，即一个窗口、一张表单、一套材料、一次办结。',
        '推进“五个到位”，也就是思想、组织、责任、措施、督查到位。实施“六大行动”，包括产业、科技、人才等行动。',
        '体现了“九个坚持”重大原则，即坚持党的全面领导等。',
      ].join('\n\n'),
    ),
    [],
  );
});

test('not explained: a list of verbs before the term, the term as an item of a list, 即 inside a word', () => {
  assert.deepEqual(
    undefinedTerms(
      [
        '我们坚持统筹推进、一体落实“两区”建设。',
        '实施“一干两支”机场改造升级工程、“五大抽水蓄能”联动工程、“六个现代化灌区”工程。',
        '完善政企面对面交流、“2115”接诉即办等机制。',
        '实施“八改”工程（牵头单位：农业农村厅）。',
      ].join('\n\n'),
    ),
    ['两区', '一干两支', '五大抽水蓄能', '六个现代化灌区', '2115', '八改'],
  );
});

test('national terms met in provincial reports need no note and are never called local', () => {
  const body = [
    '国家级专精特新“小巨人”企业达到785家，做好金融“五篇大文章”，7所高职学校入选国家“双高计划”，新增“两院”院士5人。',
    '“四好农村路”建设经验获全国推介。严格“三管三必须”，坚持“四水四定”，严控“两高”项目，制定“三重一大”事项清单。',
    '深化“三医”协同，为70万妇女免费开展“两癌”筛查，做好村（社区）“两委”换届，加快“三大球”振兴，持续实施长江“十年禁渔”。',
    '开展“万企兴万村”行动，扎实做好“四稳”工作，维护国家“五大安全”，实施“九五”普法，为“十八大”胜利召开营造环境。',
    // The words before the quotes complete the national term.
    '扎实推进碳达峰“十大行动”，推动“两化”深度融合。',
  ].join('\n\n');
  // With the bundled seed too: its notes (小巨人, 四好农村路, 两高…) do not make these local.
  for (const e of [env(), testEnvironment()]) {
    const r = checkText(HEAD + body + TAIL, e, { uri: 'file:///t.md', format: 'markdown' });
    const terms = r.findings.filter((f) => f.ruleId.startsWith('terms/'));
    assert.deepEqual(
      terms.map((f) => f.args.term),
      [],
    );
  }
  const a = analyzeTerms(new ReportDocument('file:///t.md', HEAD + body, 'markdown'), env());
  for (const t of [
    '小巨人',
    '五篇大文章',
    '双高计划',
    '两院',
    '四好农村路',
    '三管三必须',
    '四水四定',
    '两高',
    '三重一大',
    '三医',
    '两癌',
    '两委',
    '四稳',
    '九五',
    '十八大',
  ])
    assert.ok(a.isNational(t), t);
});

test('a quoted count completed by the words before it only when the whole is a known term', () => {
  assert.deepEqual(undefinedTerms('扎实推进碳达峰“十大行动”。实施乡村振兴“十大行动”。'), ['十大行动']);
});

test('national glossary: every new entry has a definition and a unique headword', () => {
  const heads = nationalGlossary.flatMap((e) => [e.term, ...e.aliases]);
  assert.equal(new Set(heads).size, heads.length);
  for (const t of [
    '两岸一家亲',
    '三期叠加',
    '三证合一',
    '三权分置',
    '五篇大文章',
    '四链',
    '新三样',
    '平急两用',
    '碳达峰十大行动',
  ])
    assert.ok(heads.includes(t), t);
  const nine = nationalGlossary.find((e) => e.term === '九五')!;
  assert.deepEqual([nine.validFrom, nine.validTo, nine.quotedOnly], [2026, 2030, true]);
  // Unquoted 六五 is 六五环境日, not the 普法 plan.
  const a = analyzeTerms(
    new ReportDocument('file:///t.md', BARE + '举办六五环境日主场活动，深入开展“六五”普法。', 'markdown'),
    env(),
  );
  assert.deepEqual(
    a.uses.map((u) => [u.term, u.quoted]),
    [['六五', true]],
  );
});

test('unquoted digit codes: an amount is not the term (1311.5万元 is not “1311”)', () => {
  const entry: GlossaryEntry = {
    term: '1311',
    aliases: [],
    definition: '某地重大工程项目推进机制。',
    scope: 'local',
    source: { kind: 'glossary', path: '/g.json' },
  };
  const e = env([entry]);
  const uses = (body: string) =>
    analyzeTerms(new ReportDocument('file:///t.md', BARE + body, 'markdown'), e).uses.map((u) => u.term);
  assert.deepEqual(uses('完成投资1311.5万元，新建1311个网点，总额2.1311亿元，达到1311亿元。'), []);
  assert.deepEqual(uses('推进1311重大工程项目。'), ['1311']);
  assert.deepEqual(undefinedTerms('完成投资1311.5万元。', e), []);
});

test('note counts: items separated by 、 or ；, numbered 一是/（1）/①, joined by 以及', () => {
  const has = (def: string, n: number) =>
    assert.ok(countReadings(def).includes(n), `${def} → ${countReadings(def)} (want ${n})`);
  has('稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', 6);
  has('坚持党建引领；坚持人民主体；坚持依法治理。', 3);
  has('一是建强产业链，二是建好创新链，三是用好资金链，四是聚好人才链。', 4);
  has('（1）设立专班；（2）建立清单；（3）定期调度；（4）跟踪问效；（5）考核奖惩。', 5);
  has('①乱占；②乱采；③乱堆；④乱建。', 4);
  has('第一，保障就业；第二，保障收入；第三，保障住房。', 3);
  has('科技金融、绿色金融、普惠金融和养老金融以及数字金融。', 5);
  has('省运会与省残运会以及省老年运动会。', 3);
  // No list, no count.
  assert.deepEqual(
    countReadings(
      '国家卫健委关于县医院综合能力提升工作方案的简称，到2025年，全国至少1000家县医院达到三级医院医疗服务能力水平。',
    ),
    [],
  );
});

test('terms/note-count: numbered and ；-separated notes are counted, a wrong count is still found', () => {
  const doc = (notes: string[]) =>
    HEAD +
    '推进“四个一”，落实“三项机制”，实施“五千工程”。\n\n## 相关注释\n\n' +
    notes.map((n, i) => `${i + 1}. ${n}`).join('\n\n') +
    '\n';
  const counts = (text: string) =>
    checkText(text, env(), { uri: 'file:///t.md', format: 'markdown' })
      .findings.filter((f) => f.ruleId === 'terms/note-count')
      .map((f) => [f.args.term, f.args.count]);
  assert.deepEqual(
    counts(
      doc([
        '“四个一”：一是一个专班，二是一张清单，三是一套机制，四是一抓到底。',
        '“三项机制”：（1）会商机制；（2）调度机制；（3）督办机制。',
        '“五千工程”：千村示范；千企帮扶；千人下乡；千亩良田；千户安居。',
      ]),
    ),
    [],
  );
  assert.deepEqual(
    counts(
      doc([
        '“四个一”：一是一个专班，二是一张清单，三是一套机制。',
        '“三项机制”：（1）会商机制；（2）调度机制；（3）督办机制。',
        '“五千工程”：千村示范；千企帮扶；千人下乡；千亩良田；千户安居。',
      ]),
    ),
    [['四个一', 3]],
  );
});
