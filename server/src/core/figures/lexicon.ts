/**
 * The indicator lexicon: key indicators, their synonyms and how they grow (domain §3.2).
 * Compiled once into one longest-first alternation.
 */
import { escapeRegExp } from '../regexp';

/**
 * real: growth is real (按可比价格), never compared with levels (GDP, 增加值).
 * comparable: nominal levels but growth on a comparable caliber, levels revised (投资, 社零).
 * nominal: levels and growth are both nominal (财政收入, 支出, 收入).
 * count: counts and physical quantities (户, 人, 吨).
 * rate: rates and shares; their changes are in 个百分点.
 */
export type IndicatorKind = 'real' | 'comparable' | 'nominal' | 'count' | 'rate';

export interface Indicator {
  id: string;
  /** Canonical Chinese name, shown in hovers and tables. */
  name: string;
  synonyms: readonly string[];
  kind: IndicatorKind;
}

export const INDICATORS: readonly Indicator[] = [
  { id: 'gdp', name: '地区生产总值', synonyms: ['地区生产总值', 'GDP', '生产总值', '经济总量'], kind: 'real' },
  // National GDP is another figure in a local report.
  { id: 'gdp-national', name: '国内生产总值', synonyms: ['国内生产总值'], kind: 'real' },
  {
    id: 'industry-va-above',
    name: '规模以上工业增加值',
    synonyms: ['规模以上工业增加值', '规上工业增加值'],
    kind: 'real',
  },
  { id: 'industry-va', name: '工业增加值', synonyms: ['工业增加值'], kind: 'real' },
  { id: 'services-va', name: '服务业增加值', synonyms: ['服务业增加值', '第三产业增加值'], kind: 'real' },
  { id: 'revenue-general', name: '一般公共预算收入', synonyms: ['一般公共预算收入', '公共财政收入'], kind: 'nominal' },
  { id: 'revenue-total', name: '财政总收入', synonyms: ['财政总收入', '全口径财政收入'], kind: 'nominal' },
  { id: 'revenue', name: '财政收入', synonyms: ['财政收入', '地方财政收入'], kind: 'nominal' },
  {
    id: 'expenditure-general',
    name: '一般公共预算支出',
    synonyms: ['一般公共预算支出', '公共财政支出'],
    kind: 'nominal',
  },
  { id: 'expenditure-total', name: '财政总支出', synonyms: ['财政总支出', '财政支出'], kind: 'nominal' },
  { id: 'welfare-spending', name: '民生支出', synonyms: ['民生支出'], kind: 'nominal' },
  {
    id: 'retail',
    name: '社会消费品零售总额',
    synonyms: ['社会消费品零售总额', '社零总额', '社会商品零售总额'],
    kind: 'comparable',
  },
  { id: 'investment', name: '固定资产投资', synonyms: ['固定资产投资', '全社会固定资产投资'], kind: 'comparable' },
  {
    id: 'income-urban',
    name: '城镇居民人均可支配收入',
    synonyms: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'],
    kind: 'nominal',
  },
  {
    id: 'income-rural',
    name: '农村居民人均可支配收入',
    synonyms: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农村居民人均纯收入'],
    kind: 'nominal',
  },
  {
    id: 'income',
    name: '居民人均可支配收入',
    synonyms: ['居民人均可支配收入', '全体居民人均可支配收入'],
    kind: 'nominal',
  },
  { id: 'jobs', name: '城镇新增就业', synonyms: ['城镇新增就业人数', '城镇新增就业', '新增城镇就业'], kind: 'count' },
  { id: 'grain', name: '粮食产量', synonyms: ['粮食总产量', '粮食产量'], kind: 'count' },
  { id: 'market-entities', name: '市场主体', synonyms: ['市场主体'], kind: 'count' },
  { id: 'trade', name: '进出口总额', synonyms: ['货物进出口总额', '进出口总额'], kind: 'nominal' },
  { id: 'fdi', name: '实际使用外资', synonyms: ['实际使用外资', '实际利用外资'], kind: 'nominal' },
  { id: 'unemployment-registered', name: '城镇登记失业率', synonyms: ['城镇登记失业率'], kind: 'rate' },
  { id: 'unemployment-surveyed', name: '城镇调查失业率', synonyms: ['城镇调查失业率'], kind: 'rate' },
  { id: 'urbanisation', name: '城镇化率', synonyms: ['常住人口城镇化率', '城镇化率'], kind: 'rate' },
  { id: 'cpi', name: '居民消费价格', synonyms: ['居民消费价格涨幅', '居民消费价格'], kind: 'rate' },
];

const BY_SYNONYM = new Map<string, Indicator>();
for (const ind of INDICATORS) for (const s of ind.synonyms) BY_SYNONYM.set(s, ind);

/** Longest synonyms first so that 规模以上工业增加值 wins over 工业增加值. */
const ALTERNATION = [...BY_SYNONYM.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

export interface IndicatorMention {
  indicator: Indicator;
  start: number;
  end: number;
}

/** Every indicator mention in a text, left to right, non-overlapping. */
const MENTION = new RegExp(ALTERNATION, 'g');
/** Cheap pre-test: every synonym holds one of these characters. */
/** Any character that ends a synonym: a text without one mentions no indicator. */
const LAST_CHARS = new RegExp(
  `[${[...new Set([...BY_SYNONYM.keys()].map((k) => k[k.length - 1]))].join('').replace(/[\\\]^-]/g, '\\$&')}]`,
);

export function findIndicators(text: string): IndicatorMention[] {
  const out: IndicatorMention[] = [];
  if (!LAST_CHARS.test(text)) return out;
  const re = MENTION;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ indicator: BY_SYNONYM.get(m[0])!, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Words whose 率 is not a rate or share: efficiency, power, frequency, exchange rate, productivity. */
const NOT_A_RATE = /(效率|功率|频率|汇率|速率|生产率|税率|利率|增长率)$/;

/** A subject that names a rate or share (率, 比重, 占比, 比例, 份额). */
export function isRateName(subject: string): boolean {
  return /(率|比重|占比|比例|份额)$/.test(subject) && !NOT_A_RATE.test(subject);
}

/** A subject whose growth is real (any 增加值, 生产总值). */
export function isRealName(subject: string): boolean {
  return /(增加值|生产总值)$/.test(subject);
}
