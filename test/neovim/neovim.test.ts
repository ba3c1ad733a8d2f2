/** Another real LSP client: headless Neovim receives the same diagnostics as the CLI's JSON. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, serverPath } from '../helpers/lsp-client';

test('Neovim receives the seed diagnostics, identical to the CLI JSON', () => {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(nvim.status, 0, 'Neovim is missing: install the Debian package neovim (npm test does it when run as root)');
  const seed = join(repoRoot, 'seeds', 'yanhu-2022.md');
  const out = join(mkdtempSync(join(tmpdir(), 'govreport-nvim-')), 'result.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'check.lua')}`], {
    env: { ...process.env, GOVREPORT_SERVER: serverPath, GOVREPORT_FILE: seed, GOVREPORT_OUT: out },
    encoding: 'utf8',
    timeout: 120000,
  });
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(readFileSync(out, 'utf8')) as { diagnostics?: unknown[]; error?: string };
  assert.equal(result.error, undefined);
  const cliRun = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', seed], { encoding: 'utf8' });
  assert.ok(cliRun.status === 0 || cliRun.status === 1, cliRun.stderr);
  const cli = JSON.parse(cliRun.stdout) as { files: Array<{ diagnostics: unknown[] }> };
  assert.ok((result.diagnostics ?? []).length >= 23);
  assert.deepEqual(result.diagnostics, cli.files[0].diagnostics);
});
