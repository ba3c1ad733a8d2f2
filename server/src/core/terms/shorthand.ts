/**
 * Numeric shorthand (domain notes §2.2): which quoted strings a local reader cannot decode
 * without a note, the quoted strings of a text and the unquoted `N大…工程` pattern. What
 * reads without a note is in terms/plain-phrases; in-place definitions in terms/in-place.
 */
import { isPlainPhrase, NUMERAL_NAMES } from './plain-phrases';

/** Sentence punctuation: a quoted string containing it is a quotation, not a term. */
const SENTENCE_PUNCT = /[，。；：！？,;:!?]/;
const CN_INITIAL = '一二两三四五六七八九十百千万双';
const CLASSIFIERS = '个大项条类';
const NUMERAL_RUN = /[一二两三四五六七八九十百千万双]+/g;
/** A numeral that measures (五年, 三公里, 一刻钟, 10亿元) rather than counts items. */
const MEASURE = /^(?:年|个月|月|天|日|周|小时|分钟|刻钟|公里|千米|里|米|岁|倍|成|亿|万元|元|%|％)/;
/** A numeral that orders (第一, 二十届, 四中全会, 第二批) rather than counts. */
const ORDINAL =
  /(?:第[一二两三四五六七八九十百千万\d]+)|(?:[一二两三四五六七八九十百千万]+(?=届|次|期|批|轮|号|版|代|中全会))/g;
const GENERIC_COUNT = /^[\d一二两三四五六七八九十]+[条项个](?:政策|措施|举措|意见|专项行动)$/;
/** A classifier followed by a word that the classifier starts (117项目 is a project named 117). */
const CLASSIFIER_WORD = /^\d+(?:项目|个人|个体|大学|大道|大桥|大厦|大街|条例|类型|条件)/;

/** Words whose numeral counts nothing (五洲, 九州, 四海), and rankings (后十位, 前三名). */
const LEXICAL =
  /五洲|九州|四海|八方|千年|百年|万家|千家|万户|四季|一体|一流|统一|唯一|万物|千秋|九天|七彩|五彩|十足|百姓|双聘|[前后][一二两三四五六七八九十百]+(?:位|名|强)/g;
const NAMES_IN = new RegExp(NUMERAL_NAMES.join('|') + '|[\\u4e00-\\u9fff]三角', 'g');

/** Numeral runs that count: ordinals, measures, names and lexical numerals taken out. */
function countingRuns(q: string): Array<{ run: string; at: number }> {
  const blank = (m: string) => '＿'.repeat(m.length);
  const text = q.replace(ORDINAL, blank).replace(LEXICAL, blank).replace(NAMES_IN, blank);
  const out: Array<{ run: string; at: number }> = [];
  for (const m of text.matchAll(NUMERAL_RUN)) {
    const at = m.index ?? 0;
    // 双 never measures (双倍增, 双百亿 are counts).
    if (!m[0].startsWith('双') && MEASURE.test(text.slice(at + m[0].length))) continue;
    out.push({ run: m[0], at });
  }
  return out;
}

/** Plain content of a quoted string: Markdown emphasis and blanks removed. */
export function cleanTerm(q: string): string {
  return q.replace(/[*_`\s\u3000]/g, '');
}

/** True when `q` (already cleaned) is numeric shorthand by the §2.2 definition. */
export function isNumericShorthand(q: string): boolean {
  if (q.length < 1 || q.length > 12 || SENTENCE_PUNCT.test(q)) return false;
  // A: digit codes (1311, 13710, 1+N); not a service hotline (96178, 95598, 12315).
  if (/^\d{3,}$/.test(q)) return q.length <= 10 && !/^(?:(?:95|96|12)\d{3}|11[0-9]|12[0-2])$/.test(q);
  // A count of a generic noun (13条政策, 7个专项行动, 三项措施) names nothing to explain.
  if (GENERIC_COUNT.test(q)) return false;
  if (/^[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+$/.test(q) && /\d/.test(q)) return true;
  // B: digits + classifier + a short noun (12大基地), not a word (117项目).
  if (/^\d+[大个项条类][\u3400-\u9fff]{1,6}$/.test(q)) return !CLASSIFIER_WORD.test(q);
  if (isPlainPhrase(q)) return false;
  const runs = countingRuns(q);
  if (runs.length === 0) return false;
  // A run of several numerals is a stack (千百十, 十百千万), never "many".
  const stacked = runs.some(
    (r) => r.run.length > 1 && !/^(?:十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)$/.test(r.run),
  );
  // Round 百/千/万 alone, each before a noun (百企行动, 万人助万企, 千村示范), mean "many": the
  // phrase reads without a note. A classifier after it (百个…) counts.
  if (!stacked && runs.every((r) => '百千万'.includes(r.run) && !CLASSIFIERS.includes(q[r.at + 1] ?? ''))) return false;
  if (CN_INITIAL.includes(q[0]) && runs[0].at === 0) {
    // C: Chinese-numeral initial.
    if (q.length > 10) return false;
    return q.length <= 6 || (runs.length >= 2 && q.length <= 10) || CLASSIFIERS.includes(q[1] ?? '') || stacked;
  }
  // D: a count inside a longer name (盐湖十大工程, 森林四库, 服务业提质增效十大行动), a stack
  // (“千百十”工程 written inside), or paired counts (郑州一主两副).
  const counts = runs.filter((r) => r.run !== '一');
  if (counts.length === 0) return false;
  if (stacked && q.length <= 10) return true;
  if (runs.length >= 2 && q.length <= 10) return true;
  return counts.some((r) => {
    const after = q.slice(r.at + r.run.length);
    return (CLASSIFIERS.includes(after[0] ?? '') && after.length >= 2) || (after.length === 1 && q.length <= 8);
  });
}

/** A quoted span in a text: the quote marks at [open, close], the content between. */
export interface QuotedSpan {
  open: number;
  close: number;
  /** Content, cleaned (see cleanTerm). */
  term: string;
}

/** Pairs of “…” up to 20 characters with no quote mark inside (a lost mark pairs nothing). */
const QUOTED = /“([^“”\n]{1,20})”/g;

export function quotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const term = cleanTerm(m[1]);
    if (term) out.push({ open: m.index, close: m.index + m[0].length - 1, term });
  }
  return out;
}

/** Unquoted `N大…工程/行动/基地/集群/战略/板块/攻坚战` (NDA), e.g. 十大产业发展工程. */
const NDA = /[一二三四五六七八九十]大[\u3400-\u9fff]{0,8}?(?:工程|行动|基地|集群|战略|板块|攻坚战)/g;

export function ndaMatches(text: string): Array<{ start: number; end: number; term: string }> {
  const out: Array<{ start: number; end: number; term: string }> = [];
  NDA.lastIndex = 0;
  for (let m = NDA.exec(text); m; m = NDA.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, term: m[0] });
  return out;
}
