/**
 * The language server: a thin adapter from LSP to the core. This file wires the modules:
 * configuration (settings, .govreportrc.json, environment), diagnostics, code actions,
 * hover and commands, and the feature modules (see features.ts).
 */
import {
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ServerCapabilities,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMessage } from '../core/messages/catalogue';
import { RC_FILE } from '../node/rcfile';
import { VERSION } from '../node/version';
import { codeActionKinds, registerCodeActions } from './code-actions';
import { Commands } from './commands';
import { ServerConfiguration } from './configuration';
import { DiagnosticsService } from './diagnostics';
import { features } from './features';
import type { ServerHost } from './host';
import { HoverProviders } from './hover';

export { FIX_ALL_KIND } from './code-actions';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (m: string) => connection.console.error(m);
  const cfg = new ServerConfiguration(connection, log);
  const diagnostics = new DiagnosticsService(connection, documents, cfg);
  // Word and PDF inputs of the environment are converted asynchronously: check again then.
  cfg.onEnvironmentChanged = () => diagnostics.recheckAll();
  const hovers = new HoverProviders();
  const commands = new Commands();

  const host: ServerHost = {
    connection,
    documents,
    locale: () => cfg.locale,
    env: () => cfg.env,
    config: () => cfg.config,
    rules: () => cfg.rules,
    enableMode: () => cfg.enableMode(),
    clientCommands: () => cfg.clientCommands,
    result: (doc) => diagnostics.result(doc),
    wanted: (doc, result) => diagnostics.wanted(doc, result),
    diagnosticsFor: (result, uri) => diagnostics.diagnosticsFor(result, uri, result.doc?.text ?? ''),
    recheckAll: () => diagnostics.recheckAll(),
    addHoverProvider: (p) => hovers.add(p),
    addCommand: (name, handler) => commands.add(name, handler),
  };

  hovers.listen(connection, documents, log);
  commands.listen(connection);
  registerCodeActions(host);

  connection.onInitialize((params) => {
    cfg.initialize(params);
    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: codeActionKinds() },
      hoverProvider: true,
      ...diagnostics.capabilities(params),
    };
    for (const f of features) capabilities = mergeCapabilities(capabilities, f.capabilities);
    for (const f of features) f.register(host);
    return { capabilities, serverInfo: { name: 'govreport', version: VERSION } };
  });

  connection.onInitialized(async () => {
    if (cfg.canPullConfiguration) {
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'govReport' })
        .catch(() => {});
      // Documents opened before the settings arrived are checked again with them.
      if (await cfg.refresh()) host.recheckAll();
    }
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${RC_FILE}` }, { globPattern: '**/*.{json,md,txt,docx,pdf}' }],
      })
      .catch(() => {});
    connection.console.log(formatMessage('server.started', { version: VERSION }, cfg.locale));
  });

  connection.onDidChangeConfiguration(async (change) => {
    // Only a change of our own settings re-checks the open documents.
    if (cfg.canPullConfiguration) {
      if (!(await cfg.refresh())) return;
    } else cfg.apply((change.settings as { govReport?: unknown } | undefined)?.govReport ?? {});
    host.recheckAll();
  });

  // The configuration file, a glossary, the template or the baseline changed on disk.
  connection.onDidChangeWatchedFiles((params) => {
    if (cfg.filesChanged(params.changes.map((c) => c.uri))) host.recheckAll();
  });

  diagnostics.listen();
  documents.listen(connection);
  connection.listen();
}

function mergeCapabilities(a: ServerCapabilities, b: ServerCapabilities): ServerCapabilities {
  const merged: ServerCapabilities = { ...a, ...b };
  const commands = [...(a.executeCommandProvider?.commands ?? []), ...(b.executeCommandProvider?.commands ?? [])];
  if (commands.length > 0) merged.executeCommandProvider = { commands };
  return merged;
}
