/**
 * Terms explained where they are used: a definition right after the term (`“q”即…`,
 * `q（…）`), or the items it counts listed right before it (教育、医疗、养老“三项保障”).
 */
import { numeralReadings } from './count';

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

/** The items the term counts are listed right before it (优土、优种、优产、优储、优销“五优联动”). */
export function listedBefore(text: string, at: number, term: string): boolean {
  const accepted = numeralReadings([term])?.accepted;
  return !!accepted && itemsBefore(text, at).some((n) => n >= 2 && accepted.has(n));
}
