/** Inline switches: `<!-- govreport-disable-next-line … -->`, `disable` … `enable`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/core/check';
import { testEnvironment } from '../../helpers/environment';

const env = testEnvironment();
const broken = (n: number) => `第${n}段写到一半，在句中断`;
const report = (middle: string) => `各位代表：\n\n${middle}\n`;
const lines = (text: string) =>
  checkText(text, env, { uri: 'file:///s.md', format: 'markdown' })
    .findings.filter((f) => f.ruleId === 'structure/broken-paragraph')
    .map((f) => text.slice(0, f.start).split('\n').length);

test('without switches every split is reported', () => {
  const text = report(`${broken(1)}\n\n开。\n\n${broken(2)}\n\n开。`);
  assert.deepEqual(lines(text), [3, 7]);
});

test('disable-next-line silences the next block only, for the named rule or all rules', () => {
  const named = report(
    `<!-- govreport-disable-next-line structure/broken-paragraph -->\n${broken(1)}\n\n开。\n\n${broken(2)}\n\n开。`,
  );
  assert.deepEqual(lines(named), [8]);
  const all = report(`<!-- govreport-disable-next-line -->\n${broken(1)}\n\n开。\n\n${broken(2)}\n\n开。`);
  assert.deepEqual(lines(all), [8]);
  const other = report(`<!-- govreport-disable-next-line terms/undefined -->\n${broken(1)}\n\n开。`);
  assert.deepEqual(lines(other), [4]);
});

test('disable … enable silences a region; an unclosed disable runs to the end', () => {
  const region = report(
    `<!-- govreport-disable structure/broken-paragraph -->\n\n${broken(1)}\n\n开。\n\n<!-- govreport-enable structure/broken-paragraph -->\n\n${broken(2)}\n\n开。`,
  );
  assert.deepEqual(lines(region), [11]);
  const open = report(`<!-- govreport-disable -->\n\n${broken(1)}\n\n开。\n\n${broken(2)}\n\n开。`);
  assert.deepEqual(lines(open), []);
});
