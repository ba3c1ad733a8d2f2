/**
 * Property tests over the core (fast-check): random text, random Chinese/Markdown mixtures and
 * random edits of the seed and the corpus. No exception; every range inside the document; every
 * fix applies cleanly; after all fixes a re-check does not raise them again; an incremental
 * re-check equals a full one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkText } from '../../../server/src/core/check';
import { catalogue } from '../../../server/src/core/messages/catalogue';
import { applyEdits, safeFixEdits } from '../../../server/src/core/fixes';
import { ParseCache, SourceFormat } from '../../../server/src/core/model/parse';
import type { Finding } from '../../../server/src/core/rules/types';
import { logged, testEnvironment } from '../../helpers/environment';

const root = join(__dirname, '..', '..', '..');
const seed = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');
const corpusDir = join(root, 'test', 'fixtures', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const env = testEnvironment();
const runs = Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 60);

function check(text: string, format: SourceFormat = 'markdown', cache?: ParseCache): Finding[] {
  return checkText(text, env, { uri: 'file:///prop.md', format, cache }).findings;
}

function assertSane(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(
      0 <= f.start && f.start <= f.end && f.end <= text.length,
      `${f.ruleId} range ${f.start}-${f.end} in ${text.length}`,
    );
    for (const e of f.fix?.edits ?? [])
      assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, `${f.ruleId} edit`);
    if (f.fix) assert.doesNotThrow(() => applyEdits(text, f.fix!.edits), `${f.ruleId} fix applies`);
  }
}

/** Applies fix-all rounds; the fixable findings must not come back. */
function assertFixesStick(text: string, format: SourceFormat): void {
  let current = text;
  for (let round = 0; round < 5; round++) {
    const edits = safeFixEdits(check(current, format));
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  const left = check(current, format).filter((f) => f.fix?.safe);
  assert.deepEqual(
    left.map((f) => f.ruleId),
    [],
    'safe fixes leave no fixable finding',
  );
}

// Keys sorted: a finding moved by an edit is a copy whose objects may list their keys in another order.
const sorted = (_: string, v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v;
const key = (f: Finding) =>
  JSON.stringify([f.ruleId, f.start, f.end, f.message, f.args, f.severity, f.fix, f.related], sorted);

const cjkChar = fc.constantFrom(
  ...'一二三四五六七八九十是要第年月日增长下降亿万元户%。，、；：“”（）()各位代表工作报告回顾安排相关注释稳就业'.split(
    '',
  ),
);
const mdToken = fc.constantFrom(
  '\n',
  '\n\n',
  '# ',
  '## ',
  '### ',
  '**',
  '*',
  '> ',
  '- ',
  '1. ',
  '`',
  '```\n',
  '<!-- x -->',
  '  \n',
  '\t',
  '——',
  '12.5',
  '2023',
  ' ',
);
const mixture = fc
  .array(fc.oneof(cjkChar, mdToken, fc.string({ maxLength: 3 })), { maxLength: 300 })
  .map((xs) => xs.join(''));

test('random text and Chinese/Markdown mixtures: no exception, ranges inside, fixes apply', () => {
  fc.assert(
    fc.property(
      fc.oneof(mixture, fc.string({ maxLength: 400 }), fc.fullUnicodeString({ maxLength: 200 })),
      fc.constantFrom<SourceFormat>('markdown', 'plaintext'),
      (text, format) => {
        assertSane(text, check(text, format));
      },
    ),
    { numRuns: runs * 5 },
  );
});

/** A random edit: delete, insert or replace a short span at a random place. */
const editArb = (length: number) =>
  fc.record({
    at: fc.integer({ min: 0, max: length }),
    del: fc.integer({ min: 0, max: 20 }),
    insert: fc.oneof(
      fc.constant(''),
      mixture.map((s) => s.slice(0, 30)),
    ),
  });

function applyRandomEdit(text: string, e: { at: number; del: number; insert: string }): string {
  const at = Math.min(e.at, text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
}

test('random edits of the seed and the corpus: sane findings, fixes stick, incremental = full', () => {
  const sources: Array<[string, SourceFormat]> = [
    [seed, 'markdown'],
    ...corpus.map((c): [string, SourceFormat] => [c, 'plaintext']),
  ];
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: sources.length - 1 }),
      fc.array(editArb(70000), { minLength: 1, maxLength: 5 }),
      (which, edits) => {
        const [original, format] = sources[which];
        const cache = new ParseCache();
        check(original, format, cache); // warm the incremental cache with the original
        let text = original;
        let incremental: ReturnType<typeof check> = [];
        for (const e of edits) {
          text = applyRandomEdit(text, e);
          incremental = check(text, format, cache); // every intermediate version, as in the editor
        }
        const full = check(text, format);
        assert.deepEqual(incremental.map(key), full.map(key), 'incremental re-check equals a full check');
        // Checking the same text again (nothing changed) gives the same again.
        assert.deepEqual(check(text, format, cache).map(key), full.map(key));
        assertSane(text, full);
      },
    ),
    { numRuns: runs },
  );
  assertFixesStick(seed, 'markdown');
  for (const c of corpus) assertFixesStick(c, 'plaintext');
});

