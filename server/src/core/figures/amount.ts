/**
 * Amounts in a paragraph's text: a number with its multiplier, unit, bound words (`超过`,
 * `以上`, `左右`) and minus sign, read into a value with its interval; and a change (an
 * amount with the verb before it).
 */
import { Bound, dimensionOf, halfUnit, Interval, intervalOf, multiplierOf } from './numbers';

export interface Amount {
  /** Range of the number, its unit and qualifiers in the paragraph text. */
  start: number;
  end: number;
  /** Where the digits are (a fix rewrites around them). */
  numberStart: number;
  numberEnd: number;
  text: string;
  /** The printed number (before multiplier and unit). */
  printed: number;
  /** Value in the dimension's base unit (multiplier and unit factor applied). */
  value: number;
  half: number;
  /** The unit as printed, with its multiplier (`亿元`, `%`, `户`). */
  unit: string;
  dimension: string;
  bound: Bound;
  interval: Interval;
  /** A minus sign before the number: [start, end) of the sign. */
  minus?: [number, number];
}

export type ChangeUnit = 'percent' | 'points' | 'times';

export interface Change extends Amount {
  verb: string;
  /** +1 for 增长/提高…, −1 for 下降/降低…. */
  direction: 1 | -1;
  changeUnit: ChangeUnit;
  /** Start of the verb. */
  verbStart: number;
  yoy: boolean;
  annualAvg: boolean;
  /** `增长到 N 倍`, `提高到 N%`: a multiple or level reached, not a change by. */
  to: boolean;
}

const UNITS =
  '%|％|个百分点|倍|美元|元|户|人次|人|名|家|个|项|件|座|所|亩|公顷|公斤|千克|斤|吨|公里|剂次|天|辆|套|处|条|台|只|头|宗|场';
const AFTER = new RegExp(
  `[ \\u00a0]*(多|余)?[ \\u00a0]*(万亿|亿|万|千)?(多|余)?[ \\u00a0]*(${UNITS})?[ \\u00a0]*(以上|以下|以内|左右|多|余)?`,
  'y',
);
/** Minus signs as drafters type them. */
export const MINUS = /[-－−﹣]/;

function boundOf(before: string, after: string | undefined, between: string | undefined): Bound {
  if (after === '以上' || after === '多' || after === '余' || between) return 'atLeast';
  if (after === '以下' || after === '以内') return 'atMost';
  if (after === '左右') return 'about';
  if (/(超过|突破|逾|高于|多于)\s*$/.test(before)) return 'atLeast';
  if (/(近|接近|不到|不足|低于|少于)\s*$/.test(before)) return 'atMost';
  if (/(约|大约|大概)\s*$/.test(before)) return 'about';
  return 'exact';
}

/** Reads the amount whose digits are at [s, e), or undefined for a bare number (years, codes). */
export function readAmount(text: string, s: number, e: number): Amount | undefined {
  const prevCh = text[s - 1];
  if (prevCh !== undefined && /[A-Za-z.．+]/.test(prevCh)) return undefined;
  AFTER.lastIndex = e;
  const m = AFTER.exec(text)!;
  const between = m[1] ?? m[3];
  const mult = m[2];
  const unit = m[4];
  if (!mult && !unit) return undefined;
  let end = e + m[0].length;
  while (end > e && /[ \u00a0]/.test(text[end - 1])) end--;
  const next = text[end];
  if (next !== undefined && /[A-Za-z0-9]/.test(next)) return undefined;
  const digits = text.slice(s, e);
  const printed = Number(digits);
  const u = unit === '％' ? '%' : (unit ?? '');
  const [dimension, factor] = dimensionOf(u);
  const scale = multiplierOf(mult) * factor;
  const before = text.slice(Math.max(0, s - 4), s);
  const bound = boundOf(before, m[5], between);
  let minus: [number, number] | undefined;
  let k = s - 1;
  while (k >= 0 && text[k] === ' ') k--;
  if (k >= 0 && MINUS.test(text[k])) {
    let j = k - 1;
    while (j >= 0 && text[j] === ' ') j--;
    if (j < 0 || !/[\d%％.]/.test(text[j])) minus = [k, k + 1];
  }
  const value = printed * scale;
  const half = halfUnit(digits) * scale;
  return {
    start: minus ? minus[0] : s,
    end,
    numberStart: s,
    numberEnd: e,
    text: text.slice(minus ? minus[0] : s, end),
    printed,
    value,
    half,
    unit: (mult ?? '') + u,
    dimension: mult && !unit ? '' : dimension,
    bound,
    interval: intervalOf(value, half, bound),
    minus,
  };
}

/** The bare number at [s, e) read with the unit (and verb) of `like`, written once after the last. */
export function withUnitOf<T extends Amount>(like: T, text: string, s: number, e: number): T {
  const digits = text.slice(s, e);
  const printed = Number(digits);
  const scale = like.printed ? like.value / like.printed : 1;
  const value = printed * scale;
  const half = halfUnit(digits) * scale;
  return {
    ...like,
    start: s,
    end: e,
    numberStart: s,
    numberEnd: e,
    text: digits,
    printed,
    value,
    half,
    interval: intervalOf(value, half, like.bound),
    minus: undefined,
  };
}

export function unitOfChange(a: Amount): ChangeUnit | undefined {
  return a.unit === '%' ? 'percent' : a.unit === '个百分点' ? 'points' : a.unit === '倍' ? 'times' : undefined;
}
