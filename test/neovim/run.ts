/** Runs one of the Lua scripts here in headless Neovim (0.7+, `--clean`) and checks it exited. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { serverPath } from '../helpers/lsp-client';

export function runNeovim(script: string, env: Record<string, string>, opts: { cwd?: string; timeout: number }): void {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(
    nvim.status,
    0,
    'Neovim is missing: install the Debian package neovim (npm test does it when run as root)',
  );
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, script)}`], {
    cwd: opts.cwd,
    env: { ...process.env, GOVREPORT_SERVER: serverPath, ...env },
    encoding: 'utf8',
    timeout: opts.timeout,
  });
  assert.equal(run.status, 0, `nvim exited with ${run.status} ${run.signal ?? ''}: ${run.stderr}`);
}
