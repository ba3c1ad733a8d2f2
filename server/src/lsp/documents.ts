/** Per-document state: the parse cache, the latest check, and the debounce timer. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ParseCache } from '../core/model/parse';
import type { CheckResult } from '../core/check';

export interface DocumentState {
  cache: ParseCache;
  /** Result of the latest check and the version it was computed for. */
  result?: CheckResult;
  version?: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class DocumentStates {
  private states = new Map<string, DocumentState>();

  get(uri: string): DocumentState {
    let s = this.states.get(uri);
    if (!s) {
      s = { cache: new ParseCache() };
      this.states.set(uri, s);
    }
    return s;
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
