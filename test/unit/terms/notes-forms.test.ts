/** Notes sections in the forms real reports use: headings, numbering, layout, reference marks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportDocument } from '../../../server/src/core/model/document';
import { parseNotes } from '../../../server/src/core/terms/notes';
import { checkText } from '../../../server/src/core/check';
import { annotate } from '../../../server/src/core/annotate';
import { applyEdits } from '../../../server/src/core/fixes';
import { testEnvironment } from '../../helpers/environment';

const body = [
  '政府工作报告',
  '——2024年1月10日在某县第十八届人民代表大会第二次会议上',
  '各位代表：',
  '一、2023年工作回顾',
  '建成“两区三园”，推进“三项保障”和“四个一”工程。',
];
const report = (heading: string, entries: string[]) => [...body, heading, ...entries].join('\n\n') + '\n';
const doc = (text: string) => new ReportDocument('file:///r.txt', text, 'plaintext');

const FORMS: Array<[string, string[]]> = [
  ['dot', ['1. “两区三园”：开发区、产业园区的统称。', '2. “三项保障”：教育、医疗、养老保障。']],
  ['comma', ['1、“两区三园”：开发区、产业园区的统称。', '2、“三项保障”：教育、医疗、养老保障。']],
  ['paren', ['（1）“两区三园”：开发区、产业园区的统称。', '（2）“三项保障”：教育、医疗、养老保障。']],
  ['bracket', ['［1］“两区三园”：开发区、产业园区的统称。', '［2］“三项保障”：教育、医疗、养老保障。']],
  ['asciiBracket', ['[1]“两区三园”：开发区、产业园区的统称。', '[2]“三项保障”：教育、医疗、养老保障。']],
  ['circled', ['①“两区三园”：开发区、产业园区的统称。', '②“三项保障”：教育、医疗、养老保障。']],
  ['none', ['“两区三园”：开发区、产业园区的统称。', '“三项保障”：教育、医疗、养老保障。']],
  ['none', ['两区三园', '开发区、产业园区的统称。', '三项保障', '教育、医疗、养老保障。']],
  ['none', ['- 两区三园：开发区、产业园区的统称。', '- 三项保障：教育、医疗、养老保障。']],
  ['none', ['• “两区三园”：开发区、产业园区的统称。', '• “三项保障”：教育、医疗、养老保障。']],
  ['none', ['**两区三园：**开发区、产业园区的统称。', '**三项保障：**教育、医疗、养老保障。']],
];

test('notes headings and entries in every numbering and layout', () => {
  for (const heading of [
    '相关注释',
    '名词解释',
    '注释',
    '名词注释',
    '《政府工作报告》有关内容名词注释',
    '附件：名词解释',
  ]) {
    for (const [numbering, entries] of FORMS) {
      const notes = parseNotes(doc(report(heading, entries)));
      assert.ok(notes, `${heading} ${numbering}`);
      assert.equal(notes.style.numbering, numbering, `${heading} ${entries[0]}`);
      assert.deepEqual(
        notes.entries.map((e) => e.headwords.map((h) => h.term)),
        [['两区三园'], ['三项保障']],
        `${heading} ${entries[0]}`,
      );
      assert.deepEqual(
        notes.entries.map((e) => e.number),
        [1, 2],
      );
      assert.match(notes.entries[1].definition, /^教育、医疗、养老保障。$/);
    }
  }
});

test('generating notes keeps the section form: numbering and layout of new entries, renumbering', () => {
  const env = testEnvironment();
  for (const [numbering, entries] of FORMS) {
    const text = report('名词解释', entries);
    const { edits } = annotate(doc(text), env);
    const out = applyEdits(text, edits);
    const notes = parseNotes(doc(out))!;
    assert.equal(notes.style.numbering, numbering, entries[0]);
    assert.equal(notes.style.twoLine, entries.length === 4, entries[0]);
    // The new “四个一” note sits in first-use order (third), written in the same form.
    assert.deepEqual(
      notes.entries.map((e) => e.headwords[0]?.term),
      ['两区三园', '三项保障', '四个一'],
      out,
    );
    assert.deepEqual(
      notes.entries.map((e) => e.number),
      [1, 2, 3],
    );
    assert.match(out, /名词解释/);
    // A bulleted section gets a bulleted entry; bold entries get no bullet.
    const bullet = /^([-•])/.exec(entries[0])?.[1];
    if (numbering === 'none' && entries.length === 2)
      assert.match(out, new RegExp(`\\n${bullet ? `\\${bullet} ` : ''}“?四个一”?：`), out);
    // Idempotent.
    assert.deepEqual(annotate(doc(out), env).edits, []);
  }
});

test('a reference mark in the body links the term to its note', () => {
  const text = [
    ...body.slice(0, 4),
    '建成“两区三园”［1］，推进“三项保障”［2］。',
    '注释',
    '［1］开发区和产业园区：指……。',
    '［2］教育、医疗、养老三项保障：指……。',
  ].join('\n\n');
  const env = testEnvironment();
  const found = checkText(text, env, { uri: 'file:///r.txt', format: 'plaintext' }).findings.filter((f) =>
    f.ruleId.startsWith('terms/'),
  );
  assert.deepEqual(
    found.map((f) => `${f.ruleId} ${f.message}`),
    [],
  );
  // Without the marks the notes' heads do not name the terms: both are undefined, both notes unused.
  const plain = checkText(text.replace(/［[12]］(?=，|。)/g, ''), env, {
    uri: 'file:///r.txt',
    format: 'plaintext',
  }).findings.filter((f) => f.ruleId.startsWith('terms/'));
  assert.deepEqual(plain.map((f) => f.ruleId).sort(), [
    'terms/undefined',
    'terms/undefined',
    'terms/unused-note',
    'terms/unused-note',
  ]);
});
