/**
 * Inline switches in the document:
 *   <!-- govreport-disable-next-line [rule-id …] -->   the next block
 *   <!-- govreport-disable [rule-id …] --> … <!-- govreport-enable [rule-id …] -->
 * Without rule ids a switch applies to every rule.
 */
import type { ReportDocument } from './model/document';
import type { Finding } from './rules/types';

const SWITCH = /<!--\s*govreport-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

interface Span {
  start: number;
  end: number;
  rules: Set<string> | 'all';
}

function ruleSet(list: string): Set<string> | 'all' {
  const ids = list.split(/[\s,，]+/).filter(Boolean);
  return ids.length === 0 ? 'all' : new Set(ids);
}

export function disabledSpans(doc: ReportDocument): Span[] {
  const spans: Span[] = [];
  const open: Array<{ start: number; rules: Set<string> | 'all' }> = [];
  const blocks = doc.blocks;
  for (const b of blocks) {
    if (b.kind !== 'html' || !b.text.includes('govreport-')) continue;
    for (const m of b.text.matchAll(SWITCH)) {
      const rules = ruleSet(m[2]);
      if (m[1] === 'disable-next-line') {
        const next = blocks[b.index + 1];
        if (next) spans.push({ start: next.start, end: next.end, rules });
      } else if (m[1] === 'disable') open.push({ start: b.end, rules });
      else {
        // enable: closes the matching disables (all of them for a bare enable)
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i];
          if (rules === 'all' || o.rules === 'all' || [...o.rules].every((r) => rules.has(r))) {
            spans.push({ start: o.start, end: b.start, rules: o.rules });
            open.splice(i, 1);
          }
        }
      }
    }
  }
  for (const o of open) spans.push({ start: o.start, end: doc.text.length, rules: o.rules });
  return spans;
}

export function applySwitches(doc: ReportDocument, findings: Finding[]): Finding[] {
  const spans = disabledSpans(doc);
  if (spans.length === 0) return findings;
  return findings.filter(
    (f) => !spans.some((s) => f.start >= s.start && f.start <= s.end && (s.rules === 'all' || s.rules.has(f.ruleId))),
  );
}
