/**
 * Tokens: each amount of a sentence, classified by the words before it as a level, a change
 * (`增长 6%`), an increment (`比上年增加 Y`), a share (`占…比重`) or something else.
 */
import { Amount, Change, unitOfChange } from './amount';

export type TokenRole = 'level' | 'change' | 'increment' | 'share' | 'other';

export interface Token {
  amount: Amount;
  role: TokenRole;
  change?: Change;
  incDirection?: 1 | -1;
  shareWhole?: string;
  /** Prefix `增加到/提高到` (the second level of 由 X 到 Y). */
  reached: boolean;
  /** Prefix ends with 由/从 (the first level of 由 X 到 Y). */
  origin: boolean;
}

const CHANGE_VERB =
  /(同比|比上年|较上年|比去年|较去年|年均|平均)?(实际)?(增长|增加|上涨|提高|提升|上升|下降|降低|减少|回落|下滑|下跌|增速|增幅|涨幅|降幅)(了|达到|达|为|约)?\s*$/;
const REACHED = /(增长|增加|上涨|提高|提升|上升|扩大|下降|降低|减少|回落)(到|至)\s*$/;
const INCREMENT = /(同比|比上年|较上年|比去年|较去年)(增加|减少|增长|下降|多|少)了?\s*$/;
const SHARE = /占(?!比)([^，。；、]{1,20}?)(?:的)?(?:比重|比例)?(?:为|达到|达|是)?\s*$/;
const DOWN = /下降|降低|减少|回落|下滑|下跌|降幅|少/;

export function classify(text: string, segStart: number, amount: Amount): Token {
  const prefixStart = Math.max(segStart, amount.start - 24);
  const prefix = text.slice(prefixStart, amount.start).replace(/\s+$/, '');
  const pct = unitOfChange(amount) !== undefined;
  const token: Token = { amount, role: 'other', reached: false, origin: /(由|从)\s*$/.test(prefix) };
  const reached = REACHED.exec(prefix);
  if (reached) {
    token.reached = true;
    if (amount.unit === '倍') {
      token.role = 'change';
      token.change = makeChange(amount, reached, prefixStart, true);
    } else token.role = 'level';
    return token;
  }
  if (pct) {
    const v = CHANGE_VERB.exec(prefix);
    if (v) {
      token.role = 'change';
      token.change = makeChange(amount, v, prefixStart, false);
      return token;
    }
    const sh = amount.unit === '%' ? SHARE.exec(prefix) : null;
    if (sh) {
      token.role = 'share';
      token.shareWhole = sh[1].replace(/^(全区|全市|全县|全省|全国)/, '');
      return token;
    }
    token.role = amount.unit === '%' ? 'level' : 'other';
    return token;
  }
  const inc = INCREMENT.exec(prefix);
  if (inc) {
    token.role = 'increment';
    token.incDirection = DOWN.test(inc[2]) ? -1 : 1;
    return token;
  }
  token.role = 'level';
  return token;
}

function makeChange(amount: Amount, m: RegExpExecArray, prefixStart: number, to: boolean): Change {
  const verbStart = prefixStart + m.index;
  const verb = to ? m[1] : m[3];
  const changeUnit = unitOfChange(amount) ?? 'percent';
  return {
    ...amount,
    verb,
    direction: DOWN.test(verb) ? -1 : 1,
    changeUnit,
    verbStart,
    yoy: !to && m[1] !== undefined && m[1] !== '年均' && m[1] !== '平均',
    annualAvg: !to && (m[1] === '年均' || m[1] === '平均'),
    to,
  };
}
