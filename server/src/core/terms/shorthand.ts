/**
 * Numeric shorthand (domain notes §2.2): which quoted strings a local reader cannot decode
 * without a note, plus the unquoted `N大…工程` pattern and in-place definitions.
 */

/** Sentence punctuation: a quoted string containing it is a quotation, not a term. */
const SENTENCE_PUNCT = /[，。；：！？,;:!?]/;
const CN_INITIAL = '一二两三四五六七八九十百千万双';
const CLASSIFIERS = '个大项条类';
const NUMERAL_RUN = /[一二两三四五六七八九十百千万双]+/g;

/** Idioms and lexicalised phrases that start with a numeral (§2.2 stoplist). */
const STOP_EXACT = new Set([
  '一刀切', '十年磨一剑', '四两拨千斤', '一揽子', '一盘棋', '一张网', '一方水土难养一方人', '一张蓝图绘到底',
  '一把手', '一站式', '一条龙', '一窝蜂', '三心二意', '千方百计', '万无一失', '一以贯之', '一鼓作气', '一如既往',
  '一马当先', '百花齐放', '百家争鸣', '千家万户', '万众一心', '一心一意', '一丝不苟', '三番五次', '七上八下',
  '九牛一毛', '十全十美', '一清二楚', '一五一十', '四面八方', '五湖四海', '三令五申', '一针见血',
]);
const STOP_PREFIX = ['四季', '百年', '一线', '一体', '一流', '一站', '一次', '一网', '一件', '一张', '一批', '一系列', '一些', '一切', '一般', '一定', '一直', '万一', '一起', '一致', '一样'];

/** Plain content of a quoted string: Markdown emphasis and blanks removed. */
export function cleanTerm(q: string): string {
  return q.replace(/[*_`\s\u3000]/g, '');
}

/** True when `q` (already cleaned) is numeric shorthand by the §2.2 definition. */
export function isNumericShorthand(q: string): boolean {
  if (q.length < 1 || q.length > 10 || SENTENCE_PUNCT.test(q)) return false;
  // A: digit codes (1311, 13710, 1+N).
  if (/^\d{3,}$/.test(q)) return true;
  if (/^[0-9A-Za-z]+(?:\+[0-9A-Za-z]+)+$/.test(q) && /\d/.test(q)) return true;
  // B: digits + classifier + a short noun (12大基地).
  if (/^\d+[大个项条类][\u3400-\u9fff]{1,6}$/.test(q)) return true;
  // C: Chinese-numeral initial.
  if (!CN_INITIAL.includes(q[0])) return false;
  if (STOP_EXACT.has(q) || STOP_PREFIX.some((p) => q.startsWith(p))) return false;
  const tokens = q.match(NUMERAL_RUN)?.length ?? 0;
  // A round 百/千/万 alone ("百企行动", "千村示范") means "many", not a code: the phrase
  // reads without a note. This is the one decision §2.2 leaves open (百企行动 is borderline).
  if ('百千万'.includes(q[0]) && tokens < 2 && !CLASSIFIERS.includes(q[1] ?? '')) return false;
  return q.length <= 6 || (tokens >= 2 && q.length <= 10) || CLASSIFIERS.includes(q[1] ?? '');
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
  for (let m = NDA.exec(text); m; m = NDA.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, term: m[0] });
  return out;
}

/** `“q”即…`, `“q”是指…`, `q（…）`: the term is explained where it is used. */
const IN_PLACE = /^(?:”)?(?:即|是指|就是|指的是|[（(]|，即|，指|，就是|：)/;

export function definedInPlace(text: string, afterTerm: number): boolean {
  return IN_PLACE.test(text.slice(afterTerm, afterTerm + 4));
}
