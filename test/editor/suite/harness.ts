// Tiny test registry + helpers shared by the editor test files.
// Every *.test.ts is bundled on its own, so the registry lives on globalThis
// (one array per extension host, whichever bundle registers into it).
import * as vscode from 'vscode';

export type TestFn = () => Promise<void> | void;
export interface TestCase {
  name: string;
  fn: TestFn;
  skip?: string; // reason; set = skipped
  timeoutMs: number;
}

const KEY = '__govreportEditorTests';
type G = typeof globalThis & { [KEY]?: TestCase[] };
export function registry(): TestCase[] {
  const g = globalThis as G;
  return (g[KEY] ??= []);
}

/** Register a test. Names are prefixed by the caller's file (suite) name. */
export function test(name: string, fn: TestFn, opts: { timeoutMs?: number } = {}): void {
  registry().push({ name, fn, timeoutMs: opts.timeoutMs ?? 180_000 });
}
test.skip = (name: string, reason: string, fn?: TestFn): void => {
  registry().push({ name, fn: fn ?? (() => {}), skip: reason || 'skipped', timeoutMs: 0 });
};

export const EXTENSION_ID = 'govreport.gov-report-assistant';
export const SOURCE = 'govreport';
/** Generous: the first diagnostics wait includes extension + server start-up. */
export const DIAGNOSTICS_TIMEOUT_MS = 60_000;

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder is open (the runner opens test/.output/editor/workspace)');
  return f.uri;
}
export function workspaceFile(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), rel);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}
export function ours(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && (code === undefined || codeOf(d) === code))
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds for them: checks the
 * current state first, then re-checks on every onDidChangeDiagnostics for that uri.
 * Rejects after timeoutMs with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (all: vscode.Diagnostic[]) => boolean,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
  what = 'diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const all = vscode.languages.getDiagnostics(uri);
      if (predicate(all)) {
        cleanup();
        resolve(all);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const all = vscode.languages.getDiagnostics(uri);
      const summary = all
        .slice(0, 5)
        .map((d) => `  ${d.source}/${codeOf(d)} L${d.range.start.line + 1}: ${d.message}`)
        .join('\n');
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} on ${uri.fsPath}; ` +
            `currently ${all.length} diagnostics (${all.filter((d) => d.source === SOURCE).length} from ${SOURCE})` +
            (summary ? `:\n${summary}` : ''),
        ),
      );
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

/**
 * Waits until `uri` has had no diagnostics change for `quietMs` (bounded by timeoutMs),
 * for "no diagnostics appear" checks: it resolves on the first quiet window after the
 * document was analysed, never on a fixed sleep alone.
 */
export function waitForDiagnosticsQuiet(
  uri: vscode.Uri,
  quietMs = 3_000,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    let quiet = setTimeout(done, quietMs);
    const overall = setTimeout(done, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        clearTimeout(quiet);
        quiet = setTimeout(done, quietMs);
      }
    });
    function done(): void {
      clearTimeout(quiet);
      clearTimeout(overall);
      sub.dispose();
      resolve(vscode.languages.getDiagnostics(uri));
    }
  });
}

export async function openDoc(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await settledLanguage(doc);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * A Markdown file that looks like a report is put in the 政府工作报告 mode by the extension
 * (a close and reopen for the server): waits for that, so that a test's requests do not
 * race with it. Bounded; a file the server does not take for a report returns at once.
 */
export async function settledLanguage(doc: vscode.TextDocument, timeoutMs = 15_000): Promise<void> {
  if (doc.languageId !== 'markdown') return;
  let report = false;
  try {
    report = (await vscode.commands.executeCommand('govreport.looksLikeReport', doc.uri.toString())) === true;
  } catch {
    return; // the extension is not active yet: nothing switches
  }
  const language = (): string => doc.languageId; // changes while we wait
  if (!report || language() === 'govreport') return;
  await new Promise<void>((resolve, reject) => {
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === doc.uri.toString() && d.languageId === 'govreport') done();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${doc.uri.fsPath} looks like a report but stayed in ${language()} for ${timeoutMs} ms`));
    }, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    }
    if (language() === 'govreport') done();
  });
}

