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

/** 和/与/以及/及 joining two items (not 涉及, 普及, 及时). */
const AND = /以及|和|与|(?<![涉普危以])及(?![时早格])/;
const AND_SPLIT = AND;

/** Possible item counts of a definition: per clause with a list, their sum, parallel clauses. */
export function countReadings(definition: string): number[] {
  // The first sentence holds the list; later sentences explain.
  const sentence = definition.split('。')[0];
  const clauses = sentence
    .split(/[，；,;：]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const lists: number[] = [];
  for (const c of clauses) {
    const beforeEtc = c.split('等')[0];
    if (!beforeEtc.includes('、')) continue;
    const items = beforeEtc.split('、');
    let n = items.length;
    const withAnd = items.filter((it) => AND.test(it));
    // 甲、乙和丙 (one item holds the last pair); 甲和乙、丙以及丁 (以及 adds the last item).
    if (withAnd.length === 1) n += withAnd[0].split(AND_SPLIT).filter((x) => x.trim()).length - 1;
    else if (/以及/.test(items[items.length - 1])) n += 1;
    lists.push(n);
  }
  const out = new Set<number>();
  // Numbered items (一是…二是…, 第一…第二…, （1）（2）, ①②) anywhere in the definition.
  const numbered = numberedItems(definition);
  if (numbered) out.add(numbered);
  for (const n of lists) out.add(n);
  if (lists.length > 1) out.add(lists.reduce((s, v) => s + v, 0));
  // Items separated by ； (each may be a clause of its own).
  const semis = sentence
    .split(/[；;]/)
    .map((x) => x.trim())
    .filter(Boolean);
  // Only short segments are items; long ones are sentences that explain (two of them may be
  // a statement and its gloss, so a pair must be short).
  const maxLen = semis.length === 2 ? 20 : 60;
  if (semis.length >= 2 && semis.every((x) => x.length <= maxLen)) out.add(semis.length);
  if (lists.length === 0 && clauses.length === 1) {
    const parts = clauses[0]
      .split('等')[0]
      .split(AND_SPLIT)
      .filter((x) => x.trim());
    if (parts.length >= 2 && parts.length <= 4) out.add(parts.length);
  }
  const parallel = parallelClauses(clauses);
  if (parallel) out.add(parallel);
  return [...out];
}

const MARKERS: RegExp[] = [
  /([一二三四五六七八九十]+)是/g,
  /第([一二三四五六七八九十]+)[，,、：:]/g,
  /[（(]([0-9]{1,2})[）)]/g,
  /([①②③④⑤⑥⑦⑧⑨⑩])/g,
];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** The number of items numbered 1, 2, 3… in a definition (undefined below two). */
function numberedItems(definition: string): number | undefined {
  let best: number | undefined;
  for (const re of MARKERS) {
    const seen: number[] = [];
    for (const m of definition.matchAll(re)) {
      const v = CIRCLED.includes(m[1])
        ? CIRCLED.indexOf(m[1]) + 1
        : /^\d+$/.test(m[1])
          ? Number(m[1])
          : parseChineseNumeral(m[1]);
      if (v === seen.length + 1) seen.push(v);
    }
    if (seen.length >= 2 && (best === undefined || seen.length > best)) best = seen.length;
  }
  return best;
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
