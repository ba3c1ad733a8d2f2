/** What an LSP feature module (hover, symbols, commands, …) gets from the server. */
import type {
  Connection,
  Diagnostic,
  Hover,
  HoverParams,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import type { CheckEnvironment } from '../core/environment';
import type { ActiveRule, Config } from '../core/config';
import type { EnableMode } from '../core/detect';
import type { Locale } from '../core/messages/catalogue';

export interface ServerHost {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  locale(): Locale;
  env(): CheckEnvironment;
  /** The effective configuration (settings merged with .govreportrc.json) and its active rules. */
  config(): Config;
  rules(): readonly ActiveRule[];
  enableMode(): EnableMode;
  /** Client-side commands the client offered (initializationOptions.clientCommands). */
  clientCommands(): readonly string[];
  /** The check result for the document's current version (checks now if stale). */
  result(doc: TextDocument): CheckResult;
  /** Whether the document's findings are shown at all (`govReport.enable`, or not a report). */
  wanted(doc: TextDocument, result: CheckResult): boolean;
  /** Diagnostics of a check of a file that is not open (as the open documents get them). */
  diagnosticsFor(result: CheckResult, uri: string): Diagnostic[];
  /** Re-checks and re-publishes every open document. */
  recheckAll(): void;
  /**
   * Hover is shared: each provider answers for what it knows (a term, a figure); the
   * server joins the answers. Return undefined when nothing is under the cursor.
   */
  addHoverProvider(provider: (params: HoverParams, doc: TextDocument) => Hover | undefined): void;
  /** Registers a `workspace/executeCommand` handler (list the name in your capabilities too). */
  addCommand(name: string, handler: (args: unknown[]) => unknown | Promise<unknown>): void;
}

export interface Feature {
  /** Merged into the server's capabilities (executeCommandProvider.commands are concatenated). */
  capabilities: ServerCapabilities;
  register(host: ServerHost): void;
}
