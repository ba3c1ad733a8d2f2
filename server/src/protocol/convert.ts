/** Findings → LSP objects, shared by the language server and the CLI (its JSON and SARIF output). */
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { LineIndex } from '../core/model/source';
import type { Finding, Severity, TextEdit } from '../core/rules/types';
import { formatMessage, Locale } from '../core/messages/catalogue';
import { ruleDocUri } from '../node/docs';

export const SOURCE = 'govreport';

/** What a diagnostic carries in `data`: its fix, ready to apply. */
export interface DiagnosticData {
  fix?: { title: string; edits: LspTextEdit[]; safe: boolean };
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function toLspEdit(lines: LineIndex, e: TextEdit): LspTextEdit {
  return { range: lines.range(e.start, e.end), newText: e.newText };
}

export function toDiagnostic(lines: LineIndex, f: Finding, locale: Locale, uri?: string): Diagnostic {
  const d: Diagnostic = {
    range: lines.range(f.start, f.end),
    severity: toSeverity(f.severity),
    code: f.ruleId,
    codeDescription: { href: ruleDocUri(f.ruleId) },
    source: SOURCE,
    message: formatMessage(f.message, f.args, locale),
  };
  if (f.related?.length && uri) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri, range: lines.range(r.start, r.end) },
      message: formatMessage(r.message, r.args, locale),
    }));
  }
  if (f.fix) {
    const data: DiagnosticData = {
      fix: {
        title: formatMessage(f.fix.message, f.fix.args, locale),
        edits: f.fix.edits.map((e) => toLspEdit(lines, e)),
        safe: f.fix.safe,
      },
    };
    d.data = data;
  }
  return d;
}

/** The quick fix carried by a diagnostic, as a code action. */
export function quickFixFor(uri: string, diagnostic: Diagnostic): CodeAction | undefined {
  const fix = (diagnostic.data as DiagnosticData | undefined)?.fix;
  if (!fix || diagnostic.source !== SOURCE) return undefined;
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [uri]: fix.edits } },
  };
}
