/**
 * Diagnostics built once per finding and kept with it. A finding the check kept across an
 * edit is the same object (same diagnostic) or a copy moved with the text (see movedFrom):
 * its diagnostic is the old one with its ranges recomputed, and the old object itself when
 * they did not change. Formatted messages are cached too.
 */
import type { Diagnostic, Range } from 'vscode-languageserver';
import { CheckResult, movedFrom } from '../core/check';
import { formatMessage, Locale } from '../core/messages/catalogue';
import type { LineIndex } from '../core/model/source';
import type { Finding } from '../core/rules/types';
import { toDiagnostic } from './convert';

/** Bound on the cached messages (a few per finding of the open documents). */
const MAX_MESSAGES = 50_000;

export class DiagnosticCache {
  private readonly byFinding = new WeakMap<Finding, Diagnostic>();
  private readonly messages = new Map<string, string>();

  constructor(readonly locale: Locale) {}

  /**
   * The diagnostics of a result, and whether they are the previous check's diagnostics, the
   * same objects in the same order (the result kept all findings and none moved on screen).
   */
  diagnostics(result: CheckResult, lines: LineIndex, uri: string): { diagnostics: Diagnostic[]; same: boolean } {
    let same = !!result.keptAll;
    const out = new Array<Diagnostic>(result.findings.length);
    for (let i = 0; i < out.length; i++) {
      const f = result.findings[i];
      let d = this.byFinding.get(f);
      if (!d) {
        const [made, kept] = this.make(f, lines, uri);
        d = made;
        if (!kept) same = false;
        this.byFinding.set(f, d);
      }
      out[i] = d;
    }
    return { diagnostics: out, same };
  }

  /** The finding's diagnostic (cached), e.g. to match a diagnostic a client sends back. */
  diagnostic(f: Finding, lines: LineIndex, uri: string): Diagnostic {
    let d = this.byFinding.get(f);
    if (!d) this.byFinding.set(f, (d = this.make(f, lines, uri)[0]));
    return d;
  }

  /** A diagnostic for a finding seen for the first time; true when it is its original's, unchanged. */
  private make(f: Finding, lines: LineIndex, uri: string): [Diagnostic, boolean] {
    const from = movedFrom(f);
    const old = from && this.byFinding.get(from);
    if (!old) return [toDiagnostic(lines, f, this.locale, uri, false, this.message(f)), false];
    const range = lines.range(f.start, f.end);
    const related = f.related?.map((r) => lines.range(r.start, r.end));
    const sameText = f.args === from.args;
    if (sameText && sameRange(range, old.range) && (related ?? []).every((r, i) => sameRange(r, old.relatedInformation![i].location.range))) return [old, true];
    const d: Diagnostic = { ...old, range, message: sameText ? old.message : this.message(f) };
    if (related && old.relatedInformation) d.relatedInformation = old.relatedInformation.map((info, i) => ({ ...info, location: { uri, range: related[i] } }));
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

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
