/**
 * Page breaks (structure/broken-paragraph, issue 13 item 7): a heading is never a page break —
 * a numbered line without sentence punctuation, a short title line after a closed paragraph,
 * a line of whitespace only — and 修复所有 never merges a heading into the text. Whether a
 * short line is a title depends on the line before it, so an edit can change the decision
 * for a run of short lines after it: the incremental re-check must see that.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkText } from '../../../server/src/core/check';
import { applyEdits, safeFixEdits } from '../../../server/src/core/fixes';
import { ParseCache, SourceFormat } from '../../../server/src/core/model/parse';
import type { Finding } from '../../../server/src/core/rules/types';
import { testEnvironment } from '../../helpers/environment';

const env = testEnvironment();
const fixture = join(__dirname, '..', '..', 'fixtures', 'rules', 'structure', 'broken-paragraph', 'headings.txt');
const check = (text: string, format: SourceFormat = 'plaintext', cache?: ParseCache): Finding[] =>
  checkText(text, env, { uri: 'file:///breaks.txt', format, cache }).findings;
const breaks = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'structure/broken-paragraph');
const key = (f: Finding) => JSON.stringify([f.ruleId, f.start, f.end, f.message, f.args, f.severity, f.fix]);

test('修复所有 joins the fragments and leaves every heading and title on its own line', () => {
  let text = readFileSync(fixture, 'utf8');
  const headings = [
    '一、一年接着一年干，各项事业持续取得新进展新成效',
    '（一）着力推进向新向优发展，产业转型升级步伐加快',
    '“十五五”时期主要目标和2026年重点工作',
    '（二）全力办好民生实事，不断增进人民福祉',
    '（三）加强政府自身建设',
    '附件',
    '2026年民生实事',
    '（来源：某某日报）',
    '编辑：某某',
  ];
  assert.equal(breaks(check(text)).length, 4, 'the four real splits are found');
  for (let round = 0; round < 5; round++) {
    const edits = safeFixEdits(breaks(check(text)));
    if (edits.length === 0) break;
    text = applyEdits(text, edits);
  }
  const lines = text.split('\n');
  for (const h of headings) assert.ok(lines.includes(h), `heading kept on its own line: ${h}`);
  assert.ok(
    lines.includes(
      '先进制造业骨干作用增强。部署推动重点产业链融合，实体经济更加巩固。传统产业加快转型。今年广义货币M2增长8%。',
    ),
  );
  assert.ok(lines.includes('城市轨道交通、地下综合管廊建设加快。'));
  assert.deepEqual(breaks(check(text)), []);
});

test('a short line is a title after a closed paragraph, a fragment after an open one', () => {
  const body = '各位代表：\n\n现在，我代表县人民政府，向大会报告工作。\n\n';
  const titled = body + '一、工作回顾\n\n过去一年，我们完成了各项任务。\n\n重点工作\n\n今年要抓好三件事。\n';
  assert.deepEqual(breaks(check(titled)), []);
  const open = body + '一、工作回顾\n\n过去一年，我们完成了各项\n\n重点工作\n\n今年要抓好三件事。\n';
  const found = breaks(check(open));
  assert.equal(found.length, 2, 'the open line and the fragment after it are both joined');
});

test('a paragraph that lost its 。 before an unnumbered title: reported, but 修复所有 leaves the title alone', () => {
  const text =
    '各位代表：\n\n现在，我代表县人民政府，向大会报告工作。\n\n过去一年，各项事业取得新进展\n\n“十五五”时期主要目标\n\n今年要抓好三件事。\n';
  const found = breaks(check(text));
  // Before the title and after it: both quick fixes to choose, neither part of 修复所有.
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.fix?.safe === false));
  assert.deepEqual(safeFixEdits(found), []);
  // A fragment after an open phrase is still joined by 修复所有.
  const m2 = breaks(check('各位代表：\n\n今年，广义货币M\n\n2\n\n增长8%。\n'));
  assert.equal(m2.length, 2);
  assert.ok(m2.every((f) => f.fix?.safe));
});

// A report whose tail is a run of short lines: typing 。 or a comma into the line before the
// run changes whether each of them is a title.
const head =
  '各位代表：\n\n现在，我代表县人民政府，向大会报告工作。\n\n' +
  Array.from({ length: 16 }, (_, i) => `第${i + 1}段，我们推进各项工作取得成效。\n\n`).join('');
const pieces = [
  '我们推进了重点项目建设',
  '我们推进了重点项目建设。',
  '重点工作',
  '附件',
  '2026年民生实事',
  '城市轨道交通',
  '、地下管廊建设加快。',
  '（来源：某日报）',
  '增长8%',
  'M',
  '2',
];
const doc = fc
  .array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 12 })
  .map((xs) => head + xs.join('\n\n') + '\n');
const typedAt = fc.record({
  line: fc.nat(),
  insert: fc.constantFrom('。', '，', '的', '', '\n\n重点工作', '\n\n城市轨道交通'),
});

test('editing a line before a run of short lines: every incremental re-check equals a full check', () => {
  fc.assert(
    fc.property(
      doc,
      fc.array(typedAt, { minLength: 1, maxLength: 6 }),
      fc.constantFrom<SourceFormat>('plaintext', 'markdown'),
      (original, edits, format) => {
        const cache = new ParseCache();
        check(original, format, cache);
        let text = original;
        for (const e of edits) {
          // Type at the end of one of the tail's lines (after the first 16 paragraphs).
          const tail = text.indexOf('第16段');
          const ends = [...text.slice(tail).matchAll(/\n/g)].map((m) => tail + m.index);
          const at = ends[e.line % ends.length];
          text = text.slice(0, at) + e.insert + text.slice(at);
          assert.deepEqual(
            check(text, format, cache).map(key),
            check(text, format).map(key),
            'incremental re-check equals a full check',
          );
          // The repaired paragraphs (what the other rules read) too.
          const repaired = (c?: ParseCache) =>
            checkText(text, env, { uri: 'file:///breaks.txt', format, cache: c }).doc!.repaired.map((p) => p.text);
          assert.deepEqual(repaired(cache), repaired(), 'incremental repaired paragraphs equal a full parse');
        }
      },
    ),
    { numRuns: Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 60) },
  );
});

/** A paragraph cut into lines of `width` characters, as text copied from a PDF is. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return lines.join('\n');
}
const PROSE =
  '一年来，我们着力扩大有效投资，重点项目建设加快推进，新开工项目数量和投资额均创历史新高，产业结构持续优化，' +
  '创新能力不断增强，营商环境进一步改善，城乡居民收入稳步提高，民生保障持续加强，社会大局保持稳定。';

test('a text wrapped at a fixed width gets one finding for its wrapped lines, and 修复所有 joins them', () => {
  const head = '各位代表：\n\n现在，我代表区人民政府向大会报告工作，请予审议。\n\n一、2023年工作回顾\n';
  const wrapped = head + wrap(PROSE, 18) + '\n' + wrap(PROSE, 18) + '\n';
  const found = breaks(check(wrapped));
  assert.deepEqual(
    found.map((f) => [f.severity, f.message, f.args.width, f.args.count]),
    [['information', 'structure/broken-paragraph.hardWrapped', 18, 10]],
  );
  const joined = applyEdits(wrapped, safeFixEdits(found));
  assert.equal(joined, head + PROSE + '\n' + PROSE + '\n');
  assert.deepEqual(breaks(check(joined)), []);
  // Spaces left at the line ends, as some PDF copies have, change nothing.
  const spaced = head + wrap(PROSE, 18).replace(/\n/g, '　\n') + '\n' + wrap(PROSE, 18).replace(/\n/g, ' \n') + '\n';
  assert.deepEqual(
    breaks(check(spaced)).map((f) => [f.message, f.args.count]),
    [['structure/broken-paragraph.hardWrapped', 10]],
  );
  // In Markdown the lines of a paragraph are one paragraph anyway.
  assert.deepEqual(breaks(check(wrapped, 'markdown')), []);
});

test('not a fixed width: a few wrapped lines, or breaks after lines of any length, are reported one by one', () => {
  const head = '各位代表：\n\n一、2023年工作回顾\n';
  const few = head + wrap(PROSE.slice(0, 90), 18) + '\n';
  assert.deepEqual(
    breaks(check(few)).map((f) => f.message),
    Array(4).fill('structure/broken-paragraph.split'),
  );
  // Breaks after lines of twelve different lengths (fragments of a web page), one after another.
  const long = PROSE.repeat(3);
  const lines: string[] = [];
  for (let i = 0, at = 0; i < 12; at += 15 + 2 * i, i++) lines.push(long.slice(at, at + 15 + 2 * i));
  const found = breaks(check(head + lines.join('\n') + long.slice(lines.join('').length) + '\n'));
  assert.ok(found.length >= 10, `${found.length} breaks`);
  assert.deepEqual(new Set(found.map((f) => f.message)), new Set(['structure/broken-paragraph.split']));
});

test('editing a wrapped text (breaks come and go around the threshold): every incremental re-check equals a full check', () => {
  const head = '各位代表：\n\n现在，我代表区人民政府向大会报告工作，请予审议。\n\n';
  // Eleven wrapped lines: a few edits take it below ten wraps and back.
  const wrapped = head + wrap(PROSE.repeat(3).slice(0, 199), 18) + '。\n第二段，我们推进各项工作取得成效。\n';
  assert.deepEqual(
    breaks(check(wrapped)).map((f) => [f.message, f.args.count]),
    [['structure/broken-paragraph.hardWrapped', 11]],
  );
  const edit = fc.record({
    line: fc.nat(),
    at: fc.constantFrom<'end' | 'start'>('end', 'start'),
    insert: fc.constantFrom('。', '\n', '\n\n', '的', '', '一是'),
    remove: fc.constantFrom(0, 1),
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      const cache = new ParseCache();
      check(wrapped, 'plaintext', cache);
      let text = wrapped;
      for (const e of edits) {
        const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)].filter((s) => s > head.length);
        const lineStart = starts[e.line % starts.length];
        const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
        const at = e.at === 'end' ? Math.max(lineStart, lineEnd - e.remove) : lineStart;
        text = text.slice(0, at) + e.insert + text.slice(at + (e.at === 'end' ? e.remove : 0));
        assert.deepEqual(
          check(text, 'plaintext', cache).map(key),
          check(text, 'plaintext').map(key),
          'incremental re-check equals a full check',
        );
      }
    }),
    { numRuns: Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 60) },
  );
});
