/** Terms building blocks: shorthand detection, counting, the matcher, glossary files, the CLI. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isNumericShorthand } from '../../../server/src/core/terms/shorthand';
import { countReadings, numeralReadings } from '../../../server/src/core/terms/count';
import { TermMatcher } from '../../../server/src/core/terms/matcher';
import { nationalGlossary } from '../../../server/src/core/terms/national-glossary';
import { loadGlossaryFile, glossaryProblemFindings } from '../../../server/src/node/glossaries';
import { buildEnvironment, EnvironmentProblem } from '../../../server/src/node/environment';
import { checkText } from '../../../server/src/core/check';
import { configSchema } from '../../../server/src/core/config';
import { ReportDocument } from '../../../server/src/core/model/document';
import { ParseCache } from '../../../server/src/core/model/parse';
import type { GlossaryProblem } from '../../../server/src/core/terms/types';
import { formatRef, type Locale, type MessageArgs } from '../../../server/src/core/messages/catalogue';
import { analyzeTerms } from '../../../server/src/core/terms/analysis';
import { termHover } from '../../../server/src/lsp/terms';
import { annotate } from '../../../server/src/core/annotate';
import { main } from '../../../server/src/cli';

const glossaries = join(__dirname, '..', '..', 'fixtures', 'glossaries');
const seedPath = join(__dirname, '..', '..', '..', 'seeds', 'yanhu-2022.md');

test('numeric shorthand (§2.2): positives and negatives', () => {
  for (const q of [
    '1311',
    '3133',
    '13710',
    '1+N',
    '12大基地',
    '五抓一优一促',
    '十大产业集群',
    '三人小组',
    '六稳',
    '双随机、一公开',
    '两个毫不动摇',
  ])
    assert.ok(isNumericShorthand(q), q);
  for (const q of [
    '一刀切',
    '四两拨千斤',
    '十年磨一剑',
    '一张网',
    '百年变局',
    '首善之区',
    '百企行动',
    '12',
    '六稳。',
    '一方水土难养一方人',
    '专精特新',
  ])
    assert.ok(!isNumericShorthand(q), q);
});

test('note counts: readings of headwords and definitions', () => {
  assert.deepEqual([...numeralReadings(['三重一大'])!.accepted].sort(), [1, 3, 4]);
  assert.equal(numeralReadings(['千县工程']), undefined);
  assert.equal(numeralReadings(['十四五']), undefined);
  assert.equal(numeralReadings(['一网通办']), undefined);
  assert.ok(countReadings('稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。').includes(6));
  assert.ok(countReadings('对乱搭、乱建、乱堆、乱放、乱扔、乱倒等影响农村人居环境的突出问题进行整治。').includes(6));
  assert.ok(countReadings('指五龙峪河道综合治理和国道521解州段、关铝大道、春秋大道三条道路建设。').includes(4));
  assert.ok(
    countReadings(
      '强化党建引领，看治理指数；强化工业支撑，看产出指数；强化农业提质，看收入指数；强化文旅融合，看人气指数；强化生态治理，看环保指数。',
    ).includes(5),
  );
  assert.deepEqual(
    countReadings(
      '国家卫健委关于县医院综合能力提升工作方案的简称，到2025年，全国至少1000家县医院达到三级医院医疗服务能力水平。',
    ),
    [],
  );
});

test('matcher: leftmost-longest, overlapping patterns', () => {
  const m = new TermMatcher(['十大', '十大产业发展工程', '产业', '两山', '两山理论']);
  const text = '推进十大产业发展工程，践行两山理论';
  assert.deepEqual(
    m.findLongest(text).map((x) => text.slice(x.start, x.end)),
    ['十大产业发展工程', '两山理论'],
  );
  assert.deepEqual(m.findAll('').length, 0);
});

test('national glossary: unique headwords, definitions, plan years', () => {
  const heads = nationalGlossary.flatMap((e) => [e.term, ...e.aliases]);
  assert.equal(new Set(heads).size, heads.length);
  assert.ok(nationalGlossary.every((e) => e.definition.length > 2 && e.scope === 'national'));
  const year = (t: string) => nationalGlossary.find((e) => e.term === t)!;
  assert.deepEqual([year('十三五').validFrom, year('十三五').validTo], [2016, 2020]);
  assert.deepEqual([year('十四五').validFrom, year('十四五').validTo], [2021, 2025]);
  assert.deepEqual([year('十五五').validFrom, year('十五五').validTo], [2026, 2030]);
  for (const t of ['12345', '两山理论', '放管服', '八五', '一国两制', '三严三实']) assert.ok(heads.includes(t), t);
});

test('glossary files: JSON, Markdown notes, broken files give problems and the rest works', () => {
  const ok = loadGlossaryFile(join(glossaries, 'local.json'));
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(
    ok.entries.map((e) => [e.term, e.scope, e.validFrom, e.validTo]),
    [
      ['五抓一优一促', 'local', undefined, undefined],
      ['六稳', 'national', undefined, undefined],
      ['盐临夏', 'local', 2021, 2025],
    ],
  );
  const broken = loadGlossaryFile(join(glossaries, 'broken.json'));
  assert.equal(broken.entries.length, 0);
  assert.equal(broken.problems[0].key, 'terms/glossary.invalidJson');
  // The reason is the drafter's language, with the line, not JSON.parse's English.
  // A problem's arguments are typed per message key; these read them whatever the key.
  const arg = (p: GlossaryProblem, name: string) => (p.args as MessageArgs)[name];
  // Reasons are worded in the reader's locale when the message is shown.
  const reason = (p: GlossaryProblem, locale: Locale) => formatRef(String(arg(p, 'reason')), locale);
  assert.match(reason(broken.problems[0], 'zh-cn'), /^JSON 格式有误（第 \d+ 行附近）$/);
  assert.match(reason(broken.problems[0], 'en'), /^invalid JSON \(near line \d+\)$/);
  const bad = loadGlossaryFile(join(glossaries, 'bad-entry.json'));
  assert.ok(
    bad.problems.every(
      (p) => /[\u4e00-\u9fff]/.test(reason(p, 'zh-cn')) && !/Expected|Required|received/.test(reason(p, 'zh-cn')),
    ),
    'zod reasons in Chinese',
  );
  assert.deepEqual(
    bad.problems.map((p) => reason(p, 'en')),
    bad.problems.map((p) => reason(p, 'en').replace(/[\u4e00-\u9fff]/g, '')),
    'and in English, in the English locale',
  );
  assert.deepEqual(
    bad.entries.map((e) => e.term),
    ['1311'],
  );
  assert.deepEqual(
    bad.problems.map((p) => [p.key, arg(p, 'index')]),
    [
      ['terms/glossary.invalidEntry', 2],
      ['terms/glossary.invalidEntry', 3],
    ],
  );
  const md = loadGlossaryFile(join(glossaries, 'last-year.md'));
  assert.deepEqual(
    md.entries.map((e) => [e.term, e.source.kind, e.source.note]),
    [
      ['五抓一优一促', 'glossary', 1],
      ['12大基地', 'glossary', 2],
    ],
  );
  assert.equal(loadGlossaryFile(join(glossaries, 'no-notes.md')).problems[0].key, 'terms/glossary.noNotes');
  assert.equal(loadGlossaryFile(join(glossaries, 'missing.json')).problems[0].key, 'terms/glossary.unreadable');

  const problems: EnvironmentProblem[] = [];
  const env = buildEnvironment(
    {
      log: () => {},
      glossaryPaths: ['local.json', 'broken.json', 'bad-entry.json', 'last-year.md'],
      workspaceRoot: glossaries,
    },
    problems,
  );
  const gp = problems.filter((p) => /broken|bad-entry/.test(p.path));
  assert.equal(gp.length, 3);
  assert.match(gp[0].message, /不是有效的 JSON.*请修正/);
  const findings = glossaryProblemFindings(env);
  assert.equal(findings.get(join(glossaries, 'broken.json'))![0].ruleId, 'terms/glossary');
  assert.ok(findings.get(join(glossaries, 'broken.json'))![0].start > 0, 'JSON error position');
  assert.equal(findings.get(join(glossaries, 'bad-entry.json'))!.length, 2);
  // Precedence: the workspace glossary (local.json) before last-year.md, before the seed.
  const doc = new ReportDocument('file:///d.md', '各位代表：\n\n践行“五抓一优一促”，实施“1311”工程。\n', 'markdown');
  const h = termHover(doc, env, doc.text.indexOf('五抓') + 1, 'zh-cn')!;
  assert.match(h.markdown, /测试术语表释义/);
  assert.match(h.markdown, /术语表“local\.json”/);
  assert.match(h.markdown, /本文相关注释中还没有这一条/);
  // A glossary term declared national needs no note; a local one does, defined from the glossary.
  // (No notes section: one note at the top, whose fix generates the section, and a hint per term.)
  const r = checkText(doc.text, env, { uri: doc.uri, format: 'markdown' }).findings.filter(
    (f) => f.ruleId === 'terms/undefined',
  );
  assert.deepEqual(
    r.map((f) => [f.args.term, f.severity, f.fix?.message]),
    [
      [undefined, 'information', 'terms/undefined.fixAnnotate'],
      ['五抓一优一促', 'hint', 'terms/undefined.fixFromGlossary'],
      ['1311', 'hint', 'terms/undefined.fixFromGlossary'],
    ],
  );
  const out = annotate(doc, env);
  assert.match(
    out.edits[0].newText,
    /1\. “五抓一优一促”：（测试术语表释义）市委提出的经济工作主抓手。\n\n2\. “1311”：“1311”重大工程项目/,
  );
});

test('definition-conflict: a note differing from a workspace glossary (information)', () => {
  const env = buildEnvironment({ log: () => {}, glossaryPaths: [join(glossaries, 'local.json')] });
  const text = '各位代表：\n\n践行“五抓一优一促”主抓手。\n\n## 相关注释\n\n1. “五抓一优一促”：另一种释义。\n';
  const config = configSchema.parse({});
  const f = checkText(text, env, { uri: 'file:///c.md', format: 'markdown', config }).findings.filter(
    (x) => x.ruleId === 'terms/definition-conflict',
  );
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'information');
  assert.equal(f[0].fix?.safe, false);
  assert.equal(f[0].fix?.edits[0].newText, '（测试术语表释义）市委提出的经济工作主抓手。');
  const same = text.replace('另一种释义。', '（测试术语表释义）市委提出的经济工作主抓手。');
  assert.equal(
    checkText(same, env, { uri: 'file:///c.md', format: 'markdown' }).findings.filter(
      (x) => x.ruleId === 'terms/definition-conflict',
    ).length,
    0,
  );
});

test('bad input never crashes: empty, junk, huge line, notes heading only', () => {
  const env = buildEnvironment({ log: () => {} });
  for (const text of [
    '',
    '\u0000\u0001garbage',
    '“'.repeat(100000),
    '## 相关注释\n',
    '## 相关注释\n\n1.\n\n2. “”：\n',
    `“${'一'.repeat(5000)}”`,
  ]) {
    const r = checkText(text, env, { uri: 'file:///x.md', format: 'markdown' });
    assert.ok(Array.isArray(r.findings));
    if (r.doc) annotate(r.doc, env);
  }
});

test('an edit rescans only the changed block (block.memo)', () => {
  const env = buildEnvironment({ log: () => {} });
  const cache = new ParseCache();
  const text = readFileSync(seedPath, 'utf8');
  const d1 = new ReportDocument('file:///s.md', text, 'markdown', cache);
  analyzeTerms(d1, env);
  const d2 = new ReportDocument('file:///s.md', text.replace('刚刚过去的2021年', '刚过去的2021年'), 'markdown', cache);
  // A block's scan slot, as the analysis reads it (an empty slot if it was never scanned).
  const scanned = d2.blocks.filter((b) => b.memo('terms.scan', () => ({ id: '' })).id !== '').length;
  assert.ok(scanned >= d2.blocks.length - 15, 'unchanged blocks keep their scan');
  const a2 = analyzeTerms(d2, env);
  assert.equal(a2.firstUse.get('五抓一优一促')?.term, '五抓一优一促');
});

test('CLI: govreport annotate prints the document with the section; --write writes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
  const file = join(dir, 'draft.md');
  const text = readFileSync(seedPath, 'utf8');
  writeFileSync(file, text.slice(0, text.indexOf('## 相关注释')));
  const out: string[] = [];
  const err: string[] = [];
  assert.equal(
    main(
      ['annotate', file],
      (s) => out.push(s) > 0,
      (s) => err.push(s) > 0,
    ),
    0,
  );
  assert.match(out.join('\n'), /## 相关注释\n\n1\. “五抓一优一促”：（待补充释义）/);
  assert.match(err.join('\n'), /共 39 条，新增 39 条（其中 4 条待补充释义）/);
  assert.equal(
    main(
      ['annotate', '--write', file],
      () => true,
      () => true,
    ),
    0,
  );
  const written = readFileSync(file, 'utf8');
  assert.equal(written, out.join('\n') + '\n');
  const err2: string[] = [];
  // Text files: main() returns at once (a number, not a promise).
  void main(
    ['annotate', '--write', file],
    () => true,
    (s) => err2.push(s) > 0,
  );
  assert.match(err2.join('\n'), /已是最新/);
  assert.equal(readFileSync(file, 'utf8'), written);
});
