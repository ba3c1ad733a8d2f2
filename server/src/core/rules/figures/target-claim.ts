/**
 * figures/target-claim: the review part claims that last year's targets were met
 * (完成了全年各项目标任务, 圆满完成/全面完成/超额完成…目标任务), while a result the report gives
 * for one of the baseline's 主要预期目标 falls short. Silent without a baseline, when every
 * judged target is met or close (`左右`), and when the claim's sentence admits an exception
 * (除…外, 未完成…) or hedges (基本完成, 大部分).
 */
import { defineRule, noOptions } from '../types';
import type { ReportDocument } from '../../model/document';
import { paragraphMemo, RepairedParagraph } from '../../model/repair';
import { ref, refList } from '../../messages/catalogue';
import { analyseFigures, figuresFootprint, sourceRange } from '../../figures/document';
import { chooseBaseline } from '../../figures/environment';
import { changeText, displayName, shown } from '../../figures/display';
import { targetOutcomes, TargetCheck } from '../../figures/targets';
import type { FigureAnalysis } from '../../figures/document';

/** A completion verb, then (within the clause) the year's targets as its object. */
const CLAIM =
  /(?:圆满|全面|超额|胜利|顺利|较好地?|很好地?|出色地?|全部|均)?完成了?([^，。；！？：、,;!?:]{0,24}?)目标(?:任务)?/g;
/** Just before the verb: negated, hedged, or an intention rather than a result. */
const NOT_A_CLAIM_BEFORE =
  /(未|没有|没|未能|不能|难以|基本|大部分|部分|多数|大多|为|确保|力争|争取|努力|保证|奋力|要|将|能否|是否|不)\s*$/;
/** In the object: only some of the targets. */
const PARTIAL_OBJECT = /部分|多数|大多|半数|个别/;
/**
 * The object names the year's targets as a whole (全年/各项/主要/年初确定的…), not one task's
 * (`去产能…超额完成年度目标任务`, `完成本届政府减少行政审批事项三分之一目标`).
 */
const WHOLE_OBJECT = /各项|主要|全年|年初|预期|既定|全部|经济社会发展|会议确定|确定的/;
/** In the claim's sentence: an exception is admitted. */
const ADMITS = /除[^。；！？]*外|未(能)?(完成|达到|实现)|没有(完成|达到|实现)|低于(预期|目标|年初)|未达|差距/;
const SENTENCE = /[^。；！？!?;]+[。；！？!?;]?/g;

export interface Claim {
  /** Range in the paragraph text. */
  start: number;
  end: number;
  text: string;
}

/** Claims that the year's targets were met, in one paragraph's text. */
export function findClaims(text: string): Claim[] {
  if (!text.includes('完成') || !text.includes('目标')) return [];
  const out: Claim[] = [];
  for (const s of text.matchAll(SENTENCE)) {
    const sentence = s[0];
    if (ADMITS.test(sentence)) continue;
    for (const m of sentence.matchAll(CLAIM)) {
      const before = sentence.slice(Math.max(0, m.index - 4), m.index);
      if (NOT_A_CLAIM_BEFORE.test(before) || PARTIAL_OBJECT.test(m[1]) || !WHOLE_OBJECT.test(m[1])) continue;
      const start = s.index + m.index;
      out.push({ start, end: start + m[0].length, text: m[0] });
    }
  }
  return out;
}

function paragraphClaims(para: RepairedParagraph): Claim[] {
  return paragraphMemo(para, 'target-claims', findClaims);
}

/** Paragraphs of the review part (last year's work). */
function reviewParagraphs(doc: ReportDocument): RepairedParagraph[] {
  const review = doc.parts.filter((p) => p.role === 'review');
  if (review.length === 0) return [];
  return doc.repaired.filter((para) => {
    const at = para.blocks[0].index;
    return review.some((p) => p.start <= at && at < p.end);
  });
}

function resultText(item: FigureAnalysis, check: TargetCheck): string {
  const { stmt, para } = item.figure;
  return check.basis === 'change' ? changeText(para, stmt.change!) : shown(stmt.level!);
}

export function targetText(check: TargetCheck): string {
  const { stmt, para } = check.target;
  return check.basis === 'change' ? changeText(para, stmt.change!) : shown(stmt.level!);
}

export default defineRule({
  id: 'figures/target-claim',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/target-claim.description',
  options: noOptions,
  // Findings depend on the claims and on every result and the baseline's targets.
  footprint: (w) =>
    `${figuresFootprint(w)}#${w.paragraphs
      .map((p) =>
        paragraphClaims(p)
          .map((c) => c.text)
          .join('|'),
      )
      .join('¶')}#${chooseBaseline(w.doc, w.env)?.doc.uri ?? ''}`,
  check({ doc, env, report }) {
    const paragraphs = reviewParagraphs(doc);
    const claims = paragraphs.flatMap((para) => paragraphClaims(para).map((claim) => ({ para, claim })));
    if (claims.length === 0) return;
    const missed = targetOutcomes(doc, env).filter((o) => o.verdict === 'missed');
    if (missed.length === 0) return;
    const baseline = analyseFigures(doc, env).baseline!;
    const y = baseline.doc.reportYear ?? '';
    const source =
      baseline.source === 'seed'
        ? ref('figures.seedReport', { year: y })
        : decodeURIComponent(baseline.doc.uri.split('/').pop() ?? '');
    const year = missed[0].results[0].item.figure.year ?? '';
    // Quoted from the reports: “指标”（“目标” → “实际”）, with the locale's punctuation.
    const list = refList(
      missed.map((o) => {
        const { item, check } = o.results[0];
        const indicator = displayName(item.figure.stmt);
        return ref('figures/target-claim.item', {
          indicator,
          target: targetText(check),
          result: resultText(item, check),
        });
      }),
    );
    for (const { para, claim } of claims) {
      const r = sourceRange(para, claim.start, claim.end);
      report({
        start: r.start,
        end: r.end,
        message: 'figures/target-claim.shortfall',
        args: { claim: claim.text, source, year, list },
      });
    }
  },
});
