/**
 * Diagnostics: checks a document's version once (requests share the result) and publishes
 * its findings, after the debounce when the text changes.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, CheckResult } from '../core/check';
import { isReported } from '../core/detect';
import { formatFromPath } from '../core/model/document';
import { LineIndex } from '../core/model/source';
import type { ServerConfiguration } from './configuration';
import { toDiagnostic } from '../protocol/convert';
import { DocumentStates } from './documents';

export class DiagnosticsService {
  private readonly states = new DocumentStates();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cfg: ServerConfiguration,
  ) {}

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
    return result;
  }

  /** The check result for the document's current version (checks now if stale). */
  result(doc: TextDocument): CheckResult {
    const state = this.states.get(doc.uri);
    return this.states.isCurrent(doc.uri, doc) && state.result ? state.result : this.check(doc);
  }

  /** Whether the document's findings are shown at all (see `govReport.enable`). */
  wanted(doc: TextDocument, result: CheckResult): boolean {
    return isReported(this.cfg.enableMode(), result.doc, doc.languageId === 'govreport');
  }

  /**
   * Publishes the diagnostics of the document's version, checked once (a request may have
   * checked it already), or checked again when `recheck` (settings or environment changed).
   */
  publish(doc: TextDocument, recheck = false): void {
    const { connection, cfg } = this;
    const version = doc.version;
    if (cfg.enableMode() === 'never') {
      void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [] });
      return;
    }
    const result = recheck ? this.check(doc) : this.result(doc);
    // A newer version arrived meanwhile: its own check will publish.
    if (this.documents.get(doc.uri)?.version !== version) return;
    const lines = result.doc?.lines ?? new LineIndex(doc.getText());
    const diagnostics = this.wanted(doc, result) ? result.findings.map((f) => toDiagnostic(lines, f, cfg.locale, doc.uri)) : [];
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
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

  /** Re-checks and re-publishes every open document. */
  recheckAll(): void {
    for (const doc of this.documents.all()) this.publish(doc, true);
  }

  /** Wires the document events: open publishes, a change schedules, close clears. */
  listen(): void {
    const { documents, connection } = this;
    documents.onDidOpen((e) => this.publish(e.document));
    documents.onDidChangeContent((e) => this.schedule(e.document));
    documents.onDidClose((e) => {
      this.states.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  }
}
