/** Findings → LSP objects, shared by the language server and the CLI (its JSON and SARIF output). */
import { Diagnostic, DiagnosticSeverity, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { LineIndex } from '../core/model/source';
import type { Finding, Fix, Severity, TextEdit } from '../core/rules/types';
import { formatMessage, Locale } from '../core/messages/catalogue';
import { ruleDocUri } from '../node/docs';

export const SOURCE = 'govreport';

/**
 * What a diagnostic of the CLI's JSON output carries in `data`: its fix, ready to apply.
 * The language server leaves it out (fixes are computed when code actions are asked for).
 */
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

/** The fix of a finding with LSP edits (its title in the locale). */
export function lspFix(lines: LineIndex, fix: Fix, locale: Locale): NonNullable<DiagnosticData['fix']> {
  return {
    title: formatMessage(fix.message, fix.args, locale),
    edits: fix.edits.map((e) => toLspEdit(lines, e)),
    safe: fix.safe,
  };
}

/**
 * A finding as a diagnostic. `withFix` puts the fix in `data` (the CLI's JSON output);
 * `message` may pass the formatted message (see DiagnosticCache).
 */
export function toDiagnostic(
  lines: LineIndex,
  f: Finding,
  locale: Locale,
  uri?: string,
  withFix = false,
  message?: string,
): Diagnostic {
  const d: Diagnostic = {
    range: lines.range(f.start, f.end),
    severity: toSeverity(f.severity),
    code: f.ruleId,
    codeDescription: { href: ruleDocUri(f.ruleId) },
    source: SOURCE,
    message: message ?? formatMessage(f.message, f.args, locale),
  };
  if (f.related?.length && uri) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri, range: lines.range(r.start, r.end) },
      message: formatMessage(r.message, r.args, locale),
    }));
  }
  if (f.fix && withFix) {
    const data: DiagnosticData = { fix: lspFix(lines, f.fix, locale) };
    d.data = data;
  }
  return d;
}
