/** Another real LSP client: headless Neovim receives the same diagnostics as the CLI's JSON. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/lsp-client';
import { runNeovim } from './run';

test('Neovim receives the seed diagnostics, identical to the CLI JSON', () => {
  const seed = join(repoRoot, 'seeds', 'yanhu-2022.md');
  const out = join(mkdtempSync(join(tmpdir(), 'govreport-nvim-')), 'result.json');
  runNeovim('check.lua', { GOVREPORT_FILE: seed, GOVREPORT_OUT: out }, { timeout: 120000 });
  const result = JSON.parse(readFileSync(out, 'utf8')) as { diagnostics?: unknown[]; error?: string };
  assert.equal(result.error, undefined);
  const cliRun = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', seed], {
    encoding: 'utf8',
  });
  assert.ok(cliRun.status === 0 || cliRun.status === 1, cliRun.stderr);
  const cli = JSON.parse(cliRun.stdout) as { files: Array<{ diagnostics: unknown[] }> };
  assert.ok((result.diagnostics ?? []).length >= 23);
  // The same diagnostics, but the server's carry no fix in `data` (the CLI's JSON does): fixes
  // are computed when code actions are asked for; and no rule link (codeDescription), which
  // Neovim 0.7 does not show (it does not announce codeDescriptionSupport).
  const withoutFix = cli.files[0].diagnostics.map((d) => {
    const { data, codeDescription, ...rest } = d as { data?: { fix?: unknown }; codeDescription?: unknown };
    assert.ok(data === undefined || data.fix !== undefined);
    assert.ok(codeDescription);
    return rest;
  });
  assert.deepEqual(result.diagnostics, withoutFix);
});

test('Neovim: a quick fix, asked for with the diagnostic Neovim got, joins the broken paragraph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-nvim-fix-'));
  const file = join(dir, 'yanhu-2022.md');
  copyFileSync(join(repoRoot, 'seeds', 'yanhu-2022.md'), file);
  const out = join(dir, 'result.json');
  runNeovim('quickfix.lua', { GOVREPORT_FILE: file, GOVREPORT_OUT: out }, { timeout: 120000 });
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    errors: string[];
    before: number;
    after?: number;
    has_data: boolean;
    titles: string[];
    lines_before: number;
    lines_after?: number;
    joined?: boolean;
  };
  assert.deepEqual(r.errors, []);
  assert.equal(r.before, 23);
  assert.equal(r.has_data, false, 'the diagnostic carries no fix');
  // Its own fix first (the one applied), then the switch every finding gets.
  assert.equal(r.titles.length, 2);
  assert.match(r.titles[0], /合并第 20 行与第 22 行/);
  assert.match(r.titles[1], /在此处关闭此检查/);
  assert.equal(r.joined, true);
  assert.equal(r.lines_after, r.lines_before - 2);
  assert.equal(r.after, 22);
});
