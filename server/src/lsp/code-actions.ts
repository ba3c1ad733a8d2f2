/**
 * textDocument/codeAction. Each kind of action is a provider in `lsp/actions/`; the list
 * below is the one place where they are assembled (add a new action there).
 */
import type { CodeAction } from 'vscode-languageserver';
import type { ServerHost } from './host';
import type { CodeActionProvider } from './actions/provider';
import { quickFixes } from './actions/quick-fix';
import { fixAll, FIX_ALL_KIND } from './actions/fix-all';
import { extraActions } from './actions/extra';

/** Every code action provider, in the order their actions are offered. */
export const codeActionProviders: CodeActionProvider[] = [quickFixes, extraActions, fixAll];

/** Distinct kinds, for `codeActionProvider.codeActionKinds`. */
export function codeActionKinds(): string[] {
  return [...new Set(codeActionProviders.map((p) => p.kind))];
}

export function registerCodeActions(host: ServerHost): void {
  host.connection.onCodeAction((params) => {
    const doc = host.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    for (const p of codeActionProviders) if (wants(p.kind)) actions.push(...p.provide(params, doc, host));
    return actions;
  });
}

export { FIX_ALL_KIND };
export type { CodeActionProvider };
