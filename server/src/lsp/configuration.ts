/**
 * The settings side of the server: the client's `govReport.*` settings, `.govreportrc.json`
 * in the workspace root, the locale, the trust, and what is prepared from them when they
 * change (the check environment, the configuration and its active rules), not per keystroke.
 * How settings and rc file combine is node/settings.ts's, shared with the CLI.
 */
import { Connection, Diagnostic, DiagnosticSeverity, InitializeParams } from 'vscode-languageserver';
import { existsSync } from 'node:fs';
import { readTextFile } from '../node/textfile';
import { needsImport, preloadImports } from '../node/import';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { ActiveRule, Config } from '../core/config';
import type { EnableMode } from '../core/detect';
import type { CheckEnvironment } from '../core/environment';
import { formatMessage, Locale, resolveLocale } from '../core/messages/catalogue';
import { LineIndex } from '../core/model/source';
import type { Finding } from '../core/rules/types';
import { buildEnvironment, EnvironmentProblem } from '../node/environment';
import { glossaryProblemFindings } from '../node/glossaries';
import { loadRc, RC_FILE } from '../node/rcfile';
import { parseSettings, RcFile, resolveSettings, ResolvedSettings, Settings } from '../node/settings';
import { SOURCE, toDiagnostic } from '../protocol/convert';

export class ServerConfiguration {
  settings: Settings = parseSettings({});
  rc: RcFile = {};
  locale: Locale = 'zh-cn';
  /** The client's display language, from initialization; `govReport.locale: auto` follows it. */
  private clientLocale: Locale = 'zh-cn';
  canPullConfiguration = false;
  /** In an untrusted workspace, files named by the workspace (rc file paths) are not read. */
  private trusted = true;
  workspaceRoot: string | undefined;
  private resolved: ResolvedSettings = resolveSettings({});
  env: CheckEnvironment;
  private envKey = '';
  /** Files we published problems for (configuration, glossaries…), to clear them later. */
  private problemFiles = new Set<string>();
  private rcProblems: Diagnostic[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly log: (m: string) => void,
  ) {
    this.env = buildEnvironment({ log });
  }

  /** The effective configuration (settings merged with the rc file) and its active rules. */
  get config(): Config {
    return this.resolved.config;
  }

  get rules(): ActiveRule[] {
    return this.resolved.rules;
  }

  enableMode(): EnableMode {
    return this.resolved.enable;
  }

  /** Reads what the client says at initialization: locale, trust, workspace folder, settings. */
  /** Called when the environment was rebuilt outside a request (Word/PDF inputs converted). */
  onEnvironmentChanged?: () => void;

  /** Client-side commands a code action may run (VS Code's govreport.addToGlossary). */
  clientCommands: string[] = [];

