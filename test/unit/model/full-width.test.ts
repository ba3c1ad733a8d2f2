/** Full-width digits (２０２２年, typed in Word's full-width mode) are read as digits: the same findings as half-width. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/core/check';
import { ReportDocument } from '../../../server/src/core/model/document';
import { testEnvironment } from '../../helpers/environment';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'yanhu-2022.md'), 'utf8');
/** Every digit full-width, and every point between two digits. */
const fullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(?<=[０-９])\.(?=[０-９])/g, '．');

test('the seed in full-width digits gets the findings of the seed, at the same places', () => {
  const env = testEnvironment();
  const key = (f: { ruleId: string; message: string; start: number; end: number; args: object }) =>
    `${f.ruleId} ${f.message} ${f.start}-${f.end} ${JSON.stringify(f.args)}`;
  const half = checkText(seed, env, { uri: 'file:///r/2022.md', format: 'markdown' }).findings.map(key);
  const full = checkText(fullWidth(seed), env, { uri: 'file:///r/2022.md', format: 'markdown' }).findings.map(key);
  assert.deepEqual(full, half);
});

test('block text reads full-width digits and decimal points as ASCII, one character for one', () => {
  const doc = new ReportDocument('file:///r.txt', '地区生产总值３５９．８亿元，增长８．１％。三．工作\n', 'plaintext');
  const b = doc.blocks[0];
  assert.equal(b.text, '地区生产总值359.8亿元，增长8.1％。三．工作');
  // Each character still maps to its own source character.
  for (let i = 0; i < b.text.length; i++) assert.equal(b.sourceOffset(i), i);
});

test('a year fix in full-width digits writes full-width digits', () => {
  const text = seed.replace('刚刚过去的2021年', '刚刚过去的２０２０年');
  const f = checkText(text, testEnvironment(), { uri: 'file:///r/2022.md', format: 'markdown' }).findings.find(
    (x) => x.ruleId === 'structure/year-mismatch',
  );
  assert.equal(f?.args.year, 2020);
  assert.deepEqual(
    f?.fix?.edits.map((e) => [text.slice(e.start, e.end), e.newText]),
    [['２０２０', '２０２１']],
  );
});
