#!/usr/bin/env node
// Editor tests entry (called by the project's test script):
//   1. code-server 4.100.3 installed? (installs it via install-code-server.sh when root)
//   2. npm run build (skip with GOVREPORT_SKIP_BUILD=1)
//   3. run-code-server.mjs  (the suite in code-server + Chromium, UI check, screenshot)
//   4. run-electron.mjs     (the suite in desktop VS Code; skipped unless GOVREPORT_TEST_ELECTRON=1)
// Arguments are passed to run-code-server.mjs (--vsix FILE, --locale L, --grep T, --no-ui).
// Exit code 0 only when every step passed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, CODE_SERVER_MARKER, HERE, ROOT } from './common.mjs';

const log = (s) => console.log(`[editor-run] ${s}`);

function run(cmd, args, opts = {}) {
  log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.error) log(`could not run ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}

function ensureCodeServer() {
  if (fs.existsSync(CODE_SERVER_ENTRY) && fs.existsSync(CODE_SERVER_MARKER)) return true;
  if (process.getuid?.() !== 0) {
    log(`code-server is not installed (${path.dirname(CODE_SERVER_MARKER)}).`);
    log('It needs Debian packages (libkrb5-dev, ripgrep, chromium, build-essential) and a native build:');
    log('run as root:  bash test/editor/install-code-server.sh');
    return false;
  }
  const t = Date.now();
  const code = run('bash', [path.join(HERE, 'install-code-server.sh')]);
  log(`install-code-server.sh exited ${code} after ${((Date.now() - t) / 1000).toFixed(0)}s`);
  return code === 0;
}

function main() {
  if (!ensureCodeServer()) return 1;
  if (process.env.GOVREPORT_SKIP_BUILD !== '1') {
    if (run('npm', ['run', 'build', '--silent']) !== 0) {
      log('npm run build failed');
      return 1;
    }
  }
  const cs = run(process.execPath, [path.join(HERE, 'run-code-server.mjs'), ...process.argv.slice(2)]);
  const el = run(process.execPath, [path.join(HERE, 'run-electron.mjs')]);
  log(`code-server suite: ${cs === 0 ? 'passed' : 'FAILED'}; electron suite: ${el === 0 ? 'passed/skipped' : 'FAILED'}`);
  return cs === 0 && el === 0 ? 0 : 1;
}

process.exit(main());
