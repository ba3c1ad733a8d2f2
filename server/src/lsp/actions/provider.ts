/** One kind of code action (see lsp/code-actions.ts, where the providers are listed). */
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerHost } from '../host';

export interface CodeActionProvider {
  /** The kind of its actions (announced in the server's capabilities, matched against `only`). */
  kind: string;
  provide(params: CodeActionParams, doc: TextDocument, host: ServerHost): CodeAction[];
}
