/** The quick fixes every finding gets besides its own (see lsp/extra-actions.ts). */
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeActionProvider } from './provider';
import { extraQuickFixes } from '../extra-actions';

export const extraActions: CodeActionProvider = {
  kind: CodeActionKind.QuickFix,
  provide(params, doc, host) {
    const result = host.result(doc);
    if (!host.wanted(doc, result)) return [];
    return extraQuickFixes(
      doc.uri,
      params.context.diagnostics,
      result,
      host.env(),
      host.locale(),
      host.clientCommands(),
    );
  },
};
