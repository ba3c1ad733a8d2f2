#!/usr/bin/env node
// Runs the same editor suite (test/editor/suite) in desktop VS Code through
// @vscode/test-electron. VS Code has to be downloaded from Microsoft, which only
// works with internet access, so this runs only with GOVREPORT_TEST_ELECTRON=1.
//
//   GOVREPORT_TEST_ELECTRON=1 node test/editor/run-electron.mjs
//
// Env:
//   GOVREPORT_TEST_ELECTRON=1        actually try (default: print "skipped", exit 0)
//   GOVREPORT_ALLOW_ELECTRON_SKIP=0  a failed download is a failure (default: skip, exit 0)
//   GOVREPORT_VSCODE_VERSION         default 1.100.3
//   GOVREPORT_LOCALE                 passed as --locale
// On Linux without $DISPLAY, run it under xvfb-run (apt-get install xvfb).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { OUT, RESULT, ROOT, VSCODE_VERSION, buildSuite, prepareWorkspace, printResult, rmrf } from './common.mjs';

const log = (s) => console.log(`[editor-electron] ${s}`);

async function main() {
  if (process.env.GOVREPORT_TEST_ELECTRON !== '1') {
    log('skipped: set GOVREPORT_TEST_ELECTRON=1 to run the suite in desktop VS Code (needs internet to download it)');
    return 0;
  }
  const allowSkip = process.env.GOVREPORT_ALLOW_ELECTRON_SKIP !== '0';
  const version = process.env.GOVREPORT_VSCODE_VERSION || VSCODE_VERSION;
  let vscodeExecutablePath;
  try {
    log(`downloading VS Code ${version} (or using .vscode-test cache)`);
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version,
      cachePath: path.join(ROOT, '.vscode-test'),
      timeout: 15_000,
    });
  } catch (e) {
    const msg = `VS Code cannot be downloaded here (no internet): ${e?.message ?? e}`;
    if (allowSkip) {
      log(`skipped: ${msg}`);
      return 0;
    }
    log(`FAILED: ${msg}`);
    return 1;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    log('warning: $DISPLAY is not set; desktop VS Code needs an X server (run under xvfb-run)');
  }

  fs.mkdirSync(OUT, { recursive: true });
  const suiteIndex = await buildSuite();
  const workspace = prepareWorkspace();
  rmrf(RESULT);
  const userDataDir = path.join(OUT, 'electron-user-data');
  const extensionsDir = path.join(OUT, 'electron-extensions');
  rmrf(userDataDir);
  const launchArgs = [
    workspace,
    '--disable-workspace-trust',
    '--disable-gpu',
    '--no-sandbox',
    '--skip-welcome',
    '--skip-release-notes',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
  if (process.env.GOVREPORT_LOCALE) launchArgs.push('--locale', process.env.GOVREPORT_LOCALE);
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: { GOVREPORT_TEST_RESULT: RESULT },
      launchArgs,
    });
  } catch (e) {
    log(`runTests failed: ${e?.message ?? e}`);
    code = 1;
  }
  if (fs.existsSync(RESULT)) {
    const result = JSON.parse(fs.readFileSync(RESULT, 'utf8'));
    printResult(result, log);
    console.log(`editor-electron: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
    if (result.failed > 0) code = code || 1;
  } else {
    log(`no result file ${RESULT} was written`);
    code = code || 1;
  }
  return code === 0 ? 0 : 1;
}

main().then(
  (c) => process.exit(c),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
