#!/usr/bin/env node
// Editor tests entry (called by the project's test script, test/run-all.mjs):
//   1. code-server 4.100.3 installed? (installs it via install-code-server.sh when root)
//   2. npm run package -> dist/gov-report-assistant.vsix (production build), copied to
//      test/.output/editor/ so that a later package by someone else cannot change it mid-run
//   3. npm run build   (the development build back in dist/, with source maps; always after 2,
//      otherwise only when GOVREPORT_SKIP_BUILD is not 1)
//   4. run-code-server.mjs --locale zh-cn --vsix <copy>   the suite + UI check against the
//      INSTALLED .vsix, VS Code in Chinese
//   5. run-code-server.mjs --locale en                    the suite + UI check against the
//      development folder, VS Code in English
//   6. run-electron.mjs  (the suite in desktop VS Code; skipped unless GOVREPORT_TEST_ELECTRON=1)
// With arguments, steps 2, 4 and 5 are replaced by one run-code-server.mjs run with those
// arguments (--vsix FILE, --locale L, --grep T, --no-ui), as before.
// Env: GOVREPORT_SKIP_PACKAGE=1 runs step 4 against the development folder instead.
// Exit code 0 only when every step passed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, CODE_SERVER_MARKER, HERE, OUT, ROOT } from './common.mjs';

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

const VSIX = path.join(ROOT, 'dist', 'gov-report-assistant.vsix');
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(0)}s`;

function build() {
  const code = run('npm', ['run', 'build', '--silent']);
  if (code !== 0) log('npm run build failed');
  return code === 0;
}

/** npm run package, then a private copy of the .vsix (undefined when packaging failed). */
function packageVsix() {
  const t = Date.now();
  const code = run('npm', ['run', 'package', '--silent']);
  log(`npm run package exited ${code} after ${secs(t)}`);
  if (code !== 0 || !fs.existsSync(VSIX)) return undefined;
  fs.mkdirSync(OUT, { recursive: true });
  const copy = path.join(OUT, path.basename(VSIX));
  fs.copyFileSync(VSIX, copy);
  return copy;
}

function codeServer(args) {
  const t = Date.now();
  const code = run(process.execPath, [path.join(HERE, 'run-code-server.mjs'), ...args]);
  log(`run-code-server.mjs ${args.join(' ')}: ${code === 0 ? 'passed' : 'FAILED'} after ${secs(t)}`);
  return code;
}

function main() {
  const t0 = Date.now();
  if (!ensureCodeServer()) return 1;
  const args = process.argv.slice(2);
  const steps = []; // [name, ok]
  if (args.length > 0) {
    if (process.env.GOVREPORT_SKIP_BUILD !== '1' && !build()) return 1;
    steps.push([`code-server suite (${args.join(' ')})`, codeServer(args) === 0]);
  } else {
    let vsix;
    if (process.env.GOVREPORT_SKIP_PACKAGE === '1')
      log('packaging skipped (GOVREPORT_SKIP_PACKAGE=1): zh-cn runs against the development folder');
    else {
      vsix = packageVsix();
      steps.push(['npm run package', !!vsix]);
    }
    // Packaging leaves the production build in dist/; put the development build back.
    if (vsix || process.env.GOVREPORT_SKIP_BUILD !== '1') {
      if (!build()) return 1;
    }
    const zh = ['--locale', 'zh-cn', ...(vsix ? ['--vsix', vsix] : [])];
    steps.push([`code-server suite, zh-cn, ${vsix ? 'installed .vsix' : 'development folder'}`, codeServer(zh) === 0]);
    steps.push(['code-server suite, en, development folder', codeServer(['--locale', 'en']) === 0]);
  }
  const el = run(process.execPath, [path.join(HERE, 'run-electron.mjs')]);
  steps.push(['electron suite (passed or skipped)', el === 0]);
  for (const [name, ok] of steps) log(`${ok ? 'ok    ' : 'FAILED'} ${name}`);
  log(`editor tests took ${secs(t0)}`);
  return steps.every(([, ok]) => ok) ? 0 : 1;
}

process.exit(main());
