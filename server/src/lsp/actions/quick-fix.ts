/** Quick fixes: the fix each of our diagnostics carries, as a code action. */
import { CodeAction, CodeActionKind } from 'vscode-languageserver';
import type { CodeActionProvider } from '../code-actions';
import { quickFixFor } from '../../protocol/convert';

export const quickFixes: CodeActionProvider = {
  kind: CodeActionKind.QuickFix,
  provide(params, doc) {
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      const action = quickFixFor(doc.uri, d);
      if (action) actions.push(action);
    }
    return actions;
  },
};
