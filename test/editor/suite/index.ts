// Extension test entry (extensionTestsPath): VS Code's extension host calls run().
// Works under code-server (test/editor/run-code-server.mjs) and @vscode/test-electron
// (test/editor/run-electron.mjs). No mocha: loads every sibling *.test.js bundle in
// name order, runs the registered tests one after another, writes a JSON result file
// and rejects when any test failed.
//
// Env (read in the extension host):
//   GOVREPORT_TEST_RESULT  result file (default: result.json next to this folder)
//   GOVREPORT_TEST_GREP    only run tests whose "file › name" contains this string
//   GOVREPORT_EXPECT_INSTALLED=1  the extension must come from the extensions dir (.vsix run)
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { registry } from './harness';

export interface TestResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  error?: string;
  reason?: string;
}
export interface RunResult {
  passed: number;
  failed: number;
  skipped: number;
  vscodeVersion: string;
  language: string;
  appHost: string;
  startedAt: string;
  ms: number;
  tests: TestResult[];
}

function resultFile(): string {
  return process.env.GOVREPORT_TEST_RESULT || path.join(__dirname, '..', 'result.json');
}

function write(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2));
  fs.renameSync(tmp, file); // atomic: a watcher never sees half a file
}

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`test "${name}" timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function run(): Promise<void> {
  const started = Date.now();
  const file = resultFile();
  const log = (s: string) => console.log(`[editor-suite] ${s}`);
  const grep = process.env.GOVREPORT_TEST_GREP;
  const tests: TestResult[] = [];
  write(`${file}.started`, { startedAt: new Date(started).toISOString(), pid: process.pid });
  try {
    const files = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.js'))
      .sort();
    for (const f of files) {
      const before = registry().length;
      require(path.join(__dirname, f)); // eslint-disable-line @typescript-eslint/no-require-imports
      for (const t of registry().slice(before)) t.name = `${f.replace(/\.test\.js$/, '')} › ${t.name}`;
    }
    const cases = registry().filter((t) => !grep || t.name.includes(grep));
    log(
      `running ${cases.length} tests from ${files.length} files (VS Code ${vscode.version}, ${vscode.env.appHost}, language ${vscode.env.language})`,
    );
    for (const t of cases) {
      const t0 = Date.now();
      if (t.skip) {
        tests.push({ name: t.name, status: 'skipped', ms: 0, reason: t.skip });
        log(`SKIP ${t.name} (${t.skip})`);
        continue;
      }
      try {
        await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs, t.name);
        tests.push({ name: t.name, status: 'passed', ms: Date.now() - t0 });
        log(`PASS ${t.name} (${Date.now() - t0} ms)`);
      } catch (e) {
        const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
        tests.push({ name: t.name, status: 'failed', ms: Date.now() - t0, error });
        log(`FAIL ${t.name}\n${error}`);
      }
    }
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    tests.push({ name: '(loading the suite)', status: 'failed', ms: 0, error });
  }
  const result: RunResult = {
    passed: tests.filter((t) => t.status === 'passed').length,
    failed: tests.filter((t) => t.status === 'failed').length,
    skipped: tests.filter((t) => t.status === 'skipped').length,
    vscodeVersion: vscode.version,
    language: vscode.env.language,
    appHost: vscode.env.appHost,
    startedAt: new Date(started).toISOString(),
    ms: Date.now() - started,
    tests,
  };
  write(file, result);
  log(`${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (result: ${file})`);
  if (result.failed > 0) throw new Error(`${result.failed} editor test(s) failed`);
}
