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
  '一刀切',
  '十年磨一剑',
  '四两拨千斤',
  '一揽子',
  '一盘棋',
  '一张网',
  '一方水土难养一方人',
  '一张蓝图绘到底',
  '一把手',
  '一站式',
  '一条龙',
  '一窝蜂',
  '三心二意',
  '千方百计',
  '万无一失',
  '一以贯之',
  '一鼓作气',
  '一如既往',
  '一马当先',
  '百花齐放',
  '百家争鸣',
  '千家万户',
  '万众一心',
  '一心一意',
  '一丝不苟',
  '三番五次',
  '七上八下',
  '九牛一毛',
  '十全十美',
  '一清二楚',
  '一五一十',
  '四面八方',
  '五湖四海',
  '三令五申',
  '一针见血',
  // more idioms and set phrases met in real reports
  '一发中的',
  '一江春水',
  '一风吹',
  '一本账',
  '一锤定音',
  '一以贯之',
  '一步到位',
  '一竿子插到底',
  '一张图',
  '一口气',
  '一肩挑',
  '一条心',
  '一股劲',
  '一视同仁',
  '一举多得',
  '一蹴而就',
  '一成不变',
  '一往无前',
  '一呼百应',
  '十个指头弹钢琴',
  '三头六臂',
  '三天打鱼两天晒网',
  '五花八门',
  '七嘴八舌',
  '九死一生',
  '千军万马',
  '千锤百炼',
  '千头万绪',
  '千变万化',
  '千差万别',
  '千载难逢',
  '万马奔腾',
  '百舸争流',
  '百尺竿头',
  '百折不挠',
  '双赢多赢共赢',
  '两手抓',
  '两手都要硬',
  '约法三章',
  '两点论',
  '重点论',
  '四梁八柱',
  '双城记',
  '两条腿走路',
  '一张蓝图干到底',
  '一分部署九分落实',
]);
const STOP_PREFIX = [
  '四季',
  '百年',
  '一线',
  '一体',
  '一流',
  '一站',
  '一次',
  '一网',
  '一件',
  '一张',
  '一批',
  '一系列',
  '一些',
  '一切',
  '一般',
  '一定',
  '一直',
  '万一',
  '一起',
  '一致',
  '一样',
  '一类',
  '一键',
  '一刻钟',
  '一号',
  '双赢',
  '百姓',
  '万物',
  '千秋',
  '万家灯火',
  '一窗',
  '一门',
  '一对一',
  '一码',
];

/**
 * Names that start with or contain a numeral: places (四川, 六盘水, 长三角), and the poetic
 * names of provinces (八闽, 三湘, 三晋). A quoted string starting with one is a name.
 */
const NUMERAL_NAMES = [
  '四川',
  '三亚',
  '三明',
  '三门峡',
  '三沙',
  '三峡',
  '三江源',
  '三江平原',
  '四平',
  '五指山',
  '五台山',
  '五大连池',
  '五家渠',
  '六安',
  '六盘水',
  '六盘山',
  '七台河',
  '八达岭',
  '九江',
  '九寨沟',
  '九华山',
  '十堰',
  '十三陵',
  '万州',
  '万宁',
  '千岛湖',
  '二连浩特',
  '双流',
  '双鸭山',
  '百色',
  '两江新区',
  '八闽',
  '三湘',
  '三晋',
  '三秦',
  '三楚',
  '三北',
  '东三省',
  '长三角',
  '珠三角',
  '闽三角',
  '金三角',
];
/** Festivals and days written with numerals (五一 is 劳动节, not shorthand). */
const DATES = [
  '五一',
  '六一',
  '七一',
  '八一',
  '十一',
  '三八',
  '五四',
  '七七',
  '九一八',
  '双十一',
  '双十二',
  '双11',
  '双12',
  '618',
  '九九',
  '五五',
  '三一五',
  '3·15',
  '一二·九',
];
const DATE_SUFFIX =
  /^(?:购物节|消费季|消费节|电商节|文化节|旅游节|艺术节|狂欢节|国际劳动节|劳动节|儿童节|建军节|国庆节|国庆|假期|黄金周|小长假|红旗手|红旗集体|劳动奖章|劳动奖状|青年奖章|奖章|奖状|勋章|重要讲话|讲话)?$/;

