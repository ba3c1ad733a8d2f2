/**
 * Counting a note's items (domain notes §2.2): split on 、 within a clause; 和/与/及 also
 * split when no other item holds one; 等 ends the list; parallel clauses sharing a
 * two-character opening (强化…, 确立…, 毫不动摇…) count as items.
 */
import { parseChineseNumeral } from '../model/numerals';

const NUMERAL_RUN = /[一二两三四五六七八九十双]+/g;

export interface NumeralReading {
  /** The numerals as written (`三、一`). */
  numerals: string;
  /** The reading shown to the user: the sum. */
  main: number;
  /** Every count the headword can mean: the sum, and each numeral alone (五强五看 → 10 or 5). */
  accepted: Set<number>;
}

/** Numerals of the headwords; undefined when none counts items (一网通办, 千县工程, 十四五). */
export function numeralReadings(headwords: readonly string[]): NumeralReading | undefined {
  const values: number[] = [];
  const written: string[] = [];
  for (const h of headwords) {
    for (const m of h.matchAll(NUMERAL_RUN)) {
      const v = m[0] === '双' ? 2 : parseChineseNumeral(m[0]);
      // Malformed (十四五), round (百/千/万) or oversized numerals name no count.
      if (v === undefined || v < 1 || v > 20) return undefined;
      values.push(v);
      written.push(m[0]);
    }
  }
  if (values.length === 0 || values.every((v) => v === 1)) return undefined;
  const main = values.reduce((s, v) => s + v, 0);
  return { numerals: written.join('、'), main, accepted: new Set([main, ...values]) };
}

/** Possible item counts of a definition: per clause with a list, their sum, parallel clauses. */
export function countReadings(definition: string): number[] {
  // The first sentence holds the list; later sentences explain.
  const sentence = definition.split('。')[0];
  const clauses = sentence.split(/[，；,;：]/).map((c) => c.trim()).filter(Boolean);
  const lists: number[] = [];
  for (const c of clauses) {
    const beforeEtc = c.split('等')[0];
    if (!beforeEtc.includes('、')) continue;
    const items = beforeEtc.split('、');
    let n = items.length;
    const withAnd = items.filter((it) => /[和与及]/.test(it));
    if (withAnd.length === 1) n += 1;
    lists.push(n);
  }
  const out = new Set<number>(lists);
  if (lists.length > 1) out.add(lists.reduce((s, v) => s + v, 0));
  if (lists.length === 0 && clauses.length === 1) {
    const parts = clauses[0].split(/[和与及]/);
    if (parts.length === 2) out.add(2);
  }
  const parallel = parallelClauses(clauses);
  if (parallel) out.add(parallel);
  return [...out];
}

/** The largest group of ≥2 clauses opening with the same two characters. */
function parallelClauses(clauses: string[]): number | undefined {
  const byPrefix = new Map<string, number>();
  for (const c of clauses) {
    if (c.length < 4) continue;
    const p = c.slice(0, 2);
    byPrefix.set(p, (byPrefix.get(p) ?? 0) + 1);
  }
  let best = 0;
  for (const n of byPrefix.values()) best = Math.max(best, n);
  return best >= 2 ? best : undefined;
}
