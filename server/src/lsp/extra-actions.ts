/**
 * Quick fixes every finding gets besides its own fix:
 * - 在此处关闭此检查: inserts `<!-- govreport-disable-next-line RULE -->` above the paragraph
 *   (Markdown only: switches do nothing in plain text), or adds the rule to such a line there;
 * - 加入术语表…: for a term finding whose term no glossary defines, runs the client's
 *   `govreport.addToGlossary` (it asks for the definition and writes the workspace glossary),
 *   offered only to a client that said it has that command.
 */
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { CheckEnvironment } from '../core/environment';
import { formatMessage, Locale } from '../core/messages/catalogue';
import type { ReportDocument } from '../core/model/document';
import { analyzeTerms } from '../core/terms/analysis';
import { findRule } from '../core/rules/registry';
import { SOURCE } from '../protocol/convert';

export const ADD_TO_GLOSSARY = 'govreport.addToGlossary';

const SWITCH_LINE = /^<!--\s*govreport-disable-next-line\b([^>]*?)-->\s*$/;

/** The edit that turns the rule off for the paragraph holding `offset`, or undefined. */
export function disableNextLineEdit(
  doc: ReportDocument,
  offset: number,
  ruleId: string,
): { start: number; end: number; newText: string } | undefined {
  // A finding at the very start cannot be switched off: the switch would come after it.
  if (doc.format !== 'markdown' || offset <= 0) return undefined;
  let block = doc.blocks[0];
  for (const b of doc.blocks) {
    if (b.start > offset) break;
    block = b;
  }
  if (!block) return undefined;
  const line = doc.lines.positionAt(block.start).line;
  const lineStart = doc.lines.offsetAt({ line, character: 0 });
  // A switch line right above: add the rule to it.
  if (line > 0) {
    const prevStart = doc.lines.offsetAt({ line: line - 1, character: 0 });
    const prevText = doc.text.slice(prevStart, lineStart).replace(/\r?\n$/, '');
    const m = SWITCH_LINE.exec(prevText);
    if (m) {
      const ids = m[1].split(/[\s,，]+/).filter(Boolean);
      if (ids.length === 0 || ids.includes(ruleId)) return undefined; // already off there
      return {
        start: prevStart,
        end: prevStart + prevText.length,
        newText: `<!-- govreport-disable-next-line ${[...ids, ruleId].join(' ')} -->`,
      };
    }
  }
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, newText: `<!-- govreport-disable-next-line ${ruleId} -->${eol}` };
}

/** Is `term` defined by a workspace glossary already? */
function inGlossary(doc: ReportDocument, env: CheckEnvironment, term: string): boolean {
  return analyzeTerms(doc, env)
    .lookup(term)
    .some((e) => e.source.kind === 'glossary');
}

export function extraQuickFixes(
  uri: string,
  diagnostics: readonly Diagnostic[],
  result: CheckResult,
  env: CheckEnvironment,
  locale: Locale,
  clientCommands: readonly string[],
): CodeAction[] {
  const doc = result.doc;
  if (!doc) return [];
  const actions: CodeAction[] = [];
  const seenTerms = new Set<string>();
  for (const d of diagnostics) {
    const ruleId = typeof d.code === 'string' ? d.code : undefined;
    if (d.source !== SOURCE || !ruleId || !findRule(ruleId)) continue;
    const start = doc.lines.offsetAt(d.range.start);
    const end = doc.lines.offsetAt(d.range.end);
    // Only for a finding of the current result (a stale diagnostic gets nothing).
    const finding = result.findings.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
    if (!finding) continue;
    const edit = disableNextLineEdit(doc, start, ruleId);
    if (edit) {
      actions.push({
        title: formatMessage('actions.disableNextLine', { rule: ruleId }, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [uri]: [{ range: doc.lines.range(edit.start, edit.end), newText: edit.newText }] } },
      });
    }
    if (!ruleId.startsWith('terms/') || !clientCommands.includes(ADD_TO_GLOSSARY)) continue;
    const term = finding.args.term;
    if (typeof term !== 'string' || !term || seenTerms.has(term) || inGlossary(doc, env, term)) continue;
    seenTerms.add(term);
    const title = formatMessage('actions.addToGlossary', { term }, locale);
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title, command: ADD_TO_GLOSSARY, arguments: [term, uri] },
    });
  }
  return actions;
}
