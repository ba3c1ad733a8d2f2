/**
 * Diagnostics: checks a document's version once (requests share the result) and reports
 * its findings. Clients that pull (textDocument/diagnostic, VS Code) get `unchanged` while
 * the check kept every finding in place; the others (Neovim 0.7) get every version pushed,
 * after the debounce. Diagnostics are built once per finding (DiagnosticCache) and carry no
 * fix: code actions compute fixes from the current result.
 */
import type {
  Connection,
  Diagnostic,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  InitializeParams,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, CheckResult } from '../core/check';
import { isReported } from '../core/detect';
import { formatFromPath } from '../core/model/document';
import { LineIndex } from '../core/model/source';
import { DiagnosticCache } from '../protocol/diagnostic-cache';
import type { ServerConfiguration } from './configuration';
import { DocumentStates } from './documents';

export class DiagnosticsService {
  private readonly states = new DocumentStates();
  private cacheOf?: DiagnosticCache;
  /** The client pulls diagnostics (and can be asked to pull again). */
  private pull = false;
  private refreshSupport = false;
  /** The client wants every version published (versionSupport), not only the changes. */
  private versioned = false;
  /** The client shows rule links (codeDescription); without it they are left out. */
  private links = true;
  private lastResultId = 0;
  /** Documents closed in this session: opening one again is a reopen (see `listen`). */
  private readonly closed = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cfg: ServerConfiguration,
  ) {}

  /** Pull diagnostics when the client supports them. */
  capabilities(params: InitializeParams): ServerCapabilities {
    this.pull = !!params.capabilities.textDocument?.diagnostic;
    this.refreshSupport = !!params.capabilities.workspace?.diagnostics?.refreshSupport;
    const push = params.capabilities.textDocument?.publishDiagnostics;
    this.versioned = !!push?.versionSupport;
    this.links = this.pull || !!push?.codeDescriptionSupport;
    return this.pull
      ? { diagnosticProvider: { identifier: 'govreport', interFileDependencies: false, workspaceDiagnostics: false } }
      : {};
  }

  /** Diagnostics in the current locale (a new locale builds them anew). */
  get cache(): DiagnosticCache {
    if (this.cacheOf?.locale !== this.cfg.locale) this.cacheOf = new DiagnosticCache(this.cfg.locale, this.links);
    return this.cacheOf;
  }

  /** Checks the document's current version now. */
  check(doc: TextDocument): CheckResult {
    const state = this.states.get(doc.uri);
    const result = checkText(doc.getText(), this.cfg.env, {
      uri: doc.uri,
      format: formatFromPath(doc.uri, doc.languageId),
      config: this.cfg.config,
      cache: state.cache,
      rules: this.cfg.rules,
    });
    state.result = result;
    state.version = doc.version;
    const lines = result.doc?.lines ?? new LineIndex(doc.getText());
    const cache = this.cache;
    const before = state.built?.cache === cache ? state.built : undefined;
    const { diagnostics, same } = cache.diagnostics(result, lines, doc.uri, before);
    state.diagnostics = diagnostics;
    state.built = { cache, findings: result.findings, diagnostics };
    if (!same) state.changed = true;
    return result;
  }

  /** The check result for the document's current version (checks now if stale). */
  result(doc: TextDocument): CheckResult {
    const state = this.states.get(doc.uri);
    return this.states.isCurrent(doc.uri, doc) && state.result ? state.result : this.check(doc);
  }

  /** Diagnostics of a check of a file that is not open (the workspace check). */
  diagnosticsFor(result: CheckResult, uri: string, text: string): Diagnostic[] {
    return this.cache.diagnostics(result, result.doc?.lines ?? new LineIndex(text), uri, undefined).diagnostics;
  }

  /** Whether the document's findings are shown at all (see `govReport.enable`). */
  wanted(doc: TextDocument, result: CheckResult): boolean {
    return isReported(this.cfg.enableMode(), result.doc, doc.languageId === 'govreport');
  }

  /** What the client shows for the document's current version, and whether findings are shown at all. */
  private view(doc: TextDocument, recheck = false): { items: Diagnostic[]; wanted: boolean } {
    if (this.cfg.enableMode() === 'never') return { items: [], wanted: false };
    const result = recheck ? this.check(doc) : this.result(doc);
    const wanted = this.wanted(doc, result);
    return { items: wanted ? this.states.get(doc.uri).diagnostics : [], wanted };
  }

  /** textDocument/diagnostic: `unchanged` when every check since the client's report kept it. */
  report(params: DocumentDiagnosticParams): DocumentDiagnosticReport {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc) return { kind: 'full', items: [] };
    const { items, wanted } = this.view(doc);
    const state = this.states.get(doc.uri);
    if (
      params.previousResultId !== undefined &&
      params.previousResultId === state.resultId &&
      !state.changed &&
      state.shown === wanted
    ) {
      return { kind: 'unchanged', resultId: state.resultId };
    }
    state.resultId = String(++this.lastResultId);
    state.changed = false;
    state.shown = wanted;
    return { kind: 'full', resultId: state.resultId, items };
  }

  /**
   * Pushes the diagnostics of the document's version, checked once (a request may have
   * checked it already), or checked again when `recheck` (settings or environment changed).
   * A client that does not track versions is sent nothing while the check kept every
   * diagnostic in place (as a pull would be answered `unchanged`).
   */
  publish(doc: TextDocument, recheck = false): void {
    const version = doc.version;
    const { items: diagnostics, wanted } = this.view(doc, recheck);
    // A newer version arrived meanwhile: its own check will publish.
    if (this.documents.get(doc.uri)?.version !== version) return;
    const state = this.states.get(doc.uri);
    if (!this.versioned && !recheck && !state.changed && state.shown === wanted) return;
    state.changed = false;
    state.shown = wanted;
    void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  }

  /** Publishes after `govReport.debounceMs` without further changes. */
  schedule(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (state.timer) clearTimeout(state.timer);
    const run = () => {
      state.timer = undefined;
      const latest = this.documents.get(doc.uri);
      if (latest) this.publish(latest);
    };
    if (this.cfg.settings.debounceMs === 0) run();
    else state.timer = setTimeout(run, this.cfg.settings.debounceMs);
  }

  /** Re-checks every open document: pushed again, or the client is asked to pull again. */
  recheckAll(): void {
    if (!this.pull) {
      for (const doc of this.documents.all()) this.publish(doc, true);
      return;
    }
    // Checked again when pulled.
    for (const state of this.states.all()) {
      state.version = undefined;
      state.changed = true;
    }
    this.askToPull();
  }

  /** workspace/diagnostic/refresh, when the client takes it (typed void, it returns the request's promise). */
  private askToPull(): void {
    if (this.refreshSupport) Promise.resolve(this.connection.languages.diagnostics.refresh()).catch(() => undefined);
  }

  /** Wires the document events and, for pulling clients, textDocument/diagnostic. */
  listen(): void {
    const { documents, connection } = this;
    connection.languages.diagnostics.on((params) => this.report(params));
    documents.onDidOpen((e) => {
      const { uri } = e.document;
      if (!this.pull) return this.publish(e.document);
      // A pulling client asks; diagnostics pushed for the file before (workspace check) go.
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      // A language change closes and reopens a document at once. vscode-languageclient 9
      // then loses the document's pull when one was still under way at the close (the new
      // document counts as known, and the cancelled pull is not retried): nothing is shown
      // until the next edit. Asking for a pull after every reopen makes up for it.
      if (this.closed.delete(uri)) this.askToPull();
    });
    documents.onDidChangeContent((e) => {
      if (!this.pull) this.schedule(e.document);
    });
    documents.onDidClose((e) => {
      this.states.delete(e.document.uri);
      this.closed.add(e.document.uri);
      if (!this.pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  }
}
