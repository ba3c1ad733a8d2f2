// Shared by the editor test runners: paths, suite build, test workspace.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', '..');
export const OUT = path.join(ROOT, 'test', '.output', 'editor');
export const SUITE_SRC = path.join(HERE, 'suite');
export const SUITE_OUT = path.join(OUT, 'suite');
export const RESULT = path.join(OUT, 'result.json');
export const WORKSPACE = path.join(OUT, 'workspace');
export const SEED = path.join(ROOT, 'seeds', 'yanhu-2022.md');

export const CS_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';
export const CACHE = process.env.GOVREPORT_CACHE || path.join(os.homedir(), '.cache', 'govreport');
export const CODE_SERVER_DIR = path.join(CACHE, `code-server-${CS_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CODE_SERVER_MARKER = path.join(CODE_SERVER_DIR, '.govreport-installed');

export function rmrf(p) {
  fs.rmSync(p, { recursive: true, force: true });
}

/**
 * Bundles suite/index.ts and every suite/*.test.ts (one CJS bundle each; `vscode`
 * external) into test/.output/editor/suite/. Returns the path of index.js, the
 * extensionTestsPath.
 */
export async function buildSuite() {
  rmrf(SUITE_OUT);
  const entries = fs
    .readdirSync(SUITE_SRC)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(SUITE_SRC, f));
  await esbuild.build({
    entryPoints: entries,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(SUITE_OUT, 'index.js');
}

/** A fresh test workspace: a copy of the seed report and a README that is not a report. */
export function prepareWorkspace() {
  rmrf(WORKSPACE);
  fs.mkdirSync(WORKSPACE, { recursive: true });
  fs.copyFileSync(SEED, path.join(WORKSPACE, 'yanhu-2022.md'));
  // A 2023 report: the seed is its baseline (targets against results, the figures table).
  fs.copyFileSync(
    path.join(ROOT, 'test', 'fixtures', 'rules', 'figures', '_yanhu-2023.md'),
    path.join(WORKSPACE, '2023-report.md'),
  );
  fs.writeFileSync(
    path.join(WORKSPACE, 'README.md'),
    [
      '# Test workspace',
      '',
      'This folder is created by the editor test runners (test/editor/).',
      'It is not a government work report, so the linter should leave it alone.',
      '',
      '- `yanhu-2022.md` is a copy of seeds/yanhu-2022.md.',
      '- `2023-report.md` is a copy of test/fixtures/rules/figures/_yanhu-2023.md.',
      '',
    ].join('\n'),
  );
  return WORKSPACE;
}

export function readResult() {
  return JSON.parse(fs.readFileSync(RESULT, 'utf8'));
}

export function printResult(result, log = console.log) {
  log(
    `suite ran in VS Code ${result.vscodeVersion} (${result.appHost}, language ${result.language}) in ${(result.ms / 1000).toFixed(1)}s`,
  );
  for (const t of result.tests) {
    const mark = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' }[t.status];
    console.log(`  ${mark} ${t.name}${t.status === 'skipped' ? ` (${t.reason})` : ` (${t.ms} ms)`}`);
    if (t.error)
      console.log(
        t.error
          .split('\n')
          .map((l) => `       ${l}`)
          .join('\n'),
      );
  }
}
