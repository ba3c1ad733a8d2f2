/** The one memo idiom for per-document facts: doc.memo, doc.memoFor (with an environment), doc.memoized. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportDocument } from '../../../server/src/core/model/document';
import { ParseCache } from '../../../server/src/core/model/parse';
import { analyzeTerms } from '../../../server/src/core/terms/analysis';
import { analyseFigures, documentFigures } from '../../../server/src/core/figures/document';
import { buildEnvironment } from '../../../server/src/node/environment';

const seedPath = join(__dirname, '..', '..', '..', 'seeds', 'yanhu-2022.md');
const doc = (text = '各位代表：\n\n一、工作回顾\n\n地区生产总值增长8%。\n') =>
  new ReportDocument('file:///m.md', text, 'markdown');

test('memo computes a fact once per document; memoized reads it without computing', () => {
  const d = doc();
  let runs = 0;
  const compute = () => ({ run: ++runs });
  assert.equal(d.memoized('test.fact'), undefined);
  const first = d.memo('test.fact', compute);
  assert.equal(d.memo('test.fact', compute), first);
  assert.equal(d.memoized('test.fact'), first);
  assert.equal(runs, 1);
  // Another document version has its own facts.
  assert.notEqual(doc().memo('test.fact', compute), first);
  assert.equal(runs, 2);
  // undefined is a value like any other.
  let undef = 0;
  d.memo('test.none', () => void undef++);
  d.memo('test.none', () => void undef++);
  assert.equal(undef, 1);
});

test('memoFor keeps one value per key, for the environment it was computed for', () => {
  const d = doc();
  const a = { name: 'a' };
  const b = { name: 'b' };
  const seen: string[] = [];
  const compute = (_: ReportDocument, env: { name: string }) => (seen.push(env.name), { env: env.name });
  const va = d.memoFor('test.env', a, compute);
  assert.equal(d.memoFor('test.env', a, compute), va);
  assert.equal(d.memoized('test.env', a), va);
  assert.equal(d.memoized('test.env', b), undefined, 'never computed for b');
  assert.equal(d.memoized('test.env'), undefined, 'nor without an environment');
  const vb = d.memoFor('test.env', b, compute);
  assert.deepEqual(vb, { env: 'b' });
  // A new environment replaces the old one's value: back to a, it is computed again.
  assert.equal(d.memoized('test.env', a), undefined);
  assert.notEqual(d.memoFor('test.env', a, compute), va);
  assert.deepEqual(seen, ['a', 'b', 'a']);
  // Keys are independent.
  assert.deepEqual(
    d.memoFor('test.other', b, () => 1),
    1,
  );
  assert.equal(d.memoized<{ env: string }>('test.env', a)?.env, 'a');
});

test('the terms and figures analyses are per-document facts for their environment', () => {
  const text = readFileSync(seedPath, 'utf8');
  const env1 = buildEnvironment({ log: () => {} });
  const env2 = buildEnvironment({ log: () => {} });
  const d = new ReportDocument('file:///s.md', text, 'markdown');
  const t1 = analyzeTerms(d, env1);
  assert.equal(analyzeTerms(d, env1), t1);
  assert.notEqual(analyzeTerms(d, env2), t1, 'another terms environment: analysed again');
  assert.equal(documentFigures(d), documentFigures(d));
  const f1 = analyseFigures(d, env1);
  assert.equal(analyseFigures(d, env1), f1);
  assert.notEqual(analyseFigures(d, env2), f1);
});

test("an edit's terms analysis updates the previous version's, for the same environment only", () => {
  const text = readFileSync(seedPath, 'utf8');
  const edited = text.replace('刚刚过去的2021年', '刚过去的2021年');
  assert.notEqual(edited, text);
  const env = buildEnvironment({ log: () => {} });
  const other = buildEnvironment({ log: () => {} });
  for (const [second, updated] of [
    [env, true],
    [other, false],
  ] as const) {
    const cache = new ParseCache();
    const d1 = new ReportDocument('file:///s.md', text, 'markdown', cache);
    void d1.repaired;
    const a1 = analyzeTerms(d1, env);
    assert.ok(a1.docEntries.length > 0, 'the seed has notes');
    const d2 = new ReportDocument('file:///s.md', edited, 'markdown', cache);
    assert.ok(d2.edit, 'the edit replaced blocks');
    const a2 = analyzeTerms(d2, second);
    // Updated: the notes' entries are carried over; analysed afresh: made again.
    assert.equal(a2.docEntries === a1.docEntries, updated);
    assert.deepEqual(
      a2.docEntries.map((e) => e.term),
      a1.docEntries.map((e) => e.term),
    );
  }
});
