#!/usr/bin/env node
// Runs the extension test suite (test/editor/suite) inside a real VS Code 1.100.3
// (code-server 4.100.3) driven by headless Debian Chromium through playwright-core,
// then checks the editor UI (squiggles + Problems panel) and takes a screenshot.
//
//   node test/editor/run-code-server.mjs [--vsix FILE] [--locale zh-cn(default)|en] [--grep TEXT] [--no-ui]
//
// Env equivalents: GOVREPORT_VSIX, GOVREPORT_LOCALE, GOVREPORT_TEST_GREP, GOVREPORT_NO_UI=1.
//   GOVREPORT_UI_EXPECTED_TEXT text the Problems panel must show (default: the broken-paragraph
//                              message in the locale: 段落在句中断开 / Paragraph broken mid-sentence)
//   GOVREPORT_CACHE            code-server cache root (default ~/.cache/govreport)
//   GOVREPORT_SUITE_TIMEOUT_MS whole suite deadline (default 600000)
//   GOVREPORT_CHROMIUM         browser binary (default /usr/bin/chromium)
//
// How the result comes back: the suite (extension host, remote = code-server's node
// process) writes a JSON file whose path it gets from GOVREPORT_TEST_RESULT (set in
// code-server's environment, inherited by its extension host). This runner polls
// for that file under a deadline. As a second channel it exposes
// window.codeAutomationExit(code) in the page, which VS Code's browser workbench
// calls when an extension host that ran extensionTestsPath exits; an exit without
// a result file is reported as a failure at once instead of waiting for the deadline.
//
// Exit code: 0 = all passed, 1 = anything failed. code-server's whole process group
// and the browser are always killed at the end.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import {
  CODE_SERVER_ENTRY,
  CODE_SERVER_MARKER,
  CS_VERSION,
  OUT,
  RESULT,
  ROOT,
  WORKSPACE,
  buildSuite,
  prepareWorkspace,
  printResult,
  rmrf,
} from './common.mjs';
import { drafterTour } from './ui-tour.mjs';

// ---- what the UI check expects (adjust here) ------------------------------------
// Text that must appear in the Problems panel, per locale (override: GOVREPORT_UI_EXPECTED_TEXT).
const UI_EXPECTED_TEXT = { 'zh-cn': '段落在句中断开', en: 'Paragraph broken mid-sentence' };
const DEFAULT_LOCALE = 'zh-cn';
const SUITE_START_TIMEOUT_MS = 180_000; // workbench load + extension host start
const UI_SEED_FILE = 'yanhu-2022.md';
// ----------------------------------------------------------------------------------

/** The zh-cn screenshot keeps the plain name (it is the one the docs use); others get a suffix. */
const screenshotFor = (locale) =>
  path.join(
    OUT,
    !locale || locale === DEFAULT_LOCALE ? 'screenshot-problems.png' : `screenshot-problems-${locale}.png`,
  );
const CHROMIUM = process.env.GOVREPORT_CHROMIUM || '/usr/bin/chromium';

