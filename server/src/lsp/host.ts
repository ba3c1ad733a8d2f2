/** What an LSP feature module (hover, symbols, commands, …) gets from the server. */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import type { CheckEnvironment } from '../core/environment';
import type { Locale } from '../core/messages/catalogue';
import type { Settings } from './settings';

export interface ServerHost {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  locale(): Locale;
  env(): CheckEnvironment;
  settings(): Settings;
  /** The check result for the document's current version (checks now if stale). */
  result(doc: TextDocument): CheckResult;
  /** Re-checks and re-publishes every open document. */
  recheckAll(): void;
}

export interface Feature {
  /** Merged into the server's capabilities (executeCommandProvider.commands are concatenated). */
  capabilities: ServerCapabilities;
  register(host: ServerHost): void;
}
