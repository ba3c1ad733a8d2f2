/**
 * Figure statements in one paragraph of plain (repaired) text: indicator or subject, level,
 * change, increment, `由 X 到 Y`, shares, `分别` lists and `其中` parts. Offsets are relative
 * to the paragraph text; the document layer maps them to the source and adds periods.
 */
import { findIndicators, Indicator, IndicatorKind, IndicatorMention, isRateName, isRealName } from './lexicon';
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

export interface FigureStatement {
  start: number;
  end: number;
  subject: string;
  subjectStart: number;
  subjectEnd: number;
  indicator?: Indicator;
  kind?: IndicatorKind;
  /** Text before the indicator inside its clause (`高新区`): another scope or caliber. */
  scope: string;
  level?: Amount;
  /** `由 X 增加到 Y`: X (and `level` is Y). */
  from?: Amount;
  /** `比上年增加 Y`: Y, with its direction. */
  increment?: Amount & { direction: 1 | -1 };
  change?: Change;
  share?: { whole: string; amount: Amount };
  /** Marked 实际/可比价/可比口径/同口径: never compared with levels. */
  real: boolean;
  /** Mentions other periods (年均, 累计, 五年, a year, months): not a plain annual figure. */
  multiPeriod: boolean;
  /** Four-digit years mentioned in the sentence. */
  years: number[];
  /** Part of a `分别` list. */
  listed: boolean;
}

export interface RespectivelyList {
  /** The word 分别. */
  start: number;
  end: number;
  subjectsText: string;
  subjectsStart: number;
  subjects: string[];
  minSubjects: number;
  maxSubjects: number;
  values: Amount[];
  /** `分别从 A、B 增加到 C、D`: A and B (the values are C and D). */
  froms?: Amount[];
  /** Nothing before 分别 in its clause: the subjects are the figures of the clauses before it. */
  borrowed?: boolean;
}

export interface PartsGroup {
  /** The word 其中. */
  start: number;
  end: number;
  total: Amount;
  totalSubject: string;
  parts: Array<{ subject: string; amount: Amount }>;
}

export interface ParagraphFigures {
  statements: FigureStatement[];
  lists: RespectivelyList[];
  parts: PartsGroup[];
}

// ── tokens ────────────────────────────────────────────────────────────────

type TokenRole = 'level' | 'change' | 'increment' | 'share' | 'other';