function parseArgs(argv) {
  const o = {
    vsix: process.env.GOVREPORT_VSIX || '',
    locale: process.env.GOVREPORT_LOCALE || DEFAULT_LOCALE,
    grep: process.env.GOVREPORT_TEST_GREP || '',
    ui: process.env.GOVREPORT_NO_UI !== '1',
    suiteTimeoutMs: Number(process.env.GOVREPORT_SUITE_TIMEOUT_MS || 600_000),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') o.vsix = argv[++i];
    else if (a === '--locale') o.locale = argv[++i];
    else if (a === '--grep') o.grep = argv[++i];
    else if (a === '--no-ui') o.ui = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (o.vsix) o.vsix = path.resolve(o.vsix);
  o.locale = o.locale.toLowerCase();
  o.expectedUiText =
    process.env.GOVREPORT_UI_EXPECTED_TEXT ||
    UI_EXPECTED_TEXT[o.locale.startsWith('en') ? 'en' : o.locale] ||
    UI_EXPECTED_TEXT[DEFAULT_LOCALE];
  return o;
}

const t0 = Date.now();
const log = (s) => console.log(`[editor ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${s}`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value or the deadline passes (then throws). */
async function until(what, fn, timeoutMs, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// ---- code-server -------------------------------------------------------------------------
class CodeServer {
  constructor({ locale, attempt }) {
    this.locale = locale;
    this.dir = path.join(OUT, `code-server-${attempt}`);
    this.userDataDir = path.join(this.dir, 'user-data');
    this.extensionsDir = path.join(this.dir, 'extensions');
    this.config = path.join(this.dir, 'config.yaml');
    this.logFile = path.join(this.dir, 'code-server.log');
    this.proc = undefined;
    this.exited = undefined; // exit code/signal once exited
  }

  prepareDirs() {
    rmrf(this.dir);
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(this.extensionsDir, { recursive: true });
    fs.writeFileSync(this.config, 'auth: none\ncert: false\n');
    fs.writeFileSync(
      path.join(this.userDataDir, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'security.workspace.trust.enabled': false,
          'extensions.autoUpdate': false,
          'extensions.autoCheckUpdates': false,
          'extensions.ignoreRecommendations': true,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'git.enabled': false,
          'window.restoreWindows': 'none',
          'files.hotExit': 'off',
          // VS Code for the Web (code-server) defaults to 'afterDelay' (desktop: 'off'): edits a
          // test makes would be written to the workspace copy after 1 s and survive its revert.
          'files.autoSave': 'off',
          'chat.commandCenter.enabled': false,
        },
        null,
        2,
      ),
    );
    if (this.locale && !this.locale.toLowerCase().startsWith('en')) this.writeLocaleStub(this.locale.toLowerCase());
  }

  /**
   * VS Code only takes a display language (vscode.env.language) for which a language
   * pack is installed, and the real packs come from a marketplace we cannot reach.
   * A stub pack with no translations is enough: the UI stays English, but VS Code
   * (and so the extension, through vscode.env.language) runs in `locale`.
   */
  writeLocaleStub(locale) {
    const name = `locale-stub-${locale}`;
    const ext = path.join(this.extensionsDir, `govreport-test.${name}-0.0.1`);
    const translations = path.join(ext, 'translations', 'main.i18n.json');
    fs.mkdirSync(path.dirname(translations), { recursive: true });
    fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
    fs.writeFileSync(
      path.join(ext, 'package.json'),
      JSON.stringify(
        {
          name,
          publisher: 'govreport-test',
          version: '0.0.1',
          displayName: `Test stub language pack (${locale})`,
          engines: { vscode: '*' },
          categories: ['Language Packs'],
          contributes: {
            localizations: [
              {
                languageId: locale,
                languageName: locale,
                localizedLanguageName: locale,
                translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
              },
            ],
          },
        },
        null,
        2,
      ),
    );
    fs.writeFileSync(
      path.join(this.userDataDir, 'languagepacks.json'),
      JSON.stringify(
        {
          [locale]: {
            hash: `govreportstub${locale.replace(/[^a-z0-9]/g, '')}`,
            extensions: [{ extensionIdentifier: { id: `govreport-test.${name}` }, version: '0.0.1' }],
            translations: { vscode: translations },
            label: locale,
          },
        },
        null,
        2,
      ),
    );
  }

  baseArgs() {
    const a = [
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      this.userDataDir,
      '--extensions-dir',
      this.extensionsDir,
      '--config',
      this.config,
    ];
    if (this.locale) a.push('--locale', this.locale);
    return a;
  }

  installVsix(vsix) {
    log(`installing ${vsix} into ${this.extensionsDir}`);
    const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...this.baseArgs(), '--install-extension', vsix], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    process.stdout.write(r.stdout || '');
    if (r.status !== 0)
      throw new Error(`code-server --install-extension failed (${r.status ?? r.signal}): ${r.stderr}`);
  }

  async start(env) {
    this.port = await freePort();
    const args = [
      CODE_SERVER_ENTRY,
      ...this.baseArgs(),
      '--bind-addr',
      `127.0.0.1:${this.port}`,
      '--ignore-last-opened',
      WORKSPACE,
    ];
    const out = fs.openSync(this.logFile, 'a');
    // detached: the child calls setsid(), so it leads its own process group and
    // process.kill(-pid) reaches the extension host and every other helper too.
    this.proc = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, ...env },
    });
    fs.closeSync(out);
    this.proc.on('exit', (code, signal) => {
      this.exited = { code, signal };
    });
    this.url = `http://127.0.0.1:${this.port}`;
    log(`code-server pid ${this.proc.pid} on ${this.url} (log: ${path.relative(ROOT, this.logFile)})`);
    await until(
      'code-server to answer /healthz',
      async () => {
        if (this.exited) throw new Error(`code-server exited early (${JSON.stringify(this.exited)})`);
        try {
          const r = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(2000) });
          return r.ok;
        } catch {
          return false;
        }
      },
      90_000,
      300,
    );
  }

  logTail(n = 60) {
    try {
      return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-n).join('\n');
    } catch {
      return '(no log)';
    }
  }

  async stop() {
    const p = this.proc;
    if (!p || !p.pid) return;
    const group = -p.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      /* gone */
    }
    const gone = () => {
      try {
        process.kill(group, 0);
        return false;
      } catch {
        return true;
      }
    };
    const deadline = Date.now() + 5000;
    while (!gone() && Date.now() < deadline) await sleep(100);
    if (!gone()) {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
}

