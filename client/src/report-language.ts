/**
 * Markdown files that look like a report are put in the 政府工作报告 language mode (as files
 * named *政府工作报告*.md are from the start), so that the outline and breadcrumbs show the
 * report's structure and the prose defaults apply (wrap, no ambiguous-character boxes).
 * Why a language mode: in Markdown mode VS Code shows the outline of whichever symbol
 * provider answers first, and the built-in Markdown one lists headings only.
 * A report the user switches back to Markdown stays Markdown for the session.
 * Off with `govReport.reportLanguageMode: false`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Reports we put in the report mode, and those the user then put back in Markdown. */
const switched = new Set<string>();
const userChoseMarkdown = new Set<string>();
/**
 * A language change closes and reopens the document in one go; a report closed with its
 * language still ours and reopened as Markdown at once was switched back by the user.
 */
const justClosed = new Set<string>();

async function consider(client: LanguageClient, doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'markdown' || (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled')) return;
  const key = doc.uri.toString();
  if (justClosed.has(key)) userChoseMarkdown.add(key);
  if (userChoseMarkdown.has(key)) return;
  if (!vscode.workspace.getConfiguration('govReport', doc).get<boolean>('reportLanguageMode', true)) return;
  let report = false;
  try {
    report =
      (await client.sendRequest('workspace/executeCommand', {
        command: 'govreport.looksLikeReport',
        arguments: [key],
      })) === true;
  } catch {
    return;
  }
  if (!report || doc.isClosed || doc.languageId !== 'markdown' || userChoseMarkdown.has(key)) return;
  switched.add(key);
  await vscode.languages.setTextDocumentLanguage(doc, 'govreport');
}

export function watchReportLanguage(client: LanguageClient): vscode.Disposable {
  for (const doc of vscode.workspace.textDocuments) void consider(client, doc);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((doc) => void consider(client, doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      if (doc.languageId !== 'govreport' || !switched.has(key)) return;
      justClosed.add(key);
      setTimeout(() => justClosed.delete(key), 0);
    }),
  );
}
