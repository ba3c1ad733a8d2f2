/**
 * Subjects and scopes of figures: the words before an amount cleaned of lead words (`全年`,
 * `其中`) and verbs, an indicator's scope, and the subjects of a `分别` list.
 */
import { Indicator, IndicatorKind, isRateName, isRealName } from './lexicon';

export const LEAD =
  /^(?:\s|[（）()]|全年|今年|去年|当年|全区|全市|全县|全省|全国|我区|我市|我县|其中|并|且|同时|力争|确保|预计)+/;
const TRAIL =
  /(?:\s|力争|预计|实际|名义|增速|增幅|涨幅|降幅|完成|达到|达|实现|为|突破|超过|首次|累计|共计|共|总计|合计|增长|增加|提高|提升|上升|下降|降低|减少|回落|同比|比上年|较上年|了|近|约|逾|已|均|分别|由|从|有|是)+$/;
export const GENERIC = /^(总数|总量|总额|总计|合计|规模|数量|总体)?$/;
/** Marked 实际/可比价/可比口径/同口径: a real figure, never compared with levels. */
export const REAL_MARK = /实际增长|实际下降|可比价|可比口径|同口径|按可比|扣除/;

export function cleanSubject(raw: string): string {
  let s = raw.replace(LEAD, '').replace(/^[、，,和及与]+/, '');
  s = s.replace(TRAIL, ''); // one pass strips the longest trailing run of these words
  return s.length > 16 ? s.slice(s.length - 16) : s;
}

export function kindOf(subject: string, indicator?: Indicator): IndicatorKind | undefined {
  if (indicator) return indicator.kind;
  if (isRealName(subject)) return 'real';
  if (isRateName(subject)) return 'rate';
  return undefined;
}

/** Lead words that do not change an indicator's scope (全国, 全省 do: they name another area). */
const SCOPE_LEAD = /^(?:\s|[（）()]|全年|今年|去年|当年|全区|全市|全县|我区|我市|我县|其中|并|且|同时|力争|确保|预计)+/;

export function cleanScope(raw: string): string {
  return raw
    .replace(SCOPE_LEAD, '')
    .replace(/(完成|实现|推动|推进|促进|确保|力争|保持|使)$/, '')
    .trim();
}

/** Subjects split at 、 and between adjacent quoted items (“煤改电”“煤改气”). */
export function splitSubjects(s: string): string[] {
  return s
    .replace(/”\s*“/g, '”、“')
    .split(/[、，,]/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Verbs that open a list of subjects rather than name one (`培育引进…企业、…项目分别…`). */
export const VERB_LEAD =
  /^(?:认定|新认定|新增|新建|建成|建设|培育|引进|实现|完成|开展|实施|推动|推进|支持|累计|获批|入选|创建|打造|组建|设立|举办|发放|带动|吸引|争取|招引)+/;

/** 和/及/与/以及/同 outside quotes: each may join two subjects or sit inside one name. */
export function countConjunctions(s: string): number {
  const unquoted = s.replace(/“[^”]*”/g, '');
  return (unquoted.match(/以及|和|及|与|同/g) ?? []).length;
}
