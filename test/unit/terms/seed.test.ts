/** Terms on the seed and the corpus: the done-when figures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/core/check';
import { ReportDocument } from '../../../server/src/core/model/document';
import { parseNotes } from '../../../server/src/core/terms/notes';
import { analyzeTerms } from '../../../server/src/core/terms/analysis';
import { annotate } from '../../../server/src/core/annotate';
import { applyEdits } from '../../../server/src/core/fixes';
import { termDefinition, termHover, termReferences } from '../../../server/src/lsp/terms';
import { testEnvironment } from '../../helpers/environment';
import { SEED_GAPS, SEED_HEADWORDS } from '../../helpers/seed-terms';

const root = join(__dirname, '..', '..', '..');
const seedText = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');
const seed = () => new ReportDocument('file:///seed.md', seedText, 'markdown');

test('seed notes: 35 entries, 36 headwords in order, numbered 1–35', () => {
  const notes = parseNotes(seed())!;
  assert.equal(notes.entries.length, 35);
  assert.deepEqual(
    notes.entries.flatMap((e) => e.headwords.map((h) => h.term)),
    SEED_HEADWORDS,
  );
  assert.deepEqual(
    notes.entries.map((e) => e.number),
    Array.from({ length: 35 }, (_, i) => i + 1),
  );
  // Page-break splits are joined (note 14: 老旧小区改 | 造工程) and `**` is not in the text.
  assert.match(notes.entries[13].definition, /老旧小区改造工程、健康盐湖保障工程/);
  assert.ok(notes.entries.every((e) => !e.definition.includes('*') && !e.head.includes('*')));
  // Note 10's lost quote mark: the terms it explains are still found.
  assert.deepEqual(
    notes.entries[9].mentions.map((m) => m.term).filter((t) => t.length > 1),
    ['双招双引', '三人小组', '四库全书', '五个一'],
  );
});

test('seed: terms/undefined exactly for the four local gaps, no other terms finding', () => {
  const r = checkText(seedText, testEnvironment(), { uri: 'file:///seed.md', format: 'markdown' });
  const terms = r.findings.filter((f) => f.ruleId.startsWith('terms/'));
  assert.deepEqual(
    terms.map((f) => [f.ruleId, f.args.term, r.doc!.lineNumber(f.start)]),
    [
      ['terms/undefined', '五抓一优一促', 16],
      ['terms/undefined', '1311', 18],
      ['terms/undefined', '十大产业集群', 74],
      ['terms/undefined', '12大基地', 130],
    ],
  );
});

test('corpus (State Council reports): no terms finding', () => {
  const dir = join(root, 'test', 'fixtures', 'corpus');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const r = checkText(readFileSync(join(dir, name), 'utf8'), testEnvironment(), {
      uri: `file:///${name}`,
      format: 'plaintext',
    });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId.startsWith('terms/')).map((f) => f.args.term),
      [],
      name,
    );
  }
});

test('hover: “六稳” in the body shows note 1; “十四五” shows the national entry', () => {
  const doc = seed();
  const env = testEnvironment();
  const at = (s: string, from = 0) => doc.text.indexOf(s, from) + 1;
  const body = doc.text.indexOf('扎实做好');
  const h1 = termHover(doc, env, at('“六稳”', body), 'zh-cn')!;
  assert.match(h1.markdown, /稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期/);
  assert.match(h1.markdown, /本文注释第 1 条/);
  assert.equal(doc.lineNumber(h1.use.start), 16);
  const h2 = termHover(doc, env, at('“十四五”', body), 'zh-cn')!;
  assert.match(h2.markdown, /全国通用提法/);
  assert.match(h2.markdown, /2021—2025/);
  // Inside the notes: a headword, and a term explained in passing.
  assert.match(termHover(doc, env, at('“六保”：'), 'zh-cn')!.markdown, /本文注释第 2 条/);
  assert.match(termHover(doc, env, at('“三人小组”', body), 'zh-cn')!.markdown, /在本文注释第 10 条中解释/);
  // Shorthand with no known definition says so and how to add one.
  assert.match(termHover(doc, env, at('“1311”'), 'zh-cn')!.markdown, /还没有释义。可以运行命令“生成\/更新相关注释”/);
  const linked = termHover(doc, env, at('“1311”'), 'zh-cn', { glossary: 'command:g', annotate: 'command:a' })!.markdown;
  assert.match(linked, /\[加入术语表…\]\(command:g\).*\[生成\/更新相关注释\]\(command:a\)/);
  assert.doesNotMatch(linked, /govReport\./);
  // Plain prose: nothing.
  assert.equal(termHover(doc, env, at('各位代表'), 'zh-cn'), undefined);
});

test('definition and references: term → note, note → every use', () => {
  const doc = seed();
  const a = analyzeTerms(doc, testEnvironment());
  const use = doc.text.indexOf('“2345”工作机制，不断') + 1;
  const def = termDefinition(a, use)!;
  assert.equal(doc.text.slice(def.start, def.end), '2345');
  assert.ok(doc.lineNumber(def.start) > 195);
  const refs = termReferences(a, def.start, true);
  assert.deepEqual(
    refs.map((r) => doc.text.slice(r.start, r.end)),
    ['2345', '2345', '2345'],
  );
  const without = termReferences(a, def.start, false);
  assert.equal(without.length, 2);
  assert.ok(without.every((r) => doc.lineNumber(r.start) < 195));
});

test('annotate with the notes deleted regenerates the 36 headwords in order, placeholders in their places; idempotent', () => {
  const env = testEnvironment();
  const stripped = seedText.slice(0, seedText.indexOf('## 相关注释')).trimEnd() + '\n';
  const r1 = annotate(new ReportDocument('file:///a.md', stripped, 'markdown'), env);
  assert.equal(r1.edits.length, 1);
  assert.deepEqual(r1.summary.placeholders, SEED_GAPS);
  const text2 = applyEdits(stripped, r1.edits);
  const doc2 = new ReportDocument('file:///a.md', text2, 'markdown');
  const heads = parseNotes(doc2)!.entries.flatMap((e) => e.headwords.map((h) => h.term));
  const gaps = new Set(SEED_GAPS);
  assert.deepEqual(
    heads.filter((h) => !gaps.has(h)),
    SEED_HEADWORDS,
  );
  assert.deepEqual(heads.slice(0, 5), ['五抓一优一促', '六稳', '六保', '1311', '专精特新']);
  assert.equal(heads.indexOf('十大产业集群'), heads.indexOf('服务业提质增效十大行动') + 1);
  assert.equal(heads.indexOf('12大基地'), heads.indexOf('三未') + 1);
  assert.match(text2, /\n## 相关注释\n\n1\. “五抓一优一促”：（待补充释义）\n\n2\. “六稳”：稳就业/);
  const r2 = annotate(doc2, env);
  assert.equal(r2.summary.changed, false);
  assert.deepEqual(r2.edits, []);
  // The placeholders are still flagged.
  const again = checkText(text2, env, { uri: 'file:///a.md', format: 'markdown' }).findings.filter(
    (f) => f.ruleId === 'terms/undefined',
  );
  assert.deepEqual(
    again.map((f) => [f.message, f.args.term]),
    [...gaps].map((t) => ['terms/undefined.placeholder', t]),
  );
});

test('annotate on the seed keeps every note word for word and adds the four gaps', () => {
  const env = testEnvironment();
  const r = annotate(seed(), env);
  assert.equal(r.summary.kept, 35);
  assert.deepEqual(r.summary.dropped, []);
  const out = applyEdits(seedText, r.edits);
  for (const e of parseNotes(seed())!.entries) {
    const raw = seedText.slice(e.numberEnd, e.end);
    assert.ok(out.includes(raw), `note ${e.number} kept word for word`);
  }
  assert.equal(annotate(new ReportDocument('file:///b.md', out, 'markdown'), env).summary.changed, false);
});

test('annotate drops unused notes and names them', () => {
  const env = testEnvironment();
  const text = seedText.replace('用好“13710”督办平台，', '');
  const r = annotate(new ReportDocument('file:///c.md', text, 'markdown'), env);
  assert.deepEqual(r.summary.dropped, [{ number: 35, term: '13710' }]);
  const out = applyEdits(text, r.edits);
  assert.ok(!out.includes('督办平台：'));
});