/** A numeral that measures (五年, 三公里, 一刻钟, 10亿元) rather than counts items. */
const MEASURE = /^(?:年|个月|月|天|日|周|小时|分钟|刻钟|公里|千米|里|米|岁|倍|成|亿|万元|元|%|％)/;
/** A numeral that orders (第一, 二十届, 四中全会, 第二批) rather than counts. */
const ORDINAL =
  /(?:第[一二两三四五六七八九十百千万\d]+)|(?:[一二两三四五六七八九十百千万]+(?=届|次|期|批|轮|号|版|代|中全会))/g;
/** `一X一策`: one policy per X, read as written. */
const DISTRIBUTIVE = /^(?:一[^一二两三四五六七八九十百千万双\d]{1,4}){2,3}$/;
const PER_ITEM = new Set([
  '策',
  '案',
  '品',
  '业',
  '码',
  '证',
  '档',
  '表',
  '查',
  '阀',
  '站',
  '队',
  '员',
  '师',
  '岗',
  '行',
  '议',
  '长',
  '特色',
  '品牌',
  '专班',
  '方案',
  '清单',
  '团队',
]);
const GENERIC_COUNT = /^[\d一二两三四五六七八九十]+[条项个](?:政策|措施|举措|意见|专项行动)$/;
/** `N连X`: N in a row (十连增, 五连冠, 九连A). */
const IN_A_ROW = /^[一二两三四五六七八九十]+连[\u4e00-\u9fffA-Z+]{1,2}$/;
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

