/**
 * Diagnostics built once per finding and kept with it. A finding the check kept across an
 * edit is the same object (same diagnostic) or a copy moved with the text (CheckResult.moved):
 * its diagnostic is the old one with its ranges recomputed, and the old object itself when
 * they did not change. Formatted messages are cached too.
 */
import type { Diagnostic, Range } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import { formatMessage, Locale } from '../core/messages/catalogue';
import type { LineIndex } from '../core/model/source';
import type { Finding } from '../core/rules/types';
import { toDiagnostic } from './convert';

/** Bound on the cached messages (a few per finding of the open documents). */
const MAX_MESSAGES = 50_000;

/** A document's findings and their diagnostics, as built for its latest check (same order). */
export interface BuiltDiagnostics {
  findings: readonly Finding[];
  diagnostics: readonly Diagnostic[];
}

export class DiagnosticCache {
  private readonly messages = new Map<string, string>();

  /** `links`: diagnostics carry their rule's page (codeDescription), for clients that show it. */
  constructor(
    readonly locale: Locale,
    private readonly links = true,
  ) {}

  /**
   * The diagnostics of a result, built from those of the document's previous check
   * (`before`), and whether they are the same objects (the result kept all findings and none
   * moved on screen).
   */
  diagnostics(
    result: CheckResult,
    lines: LineIndex,
    uri: string,
    before: BuiltDiagnostics | undefined,
  ): { diagnostics: Diagnostic[]; same: boolean } {
    const { findings, moved } = result;
    const out = new Array<Diagnostic>(findings.length);
    // Every finding kept: the previous ones, in the same order, some of them moved copies.
    if (result.keptAll && before && before.findings.length === findings.length) {
      let same = true;
      let i = 0;
      for (; i < findings.length; i++) {
        const f = findings[i];
        const prev = before.findings[i];
        if (f === prev || (moved?.get(f) === prev && steady(f, result.steadyFrom) && f.args === prev.args))
          out[i] = before.diagnostics[i];
        else if (moved?.get(f) === prev) {
          const [d, kept] = this.make(f, lines, uri, prev, before.diagnostics[i]);
          out[i] = d;
          if (!kept) same = false;
        } else break;
      }
      if (i === findings.length) return { diagnostics: out, same };
    }
    // Otherwise by finding: kept ones keep (or move) their diagnostics, new ones get new ones.
    const byFinding = new Map<Finding, Diagnostic>();
    if (before)
      for (let i = 0; i < before.findings.length; i++) byFinding.set(before.findings[i], before.diagnostics[i]);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const from = moved?.get(f);
      out[i] = byFinding.get(f) ?? this.make(f, lines, uri, from, from && byFinding.get(from))[0];
    }
    return { diagnostics: out, same: false };
  }

  /**
   * A diagnostic for a finding new to this check (perhaps moved from `from`, whose diagnostic was `old`);
   * true when `old` stands.
   */
  private make(
    f: Finding,
    lines: LineIndex,
    uri: string,
    from: Finding | undefined,
    old: Diagnostic | undefined,
  ): [Diagnostic, boolean] {
    if (!from || !old) return [toDiagnostic(lines, f, this.locale, uri, false, this.message(f), this.links), false];
    const range = lines.range(f.start, f.end);
    const related = f.related?.map((r) => lines.range(r.start, r.end));
    const sameText = f.args === from.args;
    if (
      sameText &&
      sameRange(range, old.range) &&
      (related ?? []).every((r, i) => sameRange(r, old.relatedInformation![i].location.range))
    )
      return [old, true];
    // Written out rather than spread (see toDiagnostic for the two shapes).
    const { severity, code, codeDescription, source } = old;
    const message = sameText ? old.message : this.message(f);
    const d: Diagnostic = codeDescription
      ? { range, severity, code, codeDescription, source, message }
      : { range, severity, code, source, message };
    if (related && old.relatedInformation)
      d.relatedInformation = old.relatedInformation.map((info, i) => ({
        location: { uri, range: related[i] },
        message: info.message,
      }));
    return [d, false];
  }

  private message(f: Finding): string {
    let key = f.message as string;
    for (const k in f.args) key += `\u0000${k}\u0001${f.args[k]}`;
    let m = this.messages.get(key);
    if (m === undefined) {
      if (this.messages.size >= MAX_MESSAGES) this.messages.clear();
      this.messages.set(key, (m = formatMessage(f.message, f.args, this.locale)));
    }
    return m;
  }
}

/** The finding and its related places lie where nothing moved on screen (see CheckResult.steadyFrom). */
function steady(f: Finding, from: number | undefined): boolean {
  if (from === undefined || f.start < from) return false;
  for (const r of f.related ?? []) if (r.start < from) return false;
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
