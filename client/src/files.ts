/**
 * “从 Word/PDF 导入” and “导出为 Word（公文格式）”: the server converts (see
 * server/src/lsp/files.ts); the client picks files, writes the imported Markdown beside the
 * original (never over an existing file) and opens it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Translate } from '../../server/src/core/messages/catalogue';

type T = Translate;

/** `报告.md`, else `报告（导入）.md`, `报告（导入 2）.md`…: a name not yet taken. */
async function freeName(dir: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.md` : n === 2 ? `${base}（导入）.md` : `${base}（导入 ${n - 1}）.md`;
    const uri = vscode.Uri.joinPath(dir, name);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

export async function importWordPdf(client: LanguageClient, t: T, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!(uri instanceof vscode.Uri)) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      title: t('client.import.pick'),
      filters: { [t('client.import.filter')]: ['docx', 'pdf'] },
    });
    uri = picked?.[0];
  }
  if (!uri) return undefined;
  const name = path.basename(uri.fsPath);
  const r = (await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('client.import.converting', { name }) },
    () =>
      client.sendRequest('workspace/executeCommand', { command: 'govreport.importFile', arguments: [uri.toString()] }),
  )) as { markdown?: string; paragraphs?: number; error?: string } | null;
  if (!r?.markdown) {
    void vscode.window.showErrorMessage(r?.error ?? t('cli.import.usage'));
    return undefined;
  }
  const target = await freeName(vscode.Uri.joinPath(uri, '..'), name.replace(/\.[^.]+$/, ''));
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.markdown, 'utf8'));
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
  void vscode.window.showInformationMessage(
    t('client.import.done', { from: name, path: path.basename(target.fsPath), paragraphs: r.paragraphs ?? 0 }),
  );
  return target;
}

export async function exportWord(client: LanguageClient, t: T, target?: vscode.Uri): Promise<string | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage(t('client.noEditor'));
    return undefined;
  }
  if (doc.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(t('client.export.notFile'));
    return undefined;
  }
  if (!(target instanceof vscode.Uri)) {
    const suggested = vscode.Uri.file(doc.uri.fsPath.replace(/\.[^./\\]*$/, '') + '.docx');
    target = await vscode.window.showSaveDialog({
      defaultUri: suggested,
      filters: { Word: ['docx'] },
      saveLabel: t('client.export.save'),
    });
  }
  if (!target) return undefined;
  const r = (await client.sendRequest('workspace/executeCommand', {
    command: 'govreport.exportDocx',
    arguments: [doc.uri.toString(), target.fsPath],
  })) as { path?: string; message?: string; error?: string } | null;
  if (!r?.path) {
    void vscode.window.showErrorMessage(r?.error ?? t('cli.export.usage'));
    return undefined;
  }
  void vscode.window.showInformationMessage(r.message ?? r.path, t('client.export.revealInFolder')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return r.path;
}
