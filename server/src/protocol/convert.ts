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

const links = new Map<string, { href: string }>();

/** The rule's page, one object per rule (diagnostics share it). */
function ruleLink(ruleId: string): { href: string } {
  let link = links.get(ruleId);
  if (!link) links.set(ruleId, (link = { href: ruleDocUri(ruleId) }));
  return link;
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
 * `message` may pass the formatted message (see DiagnosticCache); without `link` it carries no
 * rule page (codeDescription), for clients that do not show it.
 */
export function toDiagnostic(
  lines: LineIndex,
  f: Finding,
  locale: Locale,
  uri?: string,
  withFix = false,
  message?: string,
  link = true,
): Diagnostic {
  const range = lines.range(f.start, f.end);
  const text = message ?? formatMessage(f.message, f.args, locale);
  const d: Diagnostic = link
    ? {
        range,
        severity: toSeverity(f.severity),
        code: f.ruleId,
        codeDescription: ruleLink(f.ruleId),
        source: SOURCE,
        message: text,
      }
    : { range, severity: toSeverity(f.severity), code: f.ruleId, source: SOURCE, message: text };
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
