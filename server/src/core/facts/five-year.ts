/**
 * Five-year plans: “十四五” is 2021–2025; the Nth plan starts in 1981 + 5(N − 6). One home for
 * the arithmetic and for the statements that name a plan's 开局 or 收官 year.
 */
import { parseChineseNumeral, toChineseNumeral } from '../model/numerals';

/** The first year of the Nth five-year plan (`十四` → 2021). */
export function planStart(n: number): number {
  return 1981 + 5 * (n - 6);
}

/** The five-year plan current in a year (2023 → 十四五). */
export function currentPlan(year: number): string | undefined {
  const n = Math.floor((year - 1981) / 5) + 6;
  return n > 10 && n < 20 ? `十${toChineseNumeral(n - 10)}五` : undefined;
}

export interface FiveYearStatement {
  /** Plain offsets of the statement (`2021年是“十四五”开局之年`). */
  s: number;
  e: number;
  phrase: string;
  /** 今年, 明年, 去年, or the year as written. */
  rel: string;
  /** The plan's numeral after 十 (`四` for 十四五). */
  numeral: string;
  expected: number;
  stage: '开局' | '收官';
}

const FIVE_YEAR =
  /(今年|明年|去年|(\d{4})\s*年)是[^。；！]{0,24}?“?十([一二三四五六七八九])五”?[^。；！，]{0,10}?(开局之年|开局年|起步之年|收官之年|最后一年|收官年)/g;

export function fiveYearStatements(text: string): FiveYearStatement[] {
  if (!text.includes('五')) return [];
  const out: FiveYearStatement[] = [];
  for (const m of text.matchAll(FIVE_YEAR)) {
    const start = planStart(10 + parseChineseNumeral(m[3])!);
    const stage = /收官|最后/.test(m[4]) ? '收官' : '开局';
    out.push({
      s: m.index,
      e: m.index + m[0].length,
      phrase: m[0],
      rel: m[2] ?? m[1],
      numeral: m[3],
      expected: stage === '收官' ? start + 4 : start,
      stage,
    });
  }
  return out;
}

/** The year a statement's `rel` names, in a report of `year`. */
export function relativeYear(rel: string, year: number): number {
  return rel === '今年' ? year : rel === '明年' ? year + 1 : rel === '去年' ? year - 1 : Number(rel);
}
