/**
 * A 2023 report made from the seed (2022 figures that agree with the seed's 2021 levels)
 * raises no figures finding; each injected defect raises exactly its own finding.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/core/check';
import { formatMessage } from '../../../server/src/core/messages/catalogue';
import { testEnvironment } from '../../helpers/environment';

const root = join(__dirname, '..', '..', '..');
const draftPath = join(root, 'test', 'fixtures', 'rules', 'figures', '_yanhu-2023.md');
const draft = readFileSync(draftPath, 'utf8');

/** The figures findings, but for the claim of meeting every target (its own test below). */
function figuresFindings(text: string, format: 'markdown' | 'plaintext' = 'markdown', withClaim = false) {
  const r = checkText(text, testEnvironment(), { uri: 'file:///draft-2023.md', format });
  return r.findings
    .filter((f) => f.ruleId.startsWith('figures/') && (withClaim || f.ruleId !== 'figures/target-claim'))
    .map((f) => ({ rule: f.ruleId, message: formatMessage(f.message, f.args), line: r.doc!.lineNumber(f.start) }));
}

function inject(from: string, to: string): string {
  assert.ok(draft.includes(from), `draft contains ${from}`);
  return draft.replace(from, to);
}

test('the seed raises no figures finding', () => {
  assert.deepEqual(figuresFindings(readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8')), []);
});

test('the consistent 2023 draft raises no figures finding', () => {
  assert.deepEqual(figuresFindings(draft), []);
});

test('the draft claims every target met while GDP and retail fell short: flagged; said honestly: not', () => {
  const claims = figuresFindings(draft, 'markdown', true).filter((f) => f.rule === 'figures/target-claim');
  assert.equal(claims.length, 1);
  assert.equal(claims[0].line, 16);
  assert.match(
    claims[0].message,
    /以下指标未完成（目标 → 实际）：“地区生产总值”（“增长 8\.5%” → “增长 4\.6%”）、“社会消费品零售总额”（“增长 10%” → “增长 3\.2%”）。/,
  );
  const honest = inject('较好地完成了全年各项目标任务', '除地区生产总值、社会消费品零售总额外，完成了全年各项目标任务');
  assert.deepEqual(
    figuresFindings(honest, 'markdown', true).filter((f) => f.rule === 'figures/target-claim'),
    [],
  );
});

const defects: Array<[string, string, string, string, RegExp]> = [
  [
    'wrong growth for 一般公共预算收入',
    '一般公共预算收入完成 15.2 亿元，增长 7.8%',
    '一般公共预算收入完成 15.2 亿元，增长 11.8%',
    'figures/growth-mismatch',
    /上年报告.*14\.1 亿元.*15\.2 亿元.*增长 11\.8%/,
  ],
  [
    'level copied from last year',
    '一般公共预算收入完成 15.2 亿元，增长 7.8%',
    '一般公共预算收入完成 14.1 亿元，增长 7.8%',
    'figures/growth-mismatch',
    /完全相同.*照抄/,
  ],
  [
    '分别 list with three values for two subjects',
    '治安、刑事案件分别下降 45.2%、25.1%',
    '治安、刑事案件分别下降 45.2%、25.1%、10.3%',
    'figures/respectively-count',
    /2 项.*3 个数值/,
  ],
  ['持证率 提高 5%', '从业人员持证率达 55%', '从业人员持证率提高 5%', 'figures/percentage-point', /个百分点/],
  ['增长 -3%', '生产安全事故下降 50%', '生产安全事故增长 -3%', 'figures/negative-growth', /下降 3%/],
  [
    'a share that disagrees with a stated total',
    '民生支出达 27.8 亿元，占财政总支出的 82.4%',
    '财政总支出完成 40.1 亿元，民生支出达 27.8 亿元，占财政总支出的 82.4%',
    'figures/share-total',
    /69\.3%/,
  ],
  [
    '其中 above its total',
    '城镇新增就业 4836 人、转移农村劳动力',
    '城镇新增就业 4836 人，其中高校毕业生 5200 人，转移农村劳动力',
    'figures/part-exceeds-total',
    /高校毕业生.*5200 人.*4836 人/,
  ],
  [
    'GDP growth stated twice differently',
    '实现了“十四五”良好开局。',
    '实现了“十四五”良好开局，全年地区生产总值增长 4.8%。',
    'figures/conflict',
    /4\.6%/,
  ],
];

for (const [name, from, to, rule, message] of defects) {
  test(`2023 draft with one defect: ${name}`, () => {
    const found = figuresFindings(inject(from, to));
    assert.equal(found.length, 1, JSON.stringify(found, null, 1));
    assert.equal(found[0].rule, rule);
    assert.match(found[0].message, message);
  });
}

test('a GDP level far from last year raises nothing (real growth is never compared)', () => {
  assert.deepEqual(
    figuresFindings(inject('地区生产总值完成 381.2 亿元，增长 4.6%', '地区生产总值完成 359.8 亿元，增长 4.6%')),
    [],
  );
});

test('a figure marked 实际 is not compared with levels', () => {
  assert.deepEqual(
    figuresFindings(
      inject('城镇居民人均可支配收入达到 40389 元，增长 6.0%', '城镇居民人均可支配收入达到 40389 元，实际增长 2.0%'),
    ),
    [],
  );
});

test('without a baseline of the right year nothing is compared with last year', () => {
  const text = inject(
    '一般公共预算收入完成 15.2 亿元，增长 7.8%',
    '一般公共预算收入完成 15.2 亿元，增长 11.8%',
  ).replace(/202([23])(\s*年)/g, (_, d: string, y: string) => `202${Number(d) + 2}${y}`);
  assert.deepEqual(
    figuresFindings(text).filter((f) => f.rule === 'figures/growth-mismatch'),
    [],
  );
});

test('State Council samples: no growth-mismatch, no conflict on GDP or value added', () => {
  const dir = join(root, 'test', 'fixtures', 'corpus');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const found = figuresFindings(readFileSync(join(dir, name), 'utf8'), 'plaintext');
    assert.deepEqual(
      found.filter(
        (f) =>
          f.rule === 'figures/growth-mismatch' || (f.rule === 'figures/conflict' && /生产总值|增加值/.test(f.message)),
      ),
      [],
      name,
    );
  }
});
