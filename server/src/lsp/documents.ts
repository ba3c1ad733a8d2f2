/** Per-document state: the parse cache, the latest check, what the client was sent, the debounce timer. */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ParseCache } from '../core/model/parse';
import type { CheckResult } from '../core/check';
import type { BuiltDiagnostics, DiagnosticCache } from '../protocol/diagnostic-cache';

export interface DocumentState {
  cache: ParseCache;
  /** Result of the latest check and the version it was computed for. */
  result?: CheckResult;
  version?: number;
  /** The latest result's diagnostics, and by finding for the next check (see DiagnosticCache). */
  diagnostics: Diagnostic[];
  built?: { cache: DiagnosticCache } & BuiltDiagnostics;
  /**
   * Whether a check since the client's last report changed the diagnostics: when every
   * check since kept them all in place (CheckResult.keptAll, nothing moved), the client's
   * report still stands: a pull is answered `unchanged`, a push is not sent again.
   */
  changed: boolean;
  /** The id of the last full report pulled, and whether the last report showed findings (govReport.enable). */
  resultId?: string;
  shown?: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export class DocumentStates {
  private states = new Map<string, DocumentState>();

  get(uri: string): DocumentState {
    let s = this.states.get(uri);
    if (!s) {
      s = { cache: new ParseCache(), diagnostics: [], changed: true };
      this.states.set(uri, s);
    }
    return s;
  }

  all(): IterableIterator<DocumentState> {
    return this.states.values();
  }

  delete(uri: string): void {
    const s = this.states.get(uri);
    if (s?.timer) clearTimeout(s.timer);
    this.states.delete(uri);
  }

  isCurrent(uri: string, doc: TextDocument): boolean {
    const s = this.states.get(uri);
    return !!s?.result && s.version === doc.version;
  }
}
