/**
 * Quoted strings with numerals that read without a note (domain notes §2.2 stoplists):
 * idioms and set phrases, place names and poetic province names, festivals and days,
 * quantities, rankings and `一X一策`. The word lists live here; terms/shorthand decides.
 */

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
export const NUMERAL_NAMES = [
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
/** `N连X`: N in a row (十连增, 五连冠, 九连A). */
const IN_A_ROW = /^[一二两三四五六七八九十]+连[\u4e00-\u9fffA-Z+]{1,2}$/;

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
