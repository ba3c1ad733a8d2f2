/** A minimal LSP client over stdio for protocol tests: spawns the bundled server. */
import { spawn, ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';

export const repoRoot = join(__dirname, '..', '..');
export const serverPath = join(repoRoot, 'dist', 'server.js');

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  stderr: string[];
  logs: string[];
  /** Resolves with the next diagnostics for `uri` that satisfy `predicate` (or the latest already received). */
  diagnostics(uri: string, predicate?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  initialize(initializationOptions?: unknown, capabilities?: object): Promise<any>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, changes: Array<{ range?: Diagnostic['range']; text: string }>): void;
  shutdown(): Promise<number | null>;
}

export function startServer(): TestClient {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const stderr: string[] = [];
  const logs: string[] = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const received = new Map<string, PublishDiagnosticsParams>();
  const waiters: Array<{ uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    received.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.predicate(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  const client: TestClient = {
    connection,
    process: child,
    stderr,
    logs,
    diagnostics(uri, predicate = () => true, timeoutMs = 30000) {
      const have = received.get(uri);
      if (have && predicate(have)) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, predicate, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async initialize(initializationOptions = {}, capabilities = {}) {
      const result = await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, ...capabilities },
        initializationOptions,
      });
      await connection.sendNotification('initialized', {});
      return result;
    },
    open(uri, text, languageId = 'markdown', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, changes) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    async shutdown() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
  return client;
}
