/** VS Code client: starts the bundled language server and adds the editor-side commands. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  formatIn,
  type ArgsParam,
  type Locale,
  type MessageKey,
  resolveLocale,
} from '../../server/src/core/messages/catalogue';
import { StatusBar } from './status';
import { checkWorkspace } from './workspace';
import { showFiguresTable } from './figures-view';
import { addToGlossary } from './glossary';
import { watchReportLanguage } from './report-language';
import { debouncePull } from './pull-debounce';
import { exportWord, importWordPdf } from './files';

let client: LanguageClient | undefined;

export const REPORT_LANGUAGES = ['markdown', 'plaintext', 'govreport'];
/** Server commands that act on a document: run from the palette, they get the active editor's URI. */
const DOCUMENT_COMMANDS = new Set(['govreport.annotate']);

export function locale(): Locale {
  const setting = vscode.workspace.getConfiguration('govReport').get<string>('locale');
  return resolveLocale(setting && setting !== 'auto' ? setting : vscode.env.language);
}

export function t<K extends MessageKey>(key: K, ...args: ArgsParam<K>): string {
  return formatIn(locale(), key, ...args);
}

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const output = vscode.window.createOutputChannel('政府工作报告助手');
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6010'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: REPORT_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: 'govReport',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{json,md,txt}'),
    },
    // clientCommands: what the server's quick fixes may run here (see server/src/lsp/extra-actions.ts).
    initializationOptions: {
      locale: locale(),
      trusted: vscode.workspace.isTrusted,
      clientCommands: ['govreport.addToGlossary'],
    },
    // Hover links may run these two commands, nothing else.
    markdown: { isTrusted: { enabledCommands: ['govreport.addToGlossary', 'govreport.annotate'] } },
    outputChannel: output,
    middleware: {
      provideDiagnostics: debouncePull,
      // Run from the palette or a menu, a document command acts on the active editor.
      executeCommand: async (command, args, next) => {
        if (DOCUMENT_COMMANDS.has(command) && args.length === 0) {
          const editor = vscode.window.activeTextEditor;
          if (!editor) {
            void vscode.window.showWarningMessage(t('client.noEditor'));
            return undefined;
          }
          args = [editor.document.uri.toString()];
        }
        const result: unknown = await next(command, args);
        // A document command answers with a summary for the user (a string or { message }).
        const message =
          typeof result === 'string'
            ? result
            : result && typeof result === 'object' && 'message' in result
              ? result.message
              : undefined;
        if (DOCUMENT_COMMANDS.has(command) && typeof message === 'string' && message)
          void vscode.window.showInformationMessage(message);
        return result;
      },
    },
  };
  client = new LanguageClient('govreport', '政府工作报告助手', serverOptions, clientOptions);

  const status = new StatusBar(t);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('govreport.checkWorkspace', () => checkWorkspace(client!, t)),
    vscode.commands.registerCommand('govreport.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('govreport.addToGlossary', (term?: unknown, uri?: unknown) =>
      addToGlossary(t, term, uri),
    ),
    vscode.commands.registerCommand('govreport.importWordPdf', (uri?: vscode.Uri) => importWordPdf(client!, t, uri)),
    vscode.commands.registerCommand('govreport.exportWord', (target?: vscode.Uri) => exportWord(client!, t, target)),
    vscode.commands.registerCommand('govreport.showFigures', (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return void vscode.window.showWarningMessage(t('client.noEditor'));
      return showFiguresTable(context, client!, target, locale());
    }),
    vscode.workspace.onWillSaveTextDocument((e) => {
      const fixOnSave = vscode.workspace.getConfiguration('govReport', e.document).get<boolean>('fixAllOnSave', false);
      if (fixOnSave && REPORT_LANGUAGES.includes(e.document.languageId)) e.waitUntil(fixAllEdits(e.document));
    }),
    // Trust granted: restart so that files named by the workspace are read.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('govReport.locale'))
        void vscode.commands.executeCommand('workbench.action.reloadWindow');
    }),
  );
  try {
    await client.start();
  } catch (err) {
    void vscode.window.showErrorMessage(t('client.serverFailed', { error: String(err) }));
    throw err;
  }
  context.subscriptions.push(watchReportLanguage(client));
  return client;
}

/** The edits of the fix-all source action, for fix-on-save. */
async function fixAllEdits(doc: vscode.TextDocument): Promise<vscode.TextEdit[]> {
  const all = new vscode.Range(0, 0, doc.lineCount, 0);
  const kind = vscode.CodeActionKind.SourceFixAll.append('govreport');
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      all,
      kind.value,
    )) ?? [];
  const action = actions.find((a) => a.kind && kind.contains(a.kind));
  return action?.edit?.get(doc.uri) ?? [];
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
