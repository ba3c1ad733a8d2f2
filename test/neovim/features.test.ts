/**
 * Neovim as the client for hover and workspace/executeCommand (issue 4): headless Neovim
 * starts the bundled server over stdio (test/neovim/features.lua), hovers on the seed and runs
 * govreport.annotate on a copy without notes; the server's workspace/applyEdit is applied by
 * Neovim's built-in handler.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/lsp-client';
import { runNeovim } from './run';
import { SEED_GAPS, SEED_HEADWORDS } from '../helpers/seed-terms';

interface HoverAnswer {
  position: { line: number; character: number };
  hover?: { contents: { kind: string; value: string }; range: { start: { line: number; character: number } } };
}
interface AnnotateRun {
  message?: string;
  lines: string[];
  changedtick: number;
}
interface Result {
  errors: string[];
  offset_encoding?: string;
  hover_liuwen?: HoverAnswer;
  hover_shisiwu?: HoverAnswer;
  had_notes_before?: boolean;
  annotate1?: AnnotateRun;
  annotate2?: AnnotateRun;
}

/** `N. head：definition` lines after `## 相关注释`. */
function notesOf(lines: string[]): Array<{ number: number; heads: string[]; definition: string }> {
  const at = lines.indexOf('## 相关注释');
  assert.ok(at >= 0, 'a 相关注释 heading');
  return lines
    .slice(at + 1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^(\d+)\. ([^：]+)：(.*)$/.exec(l);
      assert.ok(m, `a numbered note: ${l}`);
      const quoted = [...m[2].matchAll(/“([^”]+)”/g)].map((q) => q[1]);
      return { number: Number(m[1]), heads: quoted.length > 0 ? quoted : [m[2]], definition: m[3] };
    });
}

test('Neovim: hover on the seed and govreport.annotate through workspace/applyEdit', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-nvim-features-'));
  const seedPath = join(repoRoot, 'seeds', 'yanhu-2022.md');
  const seedText = readFileSync(seedPath, 'utf8');
  const file = join(dir, 'yanhu-2022.md');
  copyFileSync(seedPath, file);
  const stripped = join(dir, 'stripped.md');
  writeFileSync(stripped, seedText.slice(0, seedText.indexOf('## 相关注释')).trimEnd() + '\n');
  const out = join(dir, 'result.json');
  const started = Date.now();
  runNeovim(
    'features.lua',
    { GOVREPORT_FILE: file, GOVREPORT_STRIPPED: stripped, GOVREPORT_OUT: out },
    { cwd: dir, timeout: 180000 },
  );
  const r = JSON.parse(readFileSync(out, 'utf8')) as Result;
  t.diagnostic(`Neovim run: ${Date.now() - started} ms`);
  assert.deepEqual(r.errors, []);
  assert.equal(r.offset_encoding, 'utf-16');

  // (a) Hover: the first body “六稳” (line 16) shows note 1; “十四五” the national entry.
  const liuwen = r.hover_liuwen!;
  assert.equal(liuwen.position.line, 15, 'the first “六稳” is in the body, line 16');
  assert.ok(liuwen.hover, 'a hover for 六稳');
  assert.equal(liuwen.hover.contents.kind, 'markdown');
  assert.match(liuwen.hover.contents.value, /\*\*“六稳”\*\*/);
  assert.match(liuwen.hover.contents.value, /稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期/);
  assert.match(liuwen.hover.contents.value, /本文注释第 1 条/);
  assert.deepEqual(liuwen.hover.range.start, liuwen.position, 'the hover range starts at the term');
  const shisiwu = r.hover_shisiwu!;
  assert.equal(shisiwu.position.line, 15);
  assert.ok(shisiwu.hover, 'a hover for 十四五');
  assert.match(shisiwu.hover.contents.value, /全国通用提法/);
  assert.match(shisiwu.hover.contents.value, /2021/);

  // (b) annotate on the copy without notes: Neovim applied the server's edit to the buffer.
  assert.equal(r.had_notes_before, false);
  const first = r.annotate1!;
  assert.match(first.message ?? '', /相关注释已更新/);
  const notes = notesOf(first.lines);
  assert.deepEqual(
    notes.map((n) => n.number),
    Array.from({ length: notes.length }, (_, i) => i + 1),
    'numbered 1…N',
  );
  const heads = notes.flatMap((n) => n.heads);
  assert.deepEqual(
    heads.filter((h) => !SEED_GAPS.includes(h)),
    SEED_HEADWORDS,
    'the seed’s 36 headwords in the original order',
  );
  assert.equal(notes.length, 35 + SEED_GAPS.length, 'the 35 notes of the seed and one placeholder per gap');
  assert.deepEqual(heads.slice(0, 5), ['五抓一优一促', '六稳', '六保', '1311', '专精特新']);
  assert.equal(heads[heads.length - 1], '13710');
  assert.match(notes[1].definition, /^稳就业、稳金融/);
  for (const gap of SEED_GAPS) {
    const note = notes.find((n) => n.heads.includes(gap));
    assert.ok(note, `a note for ${gap}`);
    assert.equal(note.definition, '（待补充释义）', gap);
  }
  assert.equal(heads.indexOf('十大产业集群'), heads.indexOf('服务业提质增效十大行动') + 1);
  assert.equal(heads.indexOf('12大基地'), heads.indexOf('三未') + 1);
  // The body above the notes is untouched.
  const body = seedText.slice(0, seedText.indexOf('## 相关注释')).trimEnd().split('\n');
  assert.deepEqual(first.lines.slice(0, body.length), body);

  // A second run changes nothing (Neovim sent its didChange before the request).
  const second = r.annotate2!;
  assert.match(second.message ?? '', /已是最新/);
  assert.deepEqual(second.lines, first.lines);
  assert.equal(second.changedtick, first.changedtick, 'the buffer was not touched');
});
