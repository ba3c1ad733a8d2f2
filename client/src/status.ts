/** Status bar: the number of findings in the current report; a click opens Problems. */
import * as vscode from 'vscode';
import type { MessageArgs, MessageKey } from '../../server/src/core/messages/catalogue';

export class StatusBar implements vscode.Disposable {
  private item = vscode.window.createStatusBarItem('govreport.status', vscode.StatusBarAlignment.Left, 50);
  private subscriptions: vscode.Disposable[] = [];

  constructor(private t: (key: MessageKey, args?: MessageArgs) => string) {
    this.item.name = '政府工作报告助手';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const ours = editor ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'govreport') : [];
    const isReport = editor && (editor.document.languageId === 'govreport' || ours.length > 0);
    if (!isReport) {
      this.item.hide();
      return;
    }
    const count = (s: vscode.DiagnosticSeverity) => ours.filter((d) => d.severity === s).length;
    this.item.text = ours.length === 0 ? this.t('client.statusClean') : this.t('client.status', { count: ours.length });
    this.item.tooltip = this.t('client.statusTooltip', {
      errors: count(vscode.DiagnosticSeverity.Error),
      warnings: count(vscode.DiagnosticSeverity.Warning),
      infos: count(vscode.DiagnosticSeverity.Information) + count(vscode.DiagnosticSeverity.Hint),
    });
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
