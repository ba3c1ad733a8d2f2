/**
 * The floor for `npm run bench`'s protocol targets: a server that does no work. It answers
 * every change with the diagnostics it was given ($GOVREPORT_TRIVIAL_DIAGNOSTICS, a JSON
 * file): pushed again each time, or pulled (`unchanged` when the client has them).
 */
import { readFileSync } from 'node:fs';
import { createConnection, Diagnostic, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const diagnostics = JSON.parse(readFileSync(process.env.GOVREPORT_TRIVIAL_DIAGNOSTICS!, 'utf8')) as Diagnostic[];
const connection = createConnection(ProposedFeatures.all);
let pull = false;
connection.onInitialize((params) => {
  pull = !!params.capabilities.textDocument?.diagnostic;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      executeCommandProvider: { commands: [] },
      ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
  };
});
const publish = (uri: string, version: number) => {
  if (!pull) void connection.sendDiagnostics({ uri, version, diagnostics });
};
connection.onDidOpenTextDocument((p) => publish(p.textDocument.uri, p.textDocument.version));
connection.onDidChangeTextDocument((p) => publish(p.textDocument.uri, p.textDocument.version));
connection.languages.diagnostics.on((p) =>
  p.previousResultId === '1'
    ? { kind: 'unchanged', resultId: '1' }
    : { kind: 'full', resultId: '1', items: diagnostics },
);
// The bench follows a change with a request, to know when a change was handled.
connection.onExecuteCommand(() => null);
connection.listen();
