/** Status bar: the number of findings in the current report; a click opens Problems. */
import * as vscode from 'vscode';
import type { Translate } from '../../server/src/core/messages/catalogue';

/** The languages a report is checked in (as extension.ts's REPORT_LANGUAGES). */
const REPORT_LANGUAGES = ['markdown', 'plaintext', 'govreport'];

export class StatusBar implements vscode.Disposable {
  private item = vscode.window.createStatusBarItem('govreport.status', vscode.StatusBarAlignment.Left, 50);
  private subscriptions: vscode.Disposable[] = [];

  constructor(private t: Translate) {
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
    const doc = editor?.document;
    // Only the active report: not a configuration file or glossary with problems of its own.
    const ours =
      doc && REPORT_LANGUAGES.includes(doc.languageId)
        ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'govreport')
        : [];
    const isReport = doc && (doc.languageId === 'govreport' || ours.length > 0);
    if (!isReport) {
      this.item.hide();
      return;
    }
    const count = (s: vscode.DiagnosticSeverity) => ours.filter((d) => d.severity === s).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    const infos = count(vscode.DiagnosticSeverity.Information);
    const hints = count(vscode.DiagnosticSeverity.Hint);
    // As the Problems panel counts: errors, warnings and notes. Hints are not 问题 (the panel does not list them).
    const problems = errors + warnings + infos;
    this.item.text =
      problems > 0
        ? this.t('client.statusProblems', { count: problems })
        : hints > 0
          ? this.t('client.statusHintsOnly', { hints })
          : this.t('client.statusClean');
    this.item.tooltip = this.t('client.statusTooltipHints', { errors, warnings, infos, hints });
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
