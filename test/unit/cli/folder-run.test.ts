/** A folder run as a drafter reads it: subtotals, skipped files, empty files, the size limit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';

const root = join(__dirname, '..', '..', '..');
const seed = join(root, 'seeds', 'yanhu-2022.md');

function run(args: string[]): { code: number; out: string; err: string } {
  return runCli([...args, '--lang', 'zh-cn']);
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-folder-'));
  mkdirSync(join(dir, 'sub'));
  copyFileSync(seed, join(dir, 'a.md'));
  copyFileSync(join(root, 'test', 'fixtures', 'rules', 'figures', '_yanhu-2023.md'), join(dir, 'sub', 'b.md'));
  writeFileSync(join(dir, 'notes.md'), '会议纪要：下周讨论预算。\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

test('a folder run prints a subtotal per file and says how many files were skipped and how to check them', () => {
  const dir = folder();
  const r = run(['check', dir]);
  const lines = r.out.split('\n');
  const subtotals = lines.filter((l) => /：\d+ 个错误，\d+ 个警告，\d+ 条提示$/.test(l));
  assert.deepEqual(
    subtotals.map((l) => l.slice(dir.length + 1).replace(/：.*/, '')),
    ['a.md', 'sub/b.md'],
  );
  // Each subtotal follows that file's findings.
  const ofA = lines.map((l, i) => (l.startsWith(join(dir, 'a.md') + ':') ? i : -1)).filter((i) => i >= 0);
  const lastOfA = ofA[ofA.length - 1];
  assert.equal(lines[lastOfA + 1], subtotals[0]);
  assert.ok(
    lines.includes('另有 2 个文件看起来不像政府工作报告，已跳过；加选项 --all 可一并检查。'),
    r.out.slice(-300),
  );
  assert.match(lines.at(-1)!, /^共检查 2 个文件/);
  const all = run(['check', '--all', dir]);
  assert.match(all.out.split('\n').at(-1)!, /^共检查 4 个文件/);
  assert.ok(!all.out.includes('已跳过'));
  assert.ok(all.out.includes(`${join(dir, 'empty.txt')}: 文件是空的，没有可检查的内容。`));
});

test('one file: no subtotal; an empty file says it is empty', () => {
  const r = run(['check', seed]);
  assert.ok(!/yanhu-2022\.md：/.test(r.out));
  const dir = folder();
  const e = run(['check', join(dir, 'empty.txt')]);
  assert.equal(e.code, 0);
  assert.equal(e.out.split('\n')[0], `${join(dir, 'empty.txt')}: 文件是空的，没有可检查的内容。`);
});

test('the size limit names the CLI option, which raises it', () => {
  const r = run(['check', '--max-size', '1000', seed]);
  assert.match(r.out, /超过检查上限（1,000 个字符），已跳过检查。如需检查，请加选项 --max-size 15849/);
  assert.doesNotMatch(r.out, /govReport\.maxDocumentSize/);
  assert.match(run(['check', '--max-size', '15849', seed]).out, /共检查 1 个文件：1 个错误/);
  const bad = run(['check', '--max-size', '1万', seed]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /选项 --max-size 的值“1万”不是正整数/);
});