function vscodeRemote(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

function workbenchUrl(cs, { devPath, testsPath }) {
  const payload = [];
  if (devPath) payload.push(['extensionDevelopmentPath', vscodeRemote(cs.port, devPath)]);
  if (testsPath) payload.push(['extensionTestsPath', vscodeRemote(cs.port, testsPath)]);
  let u = `${cs.url}/?folder=${encodeURIComponent(WORKSPACE)}`;
  if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

/** A do-nothing extension folder to stand in as extensionDevelopmentPath (--vsix runs). */
function devStub() {
  const dir = path.join(OUT, 'dev-stub');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'editor-tests-host',
        publisher: 'govreport-test',
        version: '0.0.0',
        engines: { vscode: '*' },
        description: 'Stand-in development extension so that VS Code runs the editor suite against an installed .vsix',
      },
      null,
      2,
    ),
  );
  return dir;
}

// ---- browser -------------------------------------------------------------------------------
async function launchBrowser(locale) {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (locale) args.push(`--lang=${locale}`);
  // Default launch = a fresh temporary profile, removed on close.
  return chromium.launch({ executablePath: CHROMIUM, args, timeout: 60_000 });
}

function attachPageLogging(page, sink) {
  page.on('console', (m) => {
    const t = m.text();
    sink.push(`[${m.type()}] ${t}`);
    if (t.includes('[editor-suite]')) console.log(`  (ext host) ${t.replace(/^.*?\[editor-suite\]\s*/, '')}`);
  });
  page.on('pageerror', (e) => sink.push(`[pageerror] ${e.message}`));
}

