/**
 * Figure statements in one paragraph of plain (repaired) text: indicator or subject, level,
 * change, increment, `由 X 到 Y`, shares, `分别` lists and `其中` parts. Offsets are relative
 * to the paragraph text; the document layer maps them to the source and adds periods.
 * This module walks sentences and clauses; amounts, tokens, subjects and the `分别`/`其中`
 * groups have their own modules.
 */
import { findIndicators, IndicatorMention } from './lexicon';
import { readAmount } from './amount';
import type { FigureStatement, ParagraphFigures, Span } from './statement';
import { classify, Token } from './tokens';
import { cleanScope, cleanSubject, GENERIC, kindOf, REAL_MARK } from './subjects';
import { extractList, extractParts } from './groups';

const NUMBER = /\d+(?:\.\d+)?/g;

// ── sentences and clauses ─────────────────────────────────────────────────

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
const MULTI_PERIOD =
  /年均|累计|五年|十年|多年|以来|\d+\s*[-－—~～至到]\s*\d+\s*月|前三季度|上半年|一季度|前\d+个?月|\d+\s*月份?|十[一二三四五六七八九]?五”?(?:时期|期间)/;
/**
 * A sentence that opens a passage about several years (`这五年，…`, `五年来`, `“十四五”时期`):
 * the paragraph's later sentences state cumulative figures too, until one names a single year.
 */
const SPAN_OPENS = /这五年|五年来|过去五年|十[一二三四五六七八九]?五”?(?:时期|期间|以来)/;
const SINGLE_YEAR_LEAD = /^\s*(?:\d{4}\s*年|今年|去年|上年|过去一年|一年来|全年)/;

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
