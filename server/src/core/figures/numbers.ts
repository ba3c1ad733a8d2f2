/** Numbers as printed: value, multiplier, unit, precision, and interval arithmetic on them. */

export interface Interval {
  lo: number;
  hi: number;
}

/** How a qualifier bounds a printed value. */
export type Bound = 'exact' | 'atLeast' | 'atMost' | 'about';

const MULTIPLIERS: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** Unit → [dimension, factor to the dimension's base]. Units not listed are their own dimension. */
const UNIT_DIMENSIONS: Record<string, [string, number]> = {
  元: ['元', 1],
  公斤: ['kg', 1],
  千克: ['kg', 1],
  斤: ['kg', 0.5],
  吨: ['kg', 1000],
  亩: ['亩', 1],
  公顷: ['亩', 15],
  人: ['人', 1],
  名: ['人', 1],
};

export function dimensionOf(unit: string): [string, number] {
  return UNIT_DIMENSIONS[unit] ?? [unit, 1];
}

export function multiplierOf(m: string | undefined): number {
  return m ? (MULTIPLIERS[m] ?? 1) : 1;
}

/**
 * Half a unit of the last printed digit. For integers ending in zeros the last significant
 * digit is unknown (4800 may be rounded to hundreds), so the lenient reading is taken.
 */
export function halfUnit(digits: string): number {
  const dot = digits.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(digits.length - dot - 1);
  const m = /0+$/.exec(digits);
  const zeros = m && m[0].length < digits.length ? m[0].length : 0;
  return 0.5 * 10 ** zeros;
}

/** The interval a printed value stands for, given its precision and qualifier. */
export function intervalOf(value: number, half: number, bound: Bound): Interval {
  switch (bound) {
    case 'atLeast':
      return { lo: value - half, hi: Infinity };
    case 'atMost':
      return { lo: -Infinity, hi: value + half };
    case 'about':
      return { lo: -Infinity, hi: Infinity };
    default:
      return { lo: value - half, hi: value + half };
  }
}

/** Growth in % from a previous and a current level: [(L1−h1)/(L0+h0) − 1, (L1+h1)/(L0−h0) − 1]. */
export function growthInterval(prev: Interval, cur: Interval): Interval | undefined {
  if (!(prev.lo > 0) || !(cur.lo >= 0 || cur.lo === -Infinity)) return undefined;
  const lo = cur.lo === -Infinity ? -100 : (cur.lo / (prev.hi === Infinity ? Infinity : prev.hi) - 1) * 100;
  const hi = cur.hi === Infinity ? Infinity : (cur.hi / prev.lo - 1) * 100;
  return { lo: Number.isFinite(lo) ? lo : -100, hi };
}

/** Growth in % from a level X and its increment Y over the previous year: Y / (X − Y). */
export function growthFromIncrement(level: Interval, inc: Interval): Interval | undefined {
  if (!Number.isFinite(level.lo) || !Number.isFinite(level.hi) || !Number.isFinite(inc.lo) || !Number.isFinite(inc.hi))
    return undefined;
  const prevLo = level.lo - inc.hi;
  const prevHi = level.hi - inc.lo;
  if (!(prevLo > 0)) return undefined;
  const a = (inc.lo / prevHi) * 100;
  const b = (inc.lo / prevLo) * 100;
  const c = (inc.hi / prevHi) * 100;
  const d = (inc.hi / prevLo) * 100;
  return { lo: Math.min(a, b, c, d), hi: Math.max(a, b, c, d) };
}

/** True when the intervals are disjoint after widening the first by `slack` on both sides. */
export function disagree(computed: Interval, stated: Interval, slack: number): boolean {
  return stated.hi < computed.lo - slack || stated.lo > computed.hi + slack;
}

/** A number for people: up to `digits` decimals, no trailing zeros. */
export function formatNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  return String(Number(n.toFixed(digits)));
}

/** A growth interval for people: its midpoint and its range (`10.1%（9.2%～10.7%）`). */
export function formatGrowth(g: Interval): string {
  if (g.hi === Infinity) return `≥${formatNumber(g.lo, 1)}%`;
  if (g.lo === -100 || g.lo === -Infinity) return `≤${formatNumber(g.hi, 1)}%`;
  const mid = (g.lo + g.hi) / 2;
  return `${formatNumber(mid, 1)}%（${formatNumber(g.lo, 2)}%～${formatNumber(g.hi, 2)}%）`;
}