// ---- suite run --------------------------------------------------------------------------------
async function runSuite(browser, cs, opts, suiteIndex) {
  rmrf(RESULT);
  rmrf(`${RESULT}.started`);
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: opts.locale || undefined,
  });
  const page = await context.newPage();
  const consoleLines = [];
  attachPageLogging(page, consoleLines);
  let automationExit;
  await page.exposeFunction('codeAutomationExit', (code) => {
    automationExit = { code };
  });
  await page.exposeFunction('codeAutomationLog', () => {});
  // VS Code's extension host runs extensionTestsPath only in a development session,
  // so with --vsix an empty stand-in extension is the development path and the
  // extension under test is the one installed into the extensions dir.
  const url = workbenchUrl(cs, { devPath: opts.vsix ? devStub() : ROOT, testsPath: suiteIndex });
  log(`opening workbench with the test suite: ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  let result;
  let started = false;
  const openedAt = Date.now();
  try {
    result = await until(
      'the suite result file',
      () => {
        if (fs.existsSync(RESULT)) return JSON.parse(fs.readFileSync(RESULT, 'utf8'));
        if (!started && fs.existsSync(`${RESULT}.started`)) {
          started = true;
          log('the suite started in the extension host');
        }
        if (!started && Date.now() - openedAt > SUITE_START_TIMEOUT_MS) {
          throw new Error(
            `the suite did not start within ${SUITE_START_TIMEOUT_MS / 1000}s (extension host did not load extensionTestsPath?)`,
          );
        }
        if (cs.exited) throw new Error(`code-server exited during the suite (${JSON.stringify(cs.exited)})`);
        if (automationExit) {
          // The extension host exited; give the file a moment to show (it is written before run() returns).
          if (!automationExit.seen) {
            automationExit.seen = Date.now();
            return false;
          }
          if (Date.now() - automationExit.seen > 5000) {
            throw new Error(
              `the extension host exited with code ${automationExit.code} without writing ${RESULT} (suite did not load?)`,
            );
          }
        }
        return false;
      },
      opts.suiteTimeoutMs,
      250,
    );
  } catch (e) {
    const shot = path.join(OUT, 'screenshot-suite-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    fs.writeFileSync(path.join(OUT, 'browser-console.log'), consoleLines.join('\n'));
    log(
      `browser console saved to ${path.relative(ROOT, path.join(OUT, 'browser-console.log'))}, screenshot ${path.relative(ROOT, shot)}`,
    );
    throw e;
  } finally {
    fs.writeFileSync(path.join(OUT, 'browser-console.log'), consoleLines.join('\n'));
    await context.close().catch(() => {});
  }
  return result;
}

// ---- UI check ---------------------------------------------------------------------------------
async function uiCheck(browser, cs, opts) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: opts.locale || undefined,
  });
  const page = await context.newPage();
  const consoleLines = [];
  attachPageLogging(page, consoleLines);
  const url = workbenchUrl(cs, { devPath: opts.vsix ? undefined : ROOT });
  log(`UI check: opening ${url}`);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    // The explorer shows the workspace once the remote connection is up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
    log('UI check: quick open the seed (Ctrl+P)');
    await openWithQuickOpen(page, UI_SEED_FILE);
    await page
      .locator(`.tabs-container .tab[aria-label*="${UI_SEED_FILE}"], .tabs-container .tab:has-text("${UI_SEED_FILE}")`)
      .first()
      .waitFor({ timeout: 30_000 });
    log('UI check: waiting for squiggles');
    await page
      .locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error')
      .first()
      .waitFor({ state: 'attached', timeout: 90_000 });
    log('UI check: Problems panel (Ctrl+Shift+M)');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ timeout: 30_000 });
    const row = panel.locator('.monaco-list-row', { hasText: opts.expectedUiText }).first();
    await row.waitFor({ timeout: 30_000 });
    const badge = (
      await page
        .locator('.panel .composite-bar .badge-content, .pane-header .badge, .part.panel .badge')
        .allTextContents()
        .catch(() => [])
    )
      .filter(Boolean)
      .join(',');
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    // Reveal that problem in the editor so the screenshot shows its squiggle too.
    await row.click();
    await page
      .locator('.monaco-editor .view-overlays .current-line, .monaco-editor .squiggly-warning')
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 })
      .catch(() => {});
    await page
      .locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error')
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => {});
    const screenshot = screenshotFor(opts.locale);
    await page.screenshot({ path: screenshot });
    log(
      `UI check passed: Problems panel shows "${opts.expectedUiText}" (first row: ${text.slice(0, 100)}; badge ${badge || '?'})`,
    );
    log(`screenshot: ${path.relative(ROOT, screenshot)}`);
    // The drafter's tour reads the Chinese UI texts: in the default locale only.
    if (!opts.locale || opts.locale === DEFAULT_LOCALE)
      await drafterTour(page, { out: OUT, workspace: WORKSPACE, log, openWithQuickOpen });
  } catch (e) {
    const shot = path.join(OUT, 'screenshot-ui-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    fs.writeFileSync(path.join(OUT, 'browser-console-ui.log'), consoleLines.join('\n'));
    log(
      `UI check failed; screenshot ${path.relative(ROOT, shot)}, console ${path.relative(ROOT, path.join(OUT, 'browser-console-ui.log'))}`,
    );
    throw e;
  } finally {
    await context.close().catch(() => {});
  }
}

async function openWithQuickOpen(page, name) {
  // Retry the whole gesture: the first Ctrl+P may land before the keybindings are ready.
  let lastErr;
  for (let i = 0; i < 3; i++) {
    try {
      await page
        .locator('.monaco-workbench')
        .click({ position: { x: 700, y: 450 } })
        .catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(name);
      await page
        .locator('.quick-input-widget .monaco-list-row', { hasText: name })
        .first()
        .waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      lastErr = e;
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
  throw lastErr;
}

// ---- main -------------------------------------------------------------------------------------
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CODE_SERVER_ENTRY) || !fs.existsSync(CODE_SERVER_MARKER)) {
    throw new Error(
      `code-server ${CS_VERSION} is not installed (${CODE_SERVER_ENTRY}); run: bash test/editor/install-code-server.sh`,
    );
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  if (!opts.vsix && !fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run npm run build first');
  }
  if (opts.vsix && !fs.existsSync(opts.vsix)) throw new Error(`--vsix ${opts.vsix} does not exist`);
  fs.mkdirSync(OUT, { recursive: true });

  log('building the suite');
  const suiteIndex = await buildSuite();
  prepareWorkspace();

  const env = {
    GOVREPORT_TEST_RESULT: RESULT,
    // The suite checks that --locale reached vscode.env.language.
    ...(opts.locale ? { GOVREPORT_EXPECT_LANGUAGE: opts.locale } : {}),
    ...(opts.vsix ? { GOVREPORT_EXPECT_INSTALLED: '1' } : {}),
    // No marketplace here: point code-server's gallery at a closed loopback port so it
    // fails at once instead of resolving outside hosts.
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: 'http://127.0.0.1:9/gallery',
      itemUrl: 'http://127.0.0.1:9/item',
      resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
    }),
    ...(opts.grep ? { GOVREPORT_TEST_GREP: opts.grep } : {}),
  };

  let cs;
  let browser;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    browser = undefined;
    if (cs) await cs.stop();
  };
  const onSignal = (sig) => {
    log(`${sig}: cleaning up`);
    cleanup().finally(() => process.exit(1));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    for (let attempt = 1; ; attempt++) {
      cs = new CodeServer({ locale: opts.locale, attempt });
      cs.prepareDirs();
      try {
        if (opts.vsix) cs.installVsix(opts.vsix);
        log(`starting code-server ${CS_VERSION} (attempt ${attempt})`);
        await cs.start(env);
        log('code-server is ready');
        break;
      } catch (e) {
        log(
          `code-server failed to start: ${e.message}\n--- ${path.relative(ROOT, cs.logFile)} (tail) ---\n${cs.logTail()}\n---`,
        );
        await cs.stop();
        if (attempt >= 2) throw new Error('code-server did not start (twice)');
      }
    }
    log('launching chromium');
    browser = await launchBrowser(opts.locale);

    const result = await runSuite(browser, cs, opts, suiteIndex);
    // Kept per locale/mode so that a two-run `run.mjs` leaves both results behind.
    fs.copyFileSync(RESULT, path.join(OUT, `result-${opts.locale || 'default'}${opts.vsix ? '-vsix' : ''}.json`));
    printResult(result, log);
    let failed = result.failed;
    let uiOk = true;
    if (opts.ui && failed === 0) {
      try {
        await uiCheck(browser, cs, opts);
      } catch (e) {
        uiOk = false;
        console.log(
          `  FAIL ui › Problems panel shows "${opts.expectedUiText}"\n       ${String(e.message).split('\n').join('\n       ')}`,
        );
      }
    } else if (!opts.ui) {
      log('UI check skipped (--no-ui)');
    } else {
      log('UI check skipped because the suite failed');
    }
    const uiCount = opts.ui && failed === 0 ? 1 : 0;
    const passed = result.passed + (uiCount && uiOk ? 1 : 0);
    failed += uiCount && !uiOk ? 1 : 0;
    const skipped = result.skipped + (uiCount ? 0 : opts.ui ? 1 : 0);
    console.log(`editor: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    return failed === 0 ? 0 : 1;
  } catch (e) {
    log(`ERROR: ${e.stack || e.message}`);
    if (cs) log(`--- code-server log tail (${path.relative(ROOT, cs.logFile)}) ---\n${cs.logTail(40)}`);
    return 1;
  } finally {
    await cleanup();
    log('stopped code-server and the browser');
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
