/** Applying fixes: used by fix-all, the CLI and the tests. */
import type { Finding, TextEdit } from './rules/types';

/** Applies non-overlapping edits to a text. Throws on overlap: callers pick edits first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * The edits of every safe fix, without conflicts: a fix whose edits overlap an already
 * chosen one is left for the next round (identical fixes count once).
 */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (!f.fix?.safe) continue;
    const key = JSON.stringify(f.fix.edits);
    if (seen.has(key)) continue;
    if (f.fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    seen.add(key);
    chosen.push(...f.fix.edits);
  }
  return chosen;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  // Two edits at one point (an insertion there) would apply in an undefined order.
  return a.start === b.start && (a.start === a.end || b.start === b.end);
}