/** Resolves when `cond()` holds: checked now and on every change of `doc`; bounded. */
export function waitForDocument(
  doc: vscode.TextDocument,
  cond: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (cond()) return resolve();
    const subs = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc && cond()) done();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d === doc && cond()) done();
      }),
    ];
    const timer = setTimeout(() => {
      dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    function dispose(): void {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
    }
    function done(): void {
      dispose();
      resolve();
    }
  });
}

/**
 * Reverts the document of `uri` to its saved state (no save) and closes its editor.
 * The revert reaches the extension host as a change event after the command has
 * returned, so this waits for the document to be clean again.
 */
export async function revertAndClose(uri: vscode.Uri): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  if (doc.isDirty) {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDocument(doc, () => !doc.isDirty, `${uri.fsPath} to be reverted`);
  }
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

/** Where two texts first differ, for assertion messages (not a full diff). */
export function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      return (
        `first difference at line ${i + 1} (actual ${a.length} lines, expected ${e.length}):\n` +
        `  actual:   ${JSON.stringify((a[i] ?? '<none>').slice(0, 80))}\n  expected: ${JSON.stringify((e[i] ?? '<none>').slice(0, 80))}`
      );
    }
  }
  return 'texts are equal';
}

/** The file's bytes on disk, as text. */
export async function readDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) {
    const ids = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
    throw new Error(`extension ${EXTENSION_ID} is not loaded (non-builtin extensions: ${ids.join(', ') || 'none'})`);
  }
  if (
    process.env.GOVREPORT_EXPECT_INSTALLED === '1' &&
    /[\\/]extensions[\\/]govreport\.gov-report-assistant-/.test(ext.extensionPath) === false
  ) {
    throw new Error(`expected the installed .vsix, but ${EXTENSION_ID} was loaded from ${ext.extensionPath}`);
  }
  await ext.activate();
  return ext;
}

export const CJK = /[\u4e00-\u9fff]/;

/** True when VS Code runs in Chinese (the runner's default locale is zh-cn). */
export function isChinese(): boolean {
  return vscode.env.language.toLowerCase().startsWith('zh');
}

/**
 * Asserts that a user-facing text is in VS Code's display language: Chinese text
 * starts with a CJK character (English messages may quote Chinese, so "contains CJK"
 * would not tell them apart); English text starts with a Latin letter.
 */
export function assertInDisplayLanguage(text: string, what = 'text'): void {
  const zh = /^[\s“"‘'「（(【]*[\u3400-\u9fff]/;
  if (isChinese()) {
    if (!zh.test(text)) throw new Error(`${what} is not Chinese (language ${vscode.env.language}): ${text}`);
  } else if (!/^[\s"'(]*[A-Za-z]/.test(text)) {
    throw new Error(`${what} is not in ${vscode.env.language}: ${text}`);
  }
}

/** Asserts Chinese text (starts with a CJK character, after opening quotes/brackets). */
export function assertChinese(text: string, what = 'text'): void {
  if (!/^[\s“"‘'「（(【]*[\u3400-\u9fff]/.test(text)) throw new Error(`${what} is not Chinese: ${text}`);
}

/** Ranges overlap or touch. */
/** The document's outline as the editor gets it (hierarchical symbols only). */
export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const all =
    (await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    )) ?? [];
  return all.filter((s): s is vscode.DocumentSymbol => 'children' in s);
}

export function touches(a: vscode.Range, b: vscode.Range): boolean {
  return !a.end.isBefore(b.start) && !b.end.isBefore(a.start);
}

/**
 * `vscode.executeCodeActionProvider`, asked again when VS Code cancels it: the workbench cancels
 * a code-action request when the document's model changes meanwhile (a revert, a settings write
 * finishing), which is not an answer from our server.
 */
export async function codeActions(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: string,
  attempts = 5,
): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (
        (await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          uri,
          range,
          kind,
        )) ?? []
      );
    } catch (e) {
      if (!(e instanceof Error && e.name === 'Canceled') || attempt >= attempts) throw e;
      console.log(`[editor-suite] note: executeCodeActionProvider was cancelled (attempt ${attempt}), asking again`);
    }
  }
}
