/** Chinese numerals as used in outline markers and counts (一 … 九十九 and beyond). */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** The characters of a Chinese numeral: the one class every recogniser builds on. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';
/** An outline marker's numeral (`一`, `十二`, `九十九`) as a regex source: one to three numeral characters. */
export const MARKER_NUMERAL = `[${CN_NUMERAL_CHARS}]{1,3}`;

/** Chinese digits read one by one (`二〇二六` → '2026'); undefined when one is not a digit. */
export function chineseDigits(s: string): string | undefined {
  let out = '';
  for (const ch of s) {
    const d = ch === '○' ? 0 : DIGITS[ch];
    if (d === undefined || ch === '两') return undefined;
    out += String(d);
  }
  return out;
}

/** Reads a Chinese numeral (`十二`, `二十`, `九十九`, `一百零五`); undefined when malformed. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[ch] !== 0) return undefined; // 一二
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit === 10000) {
        section = (section + (digit ?? 0)) * unit;
        total += section;
        section = 0;
      } else {
        section += (digit ?? 1) * unit;
      }
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–9999 as a Chinese numeral (`十`, `十二`, `二十`, `一百零五`). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return SMALL[n];
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10] : '');
  if (n < 100) return SMALL[Math.floor(n / 10)] + '十' + (n % 10 ? SMALL[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return (
      SMALL[Math.floor(n / 100)] +
      '百' +
      (rest === 0
        ? ''
        : rest < 10
          ? '零' + SMALL[rest]
          : rest < 20
            ? '一' + toChineseNumeral(rest)
            : toChineseNumeral(rest))
    );
  }
  const rest = n % 1000;
  return (
    SMALL[Math.floor(n / 1000)] +
    '千' +
    (rest === 0 ? '' : rest < 100 ? '零' + toChineseNumeral(rest) : toChineseNumeral(rest))
  );
}