/** Quoted strings with numerals that are not shorthand: names, dates, measures, idioms, `一X一策`. */
export function isPlainPhrase(q: string): boolean {
  if (STOP_EXACT.has(q) || STOP_PREFIX.some((p) => q.startsWith(p))) return true;
  // A title or brand (两岸青山·千里林带, 三湘四水·相约湖南) or a model name (嫦娥六号).
  if (/[·•・]/.test(q) || /号$/.test(q)) return true;
  if (NUMERAL_NAMES.some((n) => q.startsWith(n))) return true;
  if (DATES.some((d) => q.startsWith(d) && DATE_SUFFIX.test(q.slice(d.length)))) return true;
  // 五年, 三公里, 一刻钟, 两个10亿元: quantities.
  if (/^[一二两三四五六七八九十百千万\d.]+(?:个)?(?:年|个月|月|天|日|周|小时|分钟|刻钟|公里|千米|里|米|岁|倍)$/.test(q))
    return true;
  if (/\d(?:\.\d+)?(?:万|亿)?元/.test(q)) return true;
  if (IN_A_ROW.test(q)) return true;
  // 一杯奶, 一碗饭, 一张床: one of a thing, said plainly.
  if (
    /^一[杯碗张件本台份块顿口座把间套株棵朵支盏顶床][\u4e00-\u9fff]{1,3}$/.test(q) &&
    !/[二两三四五六七八九十百千万双]/.test(q)
  )
    return true;
  // 十佳, 百强县, 五十强: an award or a ranking.
  if (
    /^[^双]*[一二两三四五六七八九十百千]+(?:强|佳)(?:县|市|区|镇|村|企业|榜|单位)?$/.test(q) &&
    !/[一二两三四五六七八九十]/.test(
      q.replace(/[一二两三四五六七八九十百千]+(?:强|佳)(?:县|市|区|镇|村|企业|榜|单位)?$/, ''),
    )
  )
    return true;
  // 新九条, 牧九条: a policy of N articles, named by its count.
  if (/[一二两三四五六七八九十]条$/.test(q) && q.length <= 4) return true;
  // 全国十大考古新发现, 中国科学十大进展: the title of a ranking, not a set to explain.
  if (/(?:全国|中国|全球|世界|国际|年度|\d{4}|百年)[\u4e00-\u9fff]{0,4}[一二三四五六七八九十百]+大/.test(q))
    return true;
  if (DISTRIBUTIVE.test(q)) {
    const parts = q.split('一').filter(Boolean);
    if (parts.slice(1).every((p) => PER_ITEM.has(p))) return true;
  }
  return false;
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

/** `“q”即…`, `“q”是指…`, `“q”也就是…`, `“q”包括…`, `q（…）`: the term is explained where it is used. */
const IN_PLACE = /^(?:”)?[，,]?(?:即|是指|就是|指的是|也就是|也即|包括|[（(]|：)/;
/** The same after a short noun: `“九个坚持”重大原则，即…`, `“两高”项目（…）`. */
const IN_PLACE_AFTER_NOUN =
  /^(?:”)?[\u4e00-\u9fff]{1,6}?(?:[，,](?:即|也就是|也即|包括)|：)|^(?:”)?[\u4e00-\u9fff]{1,4}?[（(]/;

/** A bracket naming who does the work (（牵头单位：…）) explains nothing. */
const NOT_EXPLAINING = /^[（(](?:牵头|责任单位|责任部门|主办|承办|完成时限)/;

export function definedInPlace(text: string, afterTerm: number): boolean {
  const after = text.slice(afterTerm, afterTerm + 12);
  const m = IN_PLACE.exec(after) ?? IN_PLACE_AFTER_NOUN.exec(after);
  return !!m && !NOT_EXPLAINING.test(after.slice(m[0].length - 1));
}

/** Where the clause before a position starts: after the last sentence or clause mark. */
const CLAUSE_MARK = /[。；;！？!?：:，,\n]/;

const AND = /以及|和|与|(?<![涉普危以])及(?![时早格])/;
const GOVERNING = /(?:推进|落实|实施|提升|打造|加快|深化|开展|推动|强化|完善|做好|抓好|坚持|加强|促进|统筹|巩固|拓展)$/;

/**
 * The possible item counts of the list that ends right before `at` in its clause (建立教育、
 * 医疗、养老“三项保障” → 3): items split on 、, or on 和/与/及/以及 when there is no 、. A list
 * may also start after 和 inside a longer one (A改革和B评审、C评估、D评价“四评” → 4). Empty
 * when there is no list.
 */
export function itemsBefore(text: string, at: number): number[] {
  let from = at;
  while (from > 0 && !CLAUSE_MARK.test(text[from - 1]) && at - from < 80) from--;
  const clause = text.slice(from, at).replace(/[“”"*]/g, '');
  // “…”、“六个现代化灌区”: the term is itself an item of the list.
  if (/、$/.test(clause)) return [];
  if (clause.includes('、')) {
    const items = clause.split('、').filter((x) => x.trim());
    // 统筹推进、一体落实“两区”: a list of verbs, and the term is their object.
    if (items.every((it) => GOVERNING.test(it))) return [];
    const and = items.map((it) => AND.test(it));
    const withAnd = and.filter(Boolean).length;
    // 甲、乙和丙: the last item holds the last pair.
    const out = [items.length + (withAnd === 1 && and[items.length - 1] ? 1 : 0)];
    const k = and.lastIndexOf(true);
    if (k >= 0 && k < items.length - 1) out.push(items.length - k);
    return out;
  }
  // Without 、 only a short pair counts (事故起数和死亡人数“双下降”): 和 is everywhere.
  if (clause.length > 30) return [];
  const parts = clause.split(AND).filter((x) => x.trim());
  return parts.length >= 2 && parts.every((x) => x.length <= 14) ? [parts.length] : [];
}
