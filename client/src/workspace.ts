/** "Check every report in the workspace": finds the files, lets the server check them, shows progress. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Translate } from '../../server/src/core/messages/catalogue';

const BATCH = 20;

export async function checkWorkspace(
  client: LanguageClient,
  t: Translate,
): Promise<{ reports: number; findings: number }> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(t('client.noWorkspace'));
    return { reports: 0, findings: 0 };
  }
  const files = await vscode.workspace.findFiles('**/*.{md,txt}', '**/{node_modules,.git,dist}/**');
  const total = { reports: 0, findings: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('client.checkingWorkspace'), cancellable: true },
    async (progress, token) => {
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const batch = files.slice(i, i + BATCH).map((u) => u.toString());
        const r = (await client.sendRequest('workspace/executeCommand', {
          command: 'govreport.checkFiles',
          arguments: [batch],
        })) as { reports: number; findings: number } | null;
        total.reports += r?.reports ?? 0;
        total.findings += r?.findings ?? 0;
        progress.report({
          increment: (batch.length / files.length) * 100,
          message: `${Math.min(i + BATCH, files.length)} / ${files.length}`,
        });
      }
    },
  );
  // Reports open in editors are checked by the server already.
  for (const doc of vscode.workspace.textDocuments) {
    if (vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'govreport')) total.reports++;
  }
  void vscode.window.showInformationMessage(t('client.checkedWorkspace', total));
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  return total;
}
