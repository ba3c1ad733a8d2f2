/**
 * Figures stated in groups: `分别` lists (subjects and values in pairs, one statement per
 * subject when the counts agree) and `其中` parts (a total and its parts).
 */
import { findIndicators } from './lexicon';
import { Amount, Change, unitOfChange, withUnitOf } from './amount';
import type { ParagraphFigures, PartsGroup, RespectivelyList, Span } from './statement';
import type { Token } from './tokens';
import { cleanSubject, countConjunctions, kindOf, LEAD, REAL_MARK, splitSubjects, VERB_LEAD } from './subjects';

// ── 分别 lists ─────────────────────────────────────────────────────────────

export function extractList(
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

// ── 其中 parts ─────────────────────────────────────────────────────────────

export function extractParts(
  text: string,
  sentence: Span,
  clauses: Span[],
  toks: Token[],
  out: ParagraphFigures,
): void {
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
