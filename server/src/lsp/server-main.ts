/** The language server: a thin adapter from LSP to the core. */
import {
  CodeAction,
  CodeActionKind,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  Hover,
  MarkupKind,
  ServerCapabilities,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isAbsolute, join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, CheckResult } from '../core/check';
import { ActiveRule, activeRules, Config, configSchema, RcFile } from '../core/config';
import { isReported } from '../core/detect';
import type { CheckEnvironment } from '../core/environment';
import { safeFixEdits } from '../core/fixes';
import { formatMessage, Locale, resolveLocale } from '../core/messages/catalogue';
import { formatFromPath } from '../core/model/document';
import { LineIndex } from '../core/model/source';
import { buildEnvironment, EnvironmentProblem } from '../node/environment';
import { readTextFile } from '../node/textfile';
import { needsImport, preloadImports } from '../node/import';
import { loadRc, RC_FILE } from '../node/rcfile';
import { glossaryProblemFindings } from '../node/glossaries';
import type { Finding } from '../core/rules/types';
import { quickFixFor, SOURCE, toDiagnostic, toLspEdit } from './convert';
import { DocumentStates } from './documents';
import { features } from './features';
import type { ServerHost } from './host';
import { parseSettings, Settings } from './settings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;
export const VERSION = '0.1.0';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new DocumentStates();
  const log = (m: string) => connection.console.error(m);
  let settings: Settings = parseSettings({});
  let rc: RcFile = {};
  let locale: Locale = 'zh-cn';
  /** The client's display language, from initialization; `govReport.locale: auto` follows it. */
  let clientLocale: Locale = 'zh-cn';
  let canPullConfiguration = false;
  /** In an untrusted workspace, files named by the workspace (rc file paths) are not read. */
  let trusted = true;
  let workspaceRoot: string | undefined;
  let env: CheckEnvironment = buildEnvironment({ log });
  let envKey = '';
  // Prepared when settings change, not per keystroke.
  let config: Config = configSchema.parse({});
  let rules: ActiveRule[] = activeRules(config);
  /** Files we published problems for (configuration, glossaries…), to clear them later. */
  let problemFiles = new Set<string>();
  let rcProblems: Diagnostic[] = [];

  const resolvePath = (p: string) => (isAbsolute(p) || !workspaceRoot ? p : resolve(workspaceRoot, p));
  const enableMode = () => rc.enable ?? settings.enable;

  /** Rebuilds the environment when the files it is made from change or are named differently. */
  function refreshEnvironment(force = false): void {
    const fromRc: RcFile = trusted ? rc : {};
    const opts = {
      log,
      templatePath: pick(fromRc.template, settings.template),
      glossaryPaths: [...(fromRc.glossaries ?? []), ...settings.glossaries].map(resolvePath),
      baselinePath: pick(fromRc.baseline, settings.baseline),
      workspaceRoot,
    };
    const key = JSON.stringify({ ...opts, log: undefined });
    if (key === envKey && !force) return;
    envKey = key;
    const problems: EnvironmentProblem[] = [];
    // Word and PDF files among them are converted first (asynchronously), then used.
    const files = [opts.templatePath, opts.baselinePath, ...opts.glossaryPaths];
    if (needsImport(files)) {
      void preloadImports(files).then(
        () => {
          refreshEnvironment(true);
          host.recheckAll();
        },
        (e: unknown) => log(`import failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      );
      return; // the previous environment serves until then
    }
    env = buildEnvironment(opts, problems);
    const glossaryFindings = glossaryProblemFindings(env);
    publishProblems(problems.filter((p) => !glossaryFindings.has(p.path)), glossaryFindings);
  }

  function pick(fromRc: string | undefined, fromSettings: string): string | undefined {
    const p = fromRc || fromSettings;
    return p ? resolvePath(p) : undefined;
  }

  /** Loads `.govreportrc.json` from the workspace root; its problems become diagnostics on it. */
  function refreshRc(): void {
    rc = {};
    const path = workspaceRoot ? join(workspaceRoot, RC_FILE) : undefined;
    // A file that is gone (or fixed) takes its problems with it.
    if (path && rcProblems.length > 0) void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
    rcProblems = [];
    if (path && existsSync(path)) {
      const loaded = loadRc(path);
      rc = loaded.rc;
      const lines = new LineIndex(loaded.text);
      rcProblems = loaded.problems.map((p) => ({
        range: lines.range(p.start, p.end),
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: 'config',
        message: formatMessage(p.message, p.args, locale),
      }));
      void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: rcProblems });
    }
    const merged: Record<string, unknown> = { ...withNationalTerms(settings), ...(rc.rules ?? {}) };
    config = configSchema.parse({ rules: merged, maxDocumentSize: rc.maxDocumentSize ?? settings.maxDocumentSize });
    rules = activeRules(config);
  }

  /** Problems with files the environment is made from, as diagnostics on those files. */
  function publishProblems(problems: EnvironmentProblem[], located: Map<string, Finding[]>): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const [path, findings] of located) {
      let text = '';
      try {
        text = readTextFile(path).text;
      } catch {
        // unreadable: the finding says so, at the top
      }
      const lines = new LineIndex(text);
      const uri = pathToFileURL(path).href;
      byFile.set(uri, findings.map((f) => toDiagnostic(lines, f, locale, uri)));
      for (const f of findings) void connection.window.showWarningMessage(formatMessage(f.message, f.args, locale));
    }
    for (const p of problems) {
      const uri = pathToFileURL(p.path).href;
      const list = byFile.get(uri) ?? [];
      list.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'environment', message: p.message });
      byFile.set(uri, list);
    }
    for (const uri of problemFiles) if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics });
    problemFiles = new Set(byFile.keys());
    for (const p of problems) void connection.window.showWarningMessage(p.message);
  }

  function check(doc: TextDocument): CheckResult {
    const state = states.get(doc.uri);
    const result = checkText(doc.getText(), env, {
      uri: doc.uri,
      format: formatFromPath(doc.uri, doc.languageId),
      config,
      cache: state.cache,
      rules,
    });
    state.result = result;
    state.version = doc.version;
    return result;
  }

  function currentResult(doc: TextDocument): CheckResult {
    const state = states.get(doc.uri);
    return states.isCurrent(doc.uri, doc) && state.result ? state.result : check(doc);
  }

  const wanted = (doc: TextDocument, result: CheckResult) => isReported(enableMode(), result.doc, doc.languageId === 'govreport');

  /**
   * Publishes the diagnostics of the document's version, checked once (a request may have
   * checked it already), or checked again when `recheck` (settings or environment changed).
   */
  function publish(doc: TextDocument, recheck = false): void {
    const version = doc.version;
    if (enableMode() === 'never') {
      void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [] });
      return;
    }
    const result = recheck ? check(doc) : currentResult(doc);
    // A newer version arrived meanwhile: its own check will publish.
    if (documents.get(doc.uri)?.version !== version) return;
    const lines = result.doc?.lines ?? new LineIndex(doc.getText());
    const diagnostics = wanted(doc, result) ? result.findings.map((f) => toDiagnostic(lines, f, locale, doc.uri)) : [];
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  }

  function schedule(doc: TextDocument): void {
    const state = states.get(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    const run = () => {
      state.timer = undefined;
      const latest = documents.get(doc.uri);
      if (latest) publish(latest);
    };
    if (settings.debounceMs === 0) run();
    else state.timer = setTimeout(run, settings.debounceMs);
  }

  /** Pulls the settings; true when they differ from those in force. */
  async function refreshSettings(): Promise<boolean> {
    if (!canPullConfiguration) return false;
    const before = JSON.stringify(settings);
    try {
      const raw: unknown = await connection.workspace.getConfiguration('govReport');
      // A client without these settings (Neovim) answers null: keep the initialization options.
      if (raw !== null && raw !== undefined) applySettings(raw);
    } catch (err) {
      log(`reading settings failed: ${String(err)}`);
    }
    return JSON.stringify(settings) !== before;
  }

  function applySettings(raw: unknown): void {
    settings = parseSettings(raw);
    locale = settings.locale && settings.locale !== 'auto' ? resolveLocale(settings.locale) : clientLocale;
    refreshRc();
    refreshEnvironment();
  }

  const hoverProviders: Array<Parameters<ServerHost['addHoverProvider']>[0]> = [];
  const commands = new Map<string, Parameters<ServerHost['addCommand']>[1]>();

  const host: ServerHost = {
    connection,
    documents,
    locale: () => locale,
    env: () => env,
    config: () => config,
    rules: () => rules,
    enableMode,
    result: (doc) => currentResult(doc),
    recheckAll: () => {
      for (const doc of documents.all()) publish(doc, true);
    },
    addHoverProvider: (p) => void hoverProviders.push(p),
    addCommand: (name, handler) => void commands.set(name, handler),
  };

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const parts: Hover[] = [];
    for (const provider of hoverProviders) {
      try {
        const h = provider(params, doc);
        if (h) parts.push(h);
      } catch (err) {
        log(`hover failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
    }
    if (parts.length === 0) return null;
    if (parts.length === 1) return parts[0];
    const value = parts.map((h) => (typeof h.contents === 'object' && 'kind' in h.contents ? h.contents.value : '')).join('\n\n---\n\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: parts[0].range };
  });

  connection.onExecuteCommand(async (params) => {
    const handler = commands.get(params.command);
    if (!handler) return null;
    return handler(params.arguments ?? []);
  });

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown; trusted?: boolean };
    clientLocale = locale = resolveLocale(init.locale ?? params.locale);
    trusted = init.trusted !== false;
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) workspaceRoot = fileURLToPath(folder);
    applySettings(init.settings ?? init);
    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
    };
    for (const f of features) capabilities = mergeCapabilities(capabilities, f.capabilities);
    for (const f of features) f.register(host);
    return { capabilities, serverInfo: { name: 'govreport', version: VERSION } };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govReport' }).catch(() => {});
      // Documents opened before the settings arrived are checked again with them.
      if (await refreshSettings()) host.recheckAll();
    }
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${RC_FILE}` }, { globPattern: '**/*.{json,md,txt,docx,pdf}' }] })
      .catch(() => {});
    connection.console.log(formatMessage('server.started', { version: VERSION }, locale));
  });

  connection.onDidChangeConfiguration(async (change) => {
    // Only a change of our own settings re-checks the open documents.
    if (canPullConfiguration) {
      if (!(await refreshSettings())) return;
    } else applySettings((change.settings as { govReport?: unknown } | undefined)?.govReport ?? {});
    host.recheckAll();
  });

  // The configuration file, a glossary, the template or the baseline changed on disk.
  connection.onDidChangeWatchedFiles((params) => {
    const paths = params.changes.map((c) => (c.uri.startsWith('file:') ? fileURLToPath(c.uri) : c.uri));
    const inputs = new Set(
      [rc.template, settings.template, rc.baseline, settings.baseline, ...(rc.glossaries ?? []), ...settings.glossaries]
        .filter((p): p is string => !!p)
        .map(resolvePath),
    );
    const rcChanged = paths.some((p) => p.endsWith(RC_FILE));
    if (!rcChanged && !paths.some((p) => inputs.has(p))) return;
    if (rcChanged) refreshRc();
    refreshEnvironment(true);
    host.recheckAll();
  });

  documents.onDidOpen((e) => publish(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    states.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    if (wants(CodeActionKind.QuickFix)) {
      for (const d of params.context.diagnostics) {
        const action = quickFixFor(doc.uri, d);
        if (action) actions.push(action);
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const result = currentResult(doc);
      const edits = wanted(doc, result) ? safeFixEdits(result.findings) : [];
      if (edits.length > 0 && result.doc) {
        const lines = result.doc.lines;
        actions.push({
          title: formatMessage('general.fixAll', {}, locale),
          kind: FIX_ALL_KIND,
          edit: { changes: { [doc.uri]: edits.map((e) => toLspEdit(lines, e)) } },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

function mergeCapabilities(a: ServerCapabilities, b: ServerCapabilities): ServerCapabilities {
  const merged: ServerCapabilities = { ...a, ...b };
  const commands = [...(a.executeCommandProvider?.commands ?? []), ...(b.executeCommandProvider?.commands ?? [])];
  if (commands.length > 0) merged.executeCommandProvider = { commands };
  return merged;
}

/** `govReport.nationalTerms: required` is the option `requireNational` of terms/undefined. */
function withNationalTerms(settings: Settings): Settings['rules'] {
  if (settings.nationalTerms !== 'required') return settings.rules;
  const id = 'terms/undefined';
  const current = settings.rules[id];
  if (current === 'off') return settings.rules;
  const base = typeof current === 'string' ? { severity: current } : (current ?? {});
  return { ...settings.rules, [id]: { ...base, options: { ...(base.options ?? {}), requireNational: true } } };
}
