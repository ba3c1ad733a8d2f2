/** The template derived from the seed, its loader and `govreport template`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportDocument } from '../../../server/src/core/model/document';
import {
  deriveTemplate,
  expandYears,
  generaliseYears,
  templateSchema,
} from '../../../server/src/core/template/template';
import { buildEnvironment, EnvironmentProblem } from '../../../server/src/node/environment';
import { main } from '../../../server/src/cli';

const root = join(__dirname, '..', '..', '..');
const seedText = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');
const seed = new ReportDocument('file:///seed.md', seedText, 'markdown');
const tmp = mkdtempSync(join(tmpdir(), 'govreport-template-'));

test('derived from the seed: front matter, parts by role with generalised years, numbering, notes', () => {
  const t = deriveTemplate(seed);
  assert.equal(t.reportYear, 2022);
  assert.deepEqual(
    t.frontMatter.map((f) => [f.element, f.required]),
    [
      ['title', true],
      ['dateline', true],
      ['speaker', true],
      ['salutation', true],
      ['opening', true],
    ],
  );
  for (const f of t.frontMatter) assert.match(f.example.replace(/\s+/g, ''), new RegExp(f.pattern), f.element);
  const dateline = new RegExp(t.frontMatter[1].pattern);
  assert.match('——2023年1月18日在运城市盐湖区第十七届人民代表大会第三次会议上', dateline);
  assert.doesNotMatch('——2023年1月18日盐湖区人大会议', dateline);
  assert.deepEqual(
    t.parts.map((p) => [p.role, p.title, p.required]),
    [
      ['review', '{Y-1}年工作回顾', true],
      ['plan', '{Y}年工作安排', true],
      ['selfBuilding', '全面加强政府自身建设', false],
      ['notes', '相关注释', false],
    ],
  );
  assert.deepEqual(
    t.numbering.map((n) => [n.level, n.marker, n.count, n.markup]),
    [
      ['part', '一、', 3, 'h2:none'],
      ['section', '（一）', 10, 'p:all'],
      ['item', '一是', 42, 'p:all'],
    ],
  );
  assert.equal(t.notes?.count, 35);
  assert.ok(t.closing?.example.endsWith('！'));
  assert.ok(templateSchema.safeParse(JSON.parse(JSON.stringify(t))).success);
});

test('years generalise relative to the report year', () => {
  assert.equal(generaliseYears('2021年工作回顾', 2022), '{Y-1}年工作回顾');
  assert.equal(generaliseYears('2022 年工作安排', 2022), '{Y}年工作安排');
  assert.equal(generaliseYears('全面加强政府自身建设', 2022), '全面加强政府自身建设');
  // And back, for examples in messages; a draft without a dateline gets YYYY, never “-1年”.
  assert.equal(expandYears('{Y-1}年工作回顾', 2023), '2022年工作回顾');
  assert.equal(expandYears(generaliseYears('2020年和2024年', 2022), 2023), '2021年和2025年');
  assert.equal(expandYears('{Y-1}年工作回顾', undefined), 'YYYY年工作回顾');
});

test('loader: the bundled seed by default, a seed or JSON template file, fallback on a broken one', () => {
  const problems: EnvironmentProblem[] = [];
  const env = buildEnvironment({ log: () => {} }, problems);
  assert.equal(env.template?.reportYear, 2022);
  assert.deepEqual(
    problems.filter((p) => /模板|template/i.test(p.message)),
    [],
  );

  const other = join(tmp, 'other.md');
  writeFileSync(other, seedText.replace(/2022/g, '2023').replace(/2021/g, '2022'));
  assert.equal(buildEnvironment({ log: () => {}, templatePath: other }).template?.reportYear, 2023);

  const json = join(tmp, 't.json');
  writeFileSync(json, JSON.stringify({ ...env.template, reportYear: 2030 }));
  assert.equal(buildEnvironment({ log: () => {}, templatePath: json }).template?.reportYear, 2030);

  for (const [name, content] of [
    ['broken.json', '{"version": 1, "parts": 3'],
    ['wrong.json', '{"version": 2}'],
    [
      'bad-regex.json',
      JSON.stringify({
        ...env.template,
        frontMatter: [{ element: 'title', required: true, pattern: '(', example: '' }],
      }),
    ],
    ['empty.md', ''],
    ['binary.md', '\u0000\u0001\u0002'],
  ] as const) {
    const p = join(tmp, name);
    writeFileSync(p, content);
    const probs: EnvironmentProblem[] = [];
    const e = buildEnvironment({ log: () => {}, templatePath: p }, probs);
    assert.equal(e.template?.reportYear, 2022, name);
    assert.equal(probs.filter((x) => x.path === p).length, 1, name);
  }
  const missing: EnvironmentProblem[] = [];
  assert.equal(
    buildEnvironment({ log: () => {}, templatePath: join(tmp, 'nope.md') }, missing).template?.reportYear,
    2022,
  );
  assert.equal(missing.length, 1);
});

test('govreport template prints the template as JSON; --template FILE uses that seed', () => {
  const out: string[] = [];
  const err: string[] = [];
  assert.equal(
    main(
      ['template'],
      (s) => out.push(s) > 0,
      (s) => err.push(s) > 0,
    ),
    0,
  );
  const t = templateSchema.parse(JSON.parse(out.join('\n')));
  assert.equal(t.reportYear, 2022);
  const other = join(tmp, 'seed-2023.md');
  writeFileSync(other, seedText.replace(/2022/g, '2023').replace(/2021/g, '2022'));
  out.length = 0;
  assert.equal(
    main(
      ['template', '--template', other],
      (s) => out.push(s) > 0,
      (s) => err.push(s) > 0,
    ),
    0,
  );
  assert.equal(JSON.parse(out.join('\n')).reportYear, 2023);
  out.length = 0;
  const code = main(
    ['template', '--template', join(tmp, 'missing.md')],
    (s) => out.push(s) > 0,
    (s) => err.push(s) > 0,
  );
  assert.equal(code, 1);
  assert.match(err.join('\n'), /模板/);
  assert.equal(JSON.parse(out.join('\n')).reportYear, 2022);
});
