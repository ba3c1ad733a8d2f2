/**
 * Quick fixes, computed when asked for: each of our diagnostics in the request is matched
 * with its finding in the current result (same rule, range and message), whose fix becomes
 * the action. Diagnostics do not carry their fixes.
 */
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver';
import { formatMessage, Locale } from '../../core/messages/catalogue';
import type { LineIndex } from '../../core/model/source';
import type { Finding } from '../../core/rules/types';
import { SOURCE, toLspEdit } from '../../protocol/convert';
import type { CodeActionProvider } from './provider';

export const quickFixes: CodeActionProvider = {
  kind: CodeActionKind.QuickFix,
  provide(params, doc, host) {
    const asked = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    if (asked.length === 0) return [];
    const result = host.result(doc);
    const model = result.doc;
    if (!model || !host.wanted(doc, result)) return [];
    const lines = model.lines;
    const actions: CodeAction[] = [];
    for (const d of asked) {
      const f = findingOf(result.findings, d, lines, host.locale());
      if (!f?.fix) continue;
      actions.push({
        title: formatMessage(f.fix.message, f.fix.args, host.locale()),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [doc.uri]: f.fix.edits.map((e) => toLspEdit(lines, e)) } },
      });
    }
    return actions;
  },
};

/** The finding a client's diagnostic stands for (findings are sorted by start). */
function findingOf(findings: readonly Finding[], d: Diagnostic, lines: LineIndex, locale: Locale): Finding | undefined {
  const start = lines.offsetAt(d.range.start);
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < findings.length && findings[i].start === start; i++) {
    const f = findings[i];
    if (f.ruleId !== d.code) continue;
    const r = lines.range(f.start, f.end);
    if (
      r.end.line === d.range.end.line &&
      r.end.character === d.range.end.character &&
      formatMessage(f.message, f.args, locale) === d.message
    )
      return f;
  }
  return undefined;
}