  initialize(params: InitializeParams): void {
    const init = (params.initializationOptions ?? {}) as {
      locale?: string;
      settings?: unknown;
      trusted?: boolean;
      clientCommands?: unknown;
    };
    this.clientCommands = Array.isArray(init.clientCommands)
      ? init.clientCommands.filter((c): c is string => typeof c === 'string')
      : [];
    this.clientLocale = this.locale = resolveLocale(init.locale ?? params.locale);
    this.trusted = init.trusted !== false;
    this.canPullConfiguration = !!params.capabilities.workspace?.configuration;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) this.workspaceRoot = fileURLToPath(folder);
    this.apply(init.settings ?? init);
  }

  /** Pulls the settings; true when they differ from those in force. */
  async refresh(): Promise<boolean> {
    if (!this.canPullConfiguration) return false;
    const before = JSON.stringify(this.settings);
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration('govReport');
      // A client without these settings (Neovim) answers null: keep the initialization options.
      if (raw !== null && raw !== undefined) this.apply(raw);
    } catch (err) {
      this.log(`reading settings failed: ${String(err)}`);
    }
    return JSON.stringify(this.settings) !== before;
  }

  apply(raw: unknown): void {
    this.settings = parseSettings(raw);
    const s = this.settings;
    this.locale = s.locale !== 'auto' ? resolveLocale(s.locale) : this.clientLocale;
    this.refreshRc();
    this.refreshEnvironment();
  }

  /** Files changed on disk: true when the configuration file or an input of the environment is among them. */
  filesChanged(uris: readonly string[]): boolean {
    const paths = uris.map((u) => (u.startsWith('file:') ? fileURLToPath(u) : u));
    const { templatePath, baselinePath, glossaryPaths } = this.resolved.files;
    const inputs = new Set([templatePath, baselinePath, ...(glossaryPaths ?? [])].filter((p): p is string => !!p));
    const rcChanged = paths.some((p) => p.endsWith(RC_FILE));
    if (!rcChanged && !paths.some((p) => inputs.has(p))) return false;
    if (rcChanged) this.refreshRc();
    this.refreshEnvironment(true);
    return true;
  }

  /** Rebuilds the environment when the files it is made from change or are named differently. */
  private refreshEnvironment(force = false): void {
    const opts = { log: this.log, ...this.resolved.files };
    const key = JSON.stringify({ ...opts, log: undefined });
    if (key === this.envKey && !force) return;
    this.envKey = key;
    // Word and PDF files among them are converted first (asynchronously), then used.
    const files = [opts.templatePath, opts.baselinePath, ...(opts.glossaryPaths ?? [])];
    if (needsImport(files)) {
      void preloadImports(files).then(
        () => {
          this.refreshEnvironment(true);
          this.onEnvironmentChanged?.();
        },
        (e: unknown) => this.log(`import failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      );
      return; // the previous environment serves until then
    }
    const problems: EnvironmentProblem[] = [];
    this.env = buildEnvironment(opts, problems);
    const glossaryFindings = glossaryProblemFindings(this.env);
    this.publishProblems(
      problems.filter((p) => !glossaryFindings.has(p.path)),
      glossaryFindings,
    );
  }

  /** Loads `.govreportrc.json` from the workspace root; its problems become diagnostics on it. */
  private refreshRc(): void {
    const { connection, workspaceRoot } = this;
    this.rc = {};
    const path = workspaceRoot ? join(workspaceRoot, RC_FILE) : undefined;
    // A file that is gone (or fixed) takes its problems with it.
    if (path && this.rcProblems.length > 0)
      void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
    this.rcProblems = [];
    if (path && existsSync(path)) {
      const loaded = loadRc(path);
      this.rc = loaded.rc;
      const lines = new LineIndex(loaded.text);
      this.rcProblems = loaded.problems.map((p) => ({
        range: lines.range(p.start, p.end),
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: 'config',
        message: formatMessage(p.message, p.args, this.locale),
      }));
      void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: this.rcProblems });
    }
    // The rc file lies in the workspace root: both kinds of relative path resolve against it.
    this.resolved = resolveSettings({
      settings: this.settings,
      rc: this.rc,
      rcDir: workspaceRoot,
      workspaceFolder: workspaceRoot,
      trusted: this.trusted,
    });
  }

  /** Problems with files the environment is made from, as diagnostics on those files. */
  private publishProblems(problems: EnvironmentProblem[], located: Map<string, Finding[]>): void {
    const { connection, locale } = this;
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
      byFile.set(
        uri,
        findings.map((f) => toDiagnostic(lines, f, locale, uri)),
      );
      for (const f of findings) void connection.window.showWarningMessage(formatMessage(f.message, f.args, locale));
    }
    for (const p of problems) {
      const uri = pathToFileURL(p.path).href;
      const list = byFile.get(uri) ?? [];
      list.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: 'environment',
        message: formatMessage(p.key, p.args, locale),
      });
      byFile.set(uri, list);
    }
    for (const uri of this.problemFiles)
      if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics });
    this.problemFiles = new Set(byFile.keys());
    for (const p of problems) void connection.window.showWarningMessage(formatMessage(p.key, p.args, locale));
  }
}