/**
 * Typing: short edits inside lines (no line added or removed), each followed by a check, as
 * in the editor. They replace blocks one for one, so rules keep their previous findings
 * where their footprint is unchanged (see Rule.footprint): every version must still equal
 * a full check. Edits land anywhere, notes and figures included, and type the characters
 * the rules read (numerals, 增长/下降, %, 倍, quotes, 是).
 */
const typed = fc
  .array(
    fc.constantFrom(
      ...'一二三四五六七八九十是要第年月日增长下降了亿万元%倍百分点“”（）()、，。；：0123456789.-－相关注释稳就业刚刚过去的收官开局'.split(
        '',
      ),
    ),
    { minLength: 0, maxLength: 4 },
  )
  .map((xs) => xs.join(''));

test('typing in the seed: every incremental re-check equals a full check', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({ at: fc.integer({ min: 0, max: seed.length }), del: fc.integer({ min: 0, max: 3 }), insert: typed }),
        { minLength: 1, maxLength: 8 },
      ),
      (edits) => {
        const cache = new ParseCache();
        check(seed, 'markdown', cache);
        let text = seed;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          const end = Math.min(text.length, at + e.del);
          // Stay within a line: newlines are neither typed nor deleted.
          if (text.slice(at, end).includes('\n')) continue;
          text = text.slice(0, at) + e.insert + text.slice(end);
          assert.deepEqual(
            check(text, 'markdown', cache).map(key),
            check(text).map(key),
            'incremental re-check equals a full check',
          );
        }
      },
    ),
    { numRuns: runs },
  );
});

// Typing, line breaks, and pasting paragraphs (deletions below reach across paragraphs too).
const lineEdit = fc.oneof(
  typed,
  fc.constantFrom('\n', '\n\n', '。\n', '\n一是', '\n\n（一）新增一段，增长5%。\n\n二是另起一段。\n\n'),
);

test('adding and removing lines in the seed: every incremental re-check equals a full check (line numbers in messages included)', () => {
  fc.assert(
    fc.property(
      fc.constantFrom<SourceFormat>('markdown', 'plaintext'),
      fc.array(
        fc.record({
          at: fc.integer({ min: 0, max: seed.length }),
          del: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 600 })),
          insert: lineEdit,
        }),
        { minLength: 1, maxLength: 8 },
      ),
      (format, edits) => {
        const cache = new ParseCache();
        check(seed, format, cache);
        let text = seed;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
          assert.deepEqual(
            check(text, format, cache).map(key),
            check(text, format).map(key),
            'incremental re-check equals a full check',
          );
        }
      },
    ),
    { numRuns: runs },
  );
});

test('a paragraph put between a count and its list: the incremental re-check sees the list go', () => {
  const trigger = '实施十大重点民生保障工程。';
  const at = seed.indexOf(trigger) + trigger.length;
  assert.ok(at > trigger.length, 'the seed states the count');
  const ten = seed.indexOf(trigger) + 2; // 十大 → 九大: the list of ten no longer matches
  const counted = seed.slice(0, ten) + '九' + seed.slice(ten + 1);
  const between = counted.slice(0, at) + '\n\n另起一段说明。' + counted.slice(at);
  const cache = new ParseCache();
  const enumeration = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'structure/enumeration-count').length;
  for (const [text, expected] of [
    [counted, 1],
    [between, 0],
    [counted, 1],
  ] as const) {
    const incremental = check(text, 'markdown', cache);
    assert.deepEqual(incremental.map(key), check(text).map(key), 'incremental re-check equals a full check');
    assert.equal(enumeration(incremental), expected);
  }
});

test('no rule threw during the property runs', () => {
  // The words after the rule id in the failure message (the engine logs it once per failure).
  const failed = catalogue['general.ruleFailed']['zh-cn'].split('{rule}')[1].slice(0, 10);
  assert.deepEqual(
    logged.filter((l) => l.includes(failed)),
    [],
  );
});
