#!/usr/bin/env node
// `npm test`: every test, the real-editor ones included.
//   1. prerequisites (Debian packages; as root they are installed when missing)
//   2. typecheck, build
//   3. unit + fixture, protocol and Neovim tests (node's test runner)
//   4. real-editor tests (code-server + Chromium; test/editor/run.mjs)
//   (lint, `npm run lint`, runs after the typecheck)
// Set GOVREPORT_SKIP_EDITOR=1 to leave out step 4 (e.g. on a machine without root).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const out = join(root, 'test', '.output');
mkdirSync(out, { recursive: true });
const say = (s) => console.log(`[test] ${s}`);

function run(cmd, args, opts = {}) {
  say(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

/** Debian packages the tests use: installed when missing if we are root, else explained. */
const DEBIAN = { nvim: 'neovim', soffice: 'libreoffice-writer-nogui', pdftoppm: 'poppler-utils' };
function prerequisites() {
  const missing = Object.entries(DEBIAN)
    .filter(([bin]) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0)
    .map(([, pkg]) => pkg);
  if (missing.length === 0) return true;
  if (process.getuid?.() !== 0) {
    say(
      `missing Debian packages: ${missing.join(' ')} — install them (sudo apt-get install ${missing.join(' ')}) and run again`,
    );
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!process.env.GOVREPORT_APT_UPDATED && run('apt-get', ['update', '-qq'], { env }) !== 0) return false;
  return run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env }) === 0;
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? testFiles(p) : name.endsWith('.test.ts') ? [p] : [];
  });
}

let passed = 0;
let failed = 0;
const step = (name, ok) => {
  if (ok) passed++;
  else failed++;
  say(`${ok ? 'ok' : 'FAILED'}: ${name}`);
};

step('prerequisites', prerequisites());
step('typecheck', run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) === 0);
// ESLint + Prettier (npm run lint; `npm run format` fixes most of what it finds).
step('lint', run('npm', ['run', 'lint', '--silent']) === 0);
step('build', run('npm', ['run', 'build', '--silent']) === 0);

const files = ['unit', 'protocol', 'neovim'].flatMap((d) => testFiles(join(root, 'test', d))).sort();
const tap = join(out, 'node-tests.tap');
const nodeStatus = run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...files,
]);
if (existsSync(tap)) {
  const t = readFileSync(tap, 'utf8');
  passed += Number(/^# pass (\d+)/m.exec(t)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(t)?.[1] ?? 0);
}
if (nodeStatus !== 0 && failed === 0) step('node tests', false);

if (process.env.GOVREPORT_SKIP_EDITOR === '1') say('real-editor tests skipped (GOVREPORT_SKIP_EDITOR=1)');
else
  step(
    'real-editor tests (code-server)',
    run(process.execPath, [join(root, 'test', 'editor', 'run.mjs')], {
      env: { ...process.env, GOVREPORT_SKIP_BUILD: '1' },
    }) === 0,
  );

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
