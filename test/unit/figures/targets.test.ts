/** Targets against results: the editor's judgement of 完成 / 接近目标 / 未完成, and which claims count. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractParagraph } from '../../../server/src/core/figures/extract';
import { judgeAgainst } from '../../../server/src/core/figures/targets';
import { findClaims } from '../../../server/src/core/rules/figures/target-claim';

function stmt(text: string) {
  const s = extractParagraph(text).statements[0];
  assert.ok(s, `a statement in ${text}`);
  return s;
}

const verdict = (result: string, target: string) => judgeAgainst(stmt(result), stmt(target))?.verdict;

test('growth against a growth target: equal is met, below is missed', () => {
  assert.equal(verdict('地区生产总值增长 8.5%。', '地区生产总值增长 8.5%。'), 'met');
  assert.equal(verdict('地区生产总值增长 8.6%。', '地区生产总值增长 8.5%。'), 'met');
  assert.equal(verdict('地区生产总值增长 8.4%。', '地区生产总值增长 8.5%。'), 'missed');
  assert.equal(verdict('一般公共预算收入增长 7.0%。', '一般公共预算收入增长 7%。'), 'met');
});

test('左右 targets: half a point short is not yet missed', () => {
  assert.equal(verdict('地区生产总值增长 5.2%。', '地区生产总值增长 5.5%左右。'), 'close');
  assert.equal(verdict('地区生产总值增长 5.0%。', '地区生产总值增长 5.5%左右。'), 'missed');
  assert.equal(verdict('地区生产总值增长 5.6%。', '地区生产总值增长 5.5%左右。'), 'met');
});

test('以上 and ranges are floors; a 以上 result proves only a floor', () => {
  assert.equal(verdict('固定资产投资增长 10%。', '固定资产投资增长 10%以上。'), 'met');
  assert.equal(verdict('固定资产投资增长 9%。', '固定资产投资增长 10%以上。'), 'missed');
  assert.equal(verdict('地区生产总值增长 6.1%。', '地区生产总值增长 6%－6.5%。'), 'met');
  assert.equal(verdict('地区生产总值增长 5.9%。', '地区生产总值增长 6%－6.5%。'), 'missed');
  assert.equal(verdict('固定资产投资增长 12%以上。', '固定资产投资增长 10%。'), 'met');
  assert.equal(verdict('固定资产投资增长 8%以上。', '固定资产投资增长 10%。'), undefined);
  assert.equal(verdict('固定资产投资增长约 8%。', '固定资产投资增长 10%。'), undefined);
});

test('falls: a 下降 target is met by an equal or larger fall', () => {
  assert.equal(verdict('财政总支出下降 3.5%。', '财政总支出下降 3%。'), 'met');
  assert.equal(verdict('财政总支出下降 2%。', '财政总支出下降 3%。'), 'missed');
  assert.equal(verdict('财政总支出增长 1%。', '财政总支出下降 3%。'), 'missed');
});

test('rates are judged only against explicit ceilings; levels against levels', () => {
  assert.equal(verdict('城镇登记失业率 1.34%。', '城镇登记失业率控制在 4.5%以内。'), 'met');
  assert.equal(verdict('城镇登记失业率 4.8%。', '城镇登记失业率控制在 4.5%以内。'), 'missed');
  assert.equal(verdict('城镇调查失业率 5.2%。', '城镇调查失业率 5.5%左右。'), undefined);
  assert.equal(verdict('城镇新增就业 4836 人。', '城镇新增就业 5000 人以上。'), 'missed');
  assert.equal(verdict('城镇新增就业 5200 人。', '城镇新增就业 5000 人以上。'), 'met');
  assert.equal(verdict('城镇新增就业 4900 人。', '城镇新增就业 5000 人左右。'), undefined);
  // Real growth is not compared with nominal growth.
  assert.equal(verdict('城镇居民人均可支配收入实际增长 4%。', '城镇居民人均可支配收入增长 6%。'), undefined);
});

test('claims: completion of the targets, not hedged, negated, intended or excepted', () => {
  const claims = (t: string) => findClaims(t).map((c) => c.text);
  assert.deepEqual(claims('全区经济平稳运行，较好地完成了全年各项目标任务，实现了良好开局。'), [
    '较好地完成了全年各项目标任务',
  ]);
  assert.deepEqual(claims('圆满完成区十七届人大一次会议确定的目标任务。'), [
    '圆满完成区十七届人大一次会议确定的目标任务',
  ]);
  assert.deepEqual(claims('超额完成了全年目标。'), ['超额完成了全年目标']);
  assert.deepEqual(claims('圆满完成村(社区)两委换届任务。'), []);
  assert.deepEqual(claims('主要经济指标基本完成年初预期目标。'), []);
  assert.deepEqual(claims('主要经济指标未能全部完成年初预期目标。'), []);
  assert.deepEqual(claims('完成了大部分目标任务。'), []);
  assert.deepEqual(claims('为完成全年目标任务，各部门协同发力。'), []);
  assert.deepEqual(claims('除地区生产总值外，全面完成了全年各项目标任务。'), []);
});

test('数据一览 and hover: each target, its result and the verdict; clean names; one computed value', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { checkText } = await import('../../../server/src/core/check');
  const { testEnvironment } = await import('../../helpers/environment');
  const { figureRows, figureAt, hoverMarkdown, cleanIndicator } =
    await import('../../../server/src/core/figures/table');
  const path = join(__dirname, '..', '..', 'fixtures', 'rules', 'figures', '_yanhu-2023.md');
  const env = testEnvironment();
  const doc = checkText(readFileSync(path, 'utf8'), env, { uri: `file://${path}`, format: 'markdown', rules: [] }).doc!;
  const rows = figureRows(doc, env);
  const verdicts = Object.fromEntries(
    rows.filter((r) => r.targetStatus).map((r) => [r.indicator, `${r.target} ${r.targetStatus}`]),
  );
  assert.deepEqual(verdicts, {
    地区生产总值: '增长 8.5% 未完成',
    一般公共预算收入: '增长 7% 完成',
    规模以上工业增加值: '增长 8% 完成',
    社会消费品零售总额: '增长 10% 未完成',
    固定资产投资: '增长 11.2% 完成',
    // 确保新增城镇就业4800人 in the seed's plan part; 4836 人 in 2022.
    城镇新增就业: '4800人 完成',
  });
  const gdp = rows.find((r) => r.indicator === '地区生产总值' && r.targetStatus)!;
  assert.equal(gdp.line, '18');
  assert.equal(gdp.checkable, true);
  const revenue = rows.find((r) => r.indicator === '一般公共预算收入' && r.targetStatus)!;
  assert.equal(revenue.computed, '7.8%');
  assert.match(revenue.computedNote, /7\.07%～8\.54%/);
  assert.ok(rows.some((r) => !r.checkable));
  assert.ok(
    !rows.some((r) => r.indicator.startsWith('、')),
    rows
      .map((r) => r.indicator)
      .filter((n) => n.includes('、'))
      .join(' | '),
  );
  assert.ok(rows.some((r) => r.indicator === '华通印务等'));
  assert.equal(cleanIndicator('、南山新境市民广场、半坡调蓄库等'), '南山新境市民广场等');
  assert.equal(cleanIndicator('省级、国家级“小巨人”企业各'), '省级、国家级“小巨人”企业');
  const hover = hoverMarkdown(doc, env, figureAt(doc, env, doc.text.indexOf('增长 4.6%'))!, 'zh-cn');
  assert.match(hover, /上年报告目标：增长 8\.5%/);
  assert.match(hover, /目标完成情况：未完成/);
});
