/**
 * Pulled diagnostics (textDocument/diagnostic) wait for `govReport.debounceMs` without
 * further changes: the client pulls on every change, and the server answers at once. A
 * change during the wait cancels it; the client then pulls again (a CancellationError tells
 * it to, and keeps the diagnostics it shows meanwhile).
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export const debouncePull: NonNullable<Middleware['provideDiagnostics']> = async (
  document,
  previousResultId,
  token,
  next,
) => {
  const uri = document instanceof vscode.Uri ? document : document.uri;
  const ms = vscode.workspace.getConfiguration('govReport', uri).get<number>('debounceMs', 200);
  // A document's first pull (no previous result) is answered at once.
  if (ms > 0 && previousResultId !== undefined) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      token.onCancellationRequested(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (token.isCancellationRequested) throw new vscode.CancellationError();
  }
  return next(document, previousResultId, token);
};
