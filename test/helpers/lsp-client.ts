/** A minimal LSP client over stdio for protocol tests: spawns the bundled server. */
import { spawn, ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  InitializeResult,
  ApplyWorkspaceEditParams,
  Diagnostic,
  DocumentDiagnosticReport,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver';

export const repoRoot = join(__dirname, '..', '..');
export const serverPath = join(repoRoot, 'dist', 'server.js');

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  stderr: string[];
  logs: string[];
  /** Resolves with the next diagnostics for `uri` that satisfy `predicate` (or the latest already received). */
  diagnostics(
    uri: string,
    predicate?: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  /** `params` is spread over the initialize params (e.g. `{ rootUri }`). */
  initialize(initializationOptions?: unknown, capabilities?: object, params?: object): Promise<InitializeResult>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, changes: Array<{ range?: Diagnostic['range']; text: string }>): void;
  shutdown(): Promise<number | null>;
  /** The client's copy of every document it opened, kept up to date by `change` and by workspace/applyEdit. */
  texts: Map<string, { text: string; version: number }>;
  /** Every workspace/applyEdit the server sent, in order. */
  applyEdits: ApplyWorkspaceEditParams[];
  /** How many workspace/diagnostic/refresh requests the server sent. */
  refreshes: number;
  /** textDocument/diagnostic (a client initialized with the `diagnostic` capability). */
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport>;
}

/** Capabilities of a client that pulls diagnostics (as VS Code does). */
export const PULL_CAPABILITIES = {
  textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { diagnostics: { refreshSupport: true } },
};

/** Offset (UTF-16 code units, as JS strings) of an LSP position in `text`; clamped like an editor. */
export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let start = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return text.length;
    start = nl + 1;
  }
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return Math.min(start + pos.character, end);
}

/** LSP position of an offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0 || nl >= offset) return { line, character: offset - start };
    line++;
    start = nl + 1;
  }
}

/** Applies LSP text edits (non-overlapping, all against `text`) as an editor would. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const spans = edits
    .map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  for (const s of spans) text = text.slice(0, s.start) + s.newText + text.slice(s.end);
  return text;
}

/** Spawns the bundled server (or another one, e.g. the bench's trivial server) over stdio. */
export function startServer(path = serverPath): TestClient {
  const child = spawn(process.execPath, [path, '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const stderr: string[] = [];
  const logs: string[] = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const received = new Map<string, PublishDiagnosticsParams>();
  const waiters: Array<{
    uri: string;
    predicate: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }> = [];
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
  connection.onRequest('workspace/diagnostic/refresh', () => {
    client.refreshes++;
    return null;
  });
  const texts = new Map<string, { text: string; version: number }>();
  const applyEdits: ApplyWorkspaceEditParams[] = [];
  // Applied like an editor: to the client's copy, then sent back to the server as a didChange
  // (before the answer, so the server has the new text when its command returns).
  connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
    applyEdits.push(p);
    for (const [uri, edits] of Object.entries(p.edit.changes ?? {})) {
      const doc = texts.get(uri);
      if (!doc) return { applied: false, failureReason: `not open: ${uri}` };
      doc.text = applyTextEdits(doc.text, edits);
      doc.version++;
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: doc.version },
        contentChanges: [{ text: doc.text }],
      });
    }
    return { applied: true };
  });
  connection.listen();

  const client: TestClient = {
    connection,
    process: child,
    stderr,
    logs,
    texts,
    applyEdits,
    refreshes: 0,
    pull(uri, previousResultId) {
      return connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri },
        previousResultId,
      }) as Promise<DocumentDiagnosticReport>;
    },
    diagnostics(uri, predicate = () => true, timeoutMs = 30000) {
      const have = received.get(uri);
      if (have && predicate(have)) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ uri, predicate, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async initialize(initializationOptions = {}, capabilities = {}, params = {}) {
      const result = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, ...capabilities },
        initializationOptions,
        ...params,
      });
      await connection.sendNotification('initialized', {});
      return result;
    },
    open(uri, text, languageId = 'markdown', version = 1) {
      texts.set(uri, { text, version });
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, changes) {
      const doc = texts.get(uri);
      if (doc) {
        for (const c of changes)
          doc.text = c.range ? applyTextEdits(doc.text, [{ range: c.range, newText: c.text }]) : c.text;
        doc.version = version;
      }
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: changes,
      });
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