interface Token {
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

const UNITS =
  '%|％|个百分点|倍|美元|元|户|人次|人|名|家|个|项|件|座|所|亩|公顷|公斤|千克|斤|吨|公里|剂次|天|辆|套|处|条|台|只|头|宗|场';
const AFTER = new RegExp(
  `[ \\u00a0]*(多|余)?[ \\u00a0]*(万亿|亿|万|千)?(多|余)?[ \\u00a0]*(${UNITS})?[ \\u00a0]*(以上|以下|以内|左右|多|余)?`,
  'y',
);
const NUMBER = /\d+(?:\.\d+)?/g;
/** Minus signs as drafters type them. */
export const MINUS = /[-－−﹣]/;

const CHANGE_VERB =
  /(同比|比上年|较上年|比去年|较去年|年均|平均)?(实际)?(增长|增加|上涨|提高|提升|上升|下降|降低|减少|回落|下滑|下跌|增速|增幅|涨幅|降幅)(了|达到|达|为|约)?\s*$/;
const REACHED = /(增长|增加|上涨|提高|提升|上升|扩大|下降|降低|减少|回落)(到|至)\s*$/;
const INCREMENT = /(同比|比上年|较上年|比去年|较去年)(增加|减少|增长|下降|多|少)了?\s*$/;
const SHARE = /占(?!比)([^，。；、]{1,20}?)(?:的)?(?:比重|比例)?(?:为|达到|达|是)?\s*$/;
const DOWN = /下降|降低|减少|回落|下滑|下跌|降幅|少/;

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
function readAmount(text: string, s: number, e: number): Amount | undefined {
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

function classify(text: string, segStart: number, amount: Amount): Token {
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

// ── sentences and clauses ─────────────────────────────────────────────────

interface Span {
  start: number;
  end: number;
}

/** Spans of [start, end) between single-character separators (a global character class). */
function splitSpans(text: string, start: number, end: number, seps: RegExp): Span[] {
  const out: Span[] = [];
  let s = start;
  seps.lastIndex = start;
  for (let m = seps.exec(text); m && m.index < end; m = seps.exec(text)) {
    if (m.index > s) out.push({ start: s, end: m.index });
    s = m.index + 1;
  }
  if (end > s) out.push({ start: s, end });
  return out;
}

const SENTENCE_SEP = /[。；！？;!?]/g;
const CLAUSE_SEP = /[，,：:]/g;
const LEAD =
  /^(?:\s|[（）()]|全年|今年|去年|当年|全区|全市|全县|全省|全国|我区|我市|我县|其中|并|且|同时|力争|确保|预计)+/;
const TRAIL =
  /(?:\s|力争|预计|实际|名义|增速|增幅|涨幅|降幅|完成|达到|达|实现|为|突破|超过|首次|累计|共计|共|总计|合计|增长|增加|提高|提升|上升|下降|降低|减少|回落|同比|比上年|较上年|了|近|约|逾|已|均|分别|由|从|有|是)+$/;
const GENERIC = /^(总数|总量|总额|总计|合计|规模|数量|总体)?$/;
const MULTI_PERIOD =
  /年均|累计|五年|十年|多年|以来|\d+\s*[-－—~～至到]\s*\d+\s*月|前三季度|上半年|一季度|前\d+个?月|\d+\s*月份?|十[一二三四五六七八九]?五”?(?:时期|期间)/;
/**
 * A sentence that opens a passage about several years (`这五年，…`, `五年来`, `“十四五”时期`):
 * the paragraph's later sentences state cumulative figures too, until one names a single year.
 */
const SPAN_OPENS = /这五年|五年来|过去五年|十[一二三四五六七八九]?五”?(?:时期|期间|以来)/;
const SINGLE_YEAR_LEAD = /^\s*(?:\d{4}\s*年|今年|去年|上年|过去一年|一年来|全年)/;
const REAL_MARK = /实际增长|实际下降|可比价|可比口径|同口径|按可比|扣除/;

function cleanSubject(raw: string): string {
  let s = raw.replace(LEAD, '').replace(/^[、，,和及与]+/, '');
  s = s.replace(TRAIL, ''); // one pass strips the longest trailing run of these words
  return s.length > 16 ? s.slice(s.length - 16) : s;
}

function kindOf(subject: string, indicator?: Indicator): IndicatorKind | undefined {
  if (indicator) return indicator.kind;
  if (isRealName(subject)) return 'real';
  if (isRateName(subject)) return 'rate';
  return undefined;
}

export function extractParagraph(text: string): ParagraphFigures {
  const out: ParagraphFigures = { statements: [], lists: [], parts: [] };
  if (!/\d/.test(text)) return out;
  const tokens: Token[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const a = readAmount(text, m.index, m.index + m[0].length);
    if (!a) continue;
    // `6%－6.5%`, `6.5%～7%`: a range; the first value stands for it, checked as approximate.
    const prev = tokens[tokens.length - 1];
    if (
      prev &&
      /^\s*[-－—~～至到]\s*$/.test(text.slice(prev.amount.end, a.start)) &&
      (prev.amount.unit === a.unit || prev.amount.unit === '')
    ) {
      prev.amount.bound = 'about';
      prev.amount.interval = { lo: prev.amount.interval.lo, hi: a.interval.hi };
      prev.amount.end = a.end;
      prev.amount.text = text.slice(prev.amount.start, a.end);
      continue;
    }
    tokens.push({ amount: a, role: 'other', reached: false, origin: false });
  }
  if (tokens.length === 0) return out;
  // Hand each sentence its own run of tokens (in text order).
  tokens.sort((a, b) => a.amount.numberStart - b.amount.numberStart);
  let k = 0;
  let span = false;
  for (const sentence of splitSpans(text, 0, text.length, SENTENCE_SEP)) {
    const stext = text.slice(sentence.start, sentence.end);
    if (SINGLE_YEAR_LEAD.test(stext)) span = false;
    if (SPAN_OPENS.test(stext)) span = true;
    while (k < tokens.length && tokens[k].amount.numberStart < sentence.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k].amount.numberStart < sentence.end) k++;
    const stoks = tokens.slice(first, k);
    if (stoks.length === 0) continue;
    extractSentence(text, sentence, stoks, out, span);
  }
  return out;
}

function extractSentence(text: string, sentence: Span, stoks: Token[], out: ParagraphFigures, span: boolean): void {
  const firstStatement = out.statements.length;
  const stext = text.slice(sentence.start, sentence.end);
  const multiPeriod = span || MULTI_PERIOD.test(stext);
  const years = [...stext.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const clauses = splitSpans(text, sentence.start, sentence.end, CLAUSE_SEP);
  const classified: Token[] = [];
  let current: FigureStatement | undefined;
  let pending: IndicatorMention | undefined;
  // Tokens and clauses are both in text order: walk them together (linear, not clauses × tokens).
  let next = 0;
  for (const clause of clauses) {
    const ctext = text.slice(clause.start, clause.end);
    while (next < stoks.length && stoks[next].amount.numberStart < clause.start) next++;
    const ctoks: Token[] = [];
    while (next < stoks.length && stoks[next].amount.numberStart < clause.end)
      ctoks.push(classify(text, clause.start, stoks[next++].amount));
    classified.push(...ctoks);
    // An indicator after 占 names the whole of a share, not the clause's subject.
    const zhan = ctext.search(/占(?!比)/);
    const mentions = findIndicators(ctext)
      .filter((m) => zhan < 0 || m.start < zhan)
      .map((m) => ({ ...m, start: m.start + clause.start, end: m.end + clause.start }));
    const resp = ctext.indexOf('分别');
    if (resp >= 0) {
      const before = out.statements
        .slice(firstStatement)
        .filter((x) => x.level)
        .map((x) => x.subject);
      extractList(text, clause, clause.start + resp, ctoks, multiPeriod, years, out, before);
      current = undefined;
      pending = undefined;
      continue;
    }
    if (ctoks.length === 0) {
      if (mentions.length > 0) pending = mentions[mentions.length - 1];
      continue;
    }
    const firstTok = ctoks[0].amount.start;
    // The indicator names the subject only when nothing but verbs follows it
    // (not 单位国内生产总值能耗, 服务业增加值占…比重).
    const mention = mentions
      .filter((m) => m.end <= firstTok)
      .filter((m) => GENERIC.test(cleanSubject(text.slice(m.end, firstTok))))
      .pop();
    const rawSubject = text.slice(clause.start, firstTok);
    let stmt: FigureStatement | undefined;
    const startNew = (subjectStart: number, subjectEnd: number, subject: string, m?: IndicatorMention) => {
      const scope = m ? cleanScope(text.slice(clause.start, m.start)) : '';
      stmt = {
        start: subjectStart,
        end: subjectEnd,
        subject,
        subjectStart,
        subjectEnd,
        indicator: m?.indicator,
        kind: kindOf(subject, m?.indicator),
        scope,
        real: false,
        multiPeriod,
        years,
        listed: false,
      };
      out.statements.push(stmt);
    };
    if (mention) startNew(mention.start, mention.end, text.slice(mention.start, mention.end), mention);
    else {
      // `占…的 X%` continues the clause before it.
      const subject = /^\s*占(?!比)/.test(rawSubject) ? '' : cleanSubject(rawSubject);
      if (GENERIC.test(subject) && pending) {
        startNew(pending.start, pending.end, text.slice(pending.start, pending.end), pending);
      } else if (subject === '' && current) {
        stmt = current;
      } else if (subject !== '' && !GENERIC.test(subject)) {
        const at = clause.start + rawSubject.lastIndexOf(subject);
        startNew(at, at + subject.length, subject);
      }
    }
    pending = undefined;
    if (!stmt) continue;
    const s: FigureStatement = stmt;
    const qi = ctext.indexOf('其中');
    for (const t of ctoks) {
      if (qi >= 0 && t.amount.start >= clause.start + qi) break; // parts belong to the 其中 group
      if (!attach(s, t)) continue;
      s.end = Math.max(s.end, t.amount.end);
    }
    const realText =
      ctext.slice(0, Math.max(0, (mention?.start ?? clause.start) - clause.start)) +
      ctext.slice(Math.max(0, (mention?.end ?? clause.start) - clause.start));
    if (REAL_MARK.test(realText)) s.real = true;
    current = s;
  }
  // Statements without any figure are noise (a subject before a bare count); earlier
  // sentences' statements are already filtered.
  const kept = out.statements
    .slice(0, firstStatement)
    .concat(out.statements.slice(firstStatement).filter((s) => s.level || s.change || s.increment || s.share));
  out.statements = kept;
  extractParts(text, sentence, clauses, classified, out);
}

/** Adds a token to a statement; false when the statement already has that slot. */
function attach(s: FigureStatement, t: Token): boolean {
  switch (t.role) {
    case 'level':
      if (t.reached && s.level && !s.from) {
        s.from = s.level;
        s.level = t.amount;
        return true;
      }
      if (s.level) return false;
      s.level = t.amount;
      return true;
    case 'change':
      if (s.change) return false;
      s.change = t.change;
      return true;
    case 'increment':
      if (s.increment) return false;
      s.increment = { ...t.amount, direction: t.incDirection ?? 1 };
      return true;
    case 'share':
      if (s.share) return false;
      s.share = { whole: t.shareWhole ?? '', amount: t.amount };
      return true;
    default:
      return false;
  }
}

/** Lead words that do not change an indicator's scope (全国, 全省 do: they name another area). */
const SCOPE_LEAD = /^(?:\s|[（）()]|全年|今年|去年|当年|全区|全市|全县|我区|我市|我县|其中|并|且|同时|力争|确保|预计)+/;

function cleanScope(raw: string): string {
  return raw
    .replace(SCOPE_LEAD, '')
    .replace(/(完成|实现|推动|推进|促进|确保|力争|保持|使)$/, '')
    .trim();
}

// ── 分别 lists ─────────────────────────────────────────────────────────────

function extractList(
  text: string,
  clause: Span,
  at: number,
  ctoks: Token[],
  multiPeriod: boolean,
  years: number[],
  out: ParagraphFigures,
  before: string[],
): void {
  const rawSubjects = text.slice(clause.start, at);
  // The subjects without the verb before them (`认定跨国公司地区总部、外资研发中心分别…`).
  const led = rawSubjects.replace(LEAD, '');
  const bare = /[、，,]/.test(led) ? led.replace(VERB_LEAD, '') : led;
  const subjectsText = bare.replace(/(?:要|将|力争|预计|确保)+$/, '').replace(/(的|之)$/, '');
  const subjectsStart = clause.start + (rawSubjects.length - bare.length);
  // Values after the first share its verb: `分别下降 45.2%、25.1%`.
  let first: Change | undefined;
  let values: Amount[] = [];
  // Every amount after 分别 is one value, whatever it looked like alone (`占…比重分别达42.1%、52.1%`,
  // `分别增长2.5倍、3倍`, `分别快于全国3.4个、1个百分点`).
  const after = ctoks.filter((t) => t.amount.start > at);
  let cursor = at + 2;
  for (const t of after) {
    if (t.change) first ??= t.change;
    let v: Amount;
    if (t.change) v = t.change;
    else if (first && unitOfChange(t.amount) === first.changeUnit) v = { ...first, ...t.amount };
    else v = t.amount;
    // Bare numbers sharing this one's unit: `分别提高15、22个百分点`, `分别高4.2和0.7个百分点`.
    const gap = text.slice(cursor, t.amount.numberStart);
    const shared = /((?:\d+(?:\.\d+)?\s*[、和及与]\s*)+)$/.exec(gap);
    if (shared) {
      const base = cursor + shared.index;
      for (const n of shared[1].matchAll(/\d+(?:\.\d+)?/g))
        values.push(withUnitOf(v, text, base + n.index, base + n.index + n[0].length));
    }
    values.push(v);
    cursor = t.amount.end;
  }
  // `分别从 A、B 增加到 C、D`: as many values before 到 (after 从/由) as after it, in pairs.
  let froms: Amount[] | undefined;
  const r = after.findIndex((t) => t.reached);
  if (r > 0 && after[0].origin && after.length === 2 * r && after.every((t) => t.role === 'level')) {
    froms = values.slice(0, r);
    values = values.slice(r);
  }
  let subjects = splitSubjects(subjectsText);
  const conj = countConjunctions(subjectsText);
  const borrowed = subjects.length === 0 && before.length >= 2;
  if (borrowed) subjects = before;
  const list: RespectivelyList = {
    start: at,
    end: at + 2,
    subjectsText,
    subjectsStart,
    subjects,
    minSubjects: subjects.length,
    maxSubjects: subjects.length + conj,
    values,
  };
  if (froms) list.froms = froms;
  if (borrowed) list.borrowed = true;
  out.lists.push(list);
  // Borrowed subjects already have their statements.
  if (subjects.length !== values.length || conj > 0 || borrowed) return;
  // Counts agree: one statement per subject (治安 下降 45.2%, 刑事案件 下降 25.1%).
  const real = REAL_MARK.test(text.slice(clause.start, clause.end));
  subjects.forEach((subject, k) => {
    const v = values[k];
    const indicator = findIndicators(subject)[0]?.indicator;
    const isChange = 'changeUnit' in v;
    const change: Change | undefined = isChange ? (v as Change) : undefined;
    const off = subjectsText.indexOf(subject);
    const sStart = subjectsStart + Math.max(0, off);
    out.statements.push({
      start: sStart,
      end: v.end,
      subject,
      subjectStart: sStart,
      subjectEnd: sStart + subject.length,
      indicator,
      kind: kindOf(subject, indicator),
      scope: '',
      level: isChange ? undefined : v,
      from: froms?.[k],
      change,
      real,
      multiPeriod,
      years,
      listed: true,
    });
  });
}

/** The bare number at [s, e) read with the unit (and verb) of `like`, written once after the last. */
function withUnitOf<T extends Amount>(like: T, text: string, s: number, e: number): T {
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

function unitOfChange(a: Amount): ChangeUnit | undefined {
  return a.unit === '%' ? 'percent' : a.unit === '个百分点' ? 'points' : a.unit === '倍' ? 'times' : undefined;
}

/** Subjects split at 、 and between adjacent quoted items (“煤改电”“煤改气”). */
function splitSubjects(s: string): string[] {
  return s
    .replace(/”\s*“/g, '”、“')
    .split(/[、，,]/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Verbs that open a list of subjects rather than name one (`培育引进…企业、…项目分别…`). */
const VERB_LEAD =
  /^(?:认定|新认定|新增|新建|建成|建设|培育|引进|实现|完成|开展|实施|推动|推进|支持|累计|获批|入选|创建|打造|组建|设立|举办|发放|带动|吸引|争取|招引)+/;

/** 和/及/与/以及/同 outside quotes: each may join two subjects or sit inside one name. */
function countConjunctions(s: string): number {
  const unquoted = s.replace(/“[^”]*”/g, '');
  return (unquoted.match(/以及|和|及|与|同/g) ?? []).length;
}

// ── 其中 parts ─────────────────────────────────────────────────────────────

function extractParts(text: string, sentence: Span, clauses: Span[], toks: Token[], out: ParagraphFigures): void {
  const stext = text.slice(sentence.start, sentence.end);
  const rel = stext.indexOf('其中');
  if (rel < 0) return;
  const qi = sentence.start + rel;
  const after = toks.filter((t) => t.amount.start > qi && t.role === 'level' && t.amount.unit !== '%');
  if (after.length === 0) return;
  const dim = after[0].amount.dimension;
  const total = toks
    .filter((t) => t.amount.end <= qi && t.role === 'level' && t.amount.dimension === dim && t.amount.unit !== '%')
    .pop();
  if (!total) return;
  const qClause = clauses.find((c) => c.start <= qi && qi < c.end);
  if (!qClause) return;
  const subjectOf = (t: Token) => {
    const c = clauses.find((x) => x.start <= t.amount.start && t.amount.start < x.end)!;
    const from = c === qClause ? qi + 2 : c.start;
    const prevTok = toks.filter((x) => x.amount.end <= t.amount.start && x.amount.end > from).pop();
    return cleanSubject(text.slice(prevTok ? prevTok.amount.end : from, t.amount.start).replace(/^[、和及与]/, ''));
  };
  const parts: PartsGroup['parts'] = [];
  let suffix = '';
  for (const t of after) {
    if (t.amount.dimension !== dim) break;
    const inQ = t.amount.start < qClause.end;
    const subject = subjectOf(t);
    if (inQ) {
      parts.push({ subject, amount: t.amount });
      if (!suffix) suffix = subject.slice(-2);
      continue;
    }
    // A later clause continues the parts only when its subject has the same head noun
    // (中央财政赤字 … 地方财政赤字); otherwise it is another figure.
    if (suffix.length === 2 && subject.endsWith(suffix)) parts.push({ subject, amount: t.amount });
    else break;
  }
  if (parts.length === 0) return;
  const totalClause = clauses.find((c) => c.start <= total.amount.start && total.amount.start < c.end)!;
  out.parts.push({
    start: qi,
    end: qi + 2,
    total: total.amount,
    totalSubject: cleanSubject(text.slice(totalClause.start, total.amount.start)),
    parts,
  });
}
