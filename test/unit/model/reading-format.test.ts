/** A plain-text file written in Markdown (the seed as delivered, a .txt with # headings) is read as Markdown. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingFormat } from '../../../server/src/core/model/chunks';
import { ReportDocument } from '../../../server/src/core/model/document';
import { checkText } from '../../../server/src/core/check';
import { testEnvironment } from '../../helpers/environment';

const root = join(__dirname, '..', '..', '..');
const seed = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');

test('readingFormat: two # headings make a plain text Markdown; anything less leaves it plain', () => {
  assert.equal(readingFormat('# 标题\n\n## 一、回顾\n', 'plaintext'), 'markdown');
  assert.equal(readingFormat('前言\n   ## 一、回顾\n## 二、安排\n', 'plaintext'), 'markdown');
  assert.equal(readingFormat('# 标题\n\n一、回顾\n', 'plaintext'), 'plaintext', 'one heading');
  assert.equal(readingFormat('#一、回顾\n#二、安排\n', 'plaintext'), 'plaintext', 'no space: not a heading');
  assert.equal(readingFormat('一、回顾\n    # 代码\n    # 代码\n', 'plaintext'), 'plaintext', 'indented code');
  assert.equal(readingFormat('政府工作报告\n\n各位代表：\n', 'plaintext'), 'plaintext');
  assert.equal(readingFormat('政府工作报告\n', 'markdown'), 'markdown');
  assert.equal(new ReportDocument('file:///r.txt', seed, 'plaintext').format, 'markdown');
});

test('the seed saved as .txt gets the same findings as the .md (headings are no page breaks)', () => {
  const env = testEnvironment();
  const key = (f: { ruleId: string; message: string; start: number; end: number }) =>
    `${f.ruleId} ${f.message} ${f.start}-${f.end}`;
  const md = checkText(seed, env, { uri: 'file:///r/2022.md', format: 'markdown' }).findings.map(key);
  const txt = checkText(seed, env, { uri: 'file:///r/2022.txt', format: 'plaintext' }).findings.map(key);
  assert.deepEqual(txt, md);
  assert.ok(md.length > 30);
});
