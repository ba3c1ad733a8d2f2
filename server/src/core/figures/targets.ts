/**
 * Targets against results: last year's report sets 主要预期目标 (`地区生产总值增长 8.5%左右`)
 * in its plan part; this year's review part reports the results. Each result of a plain
 * figure is judged against the baseline's target for the same indicator and year.
 *
 * Judged like a careful editor, so that a 未完成 can be trusted:
 * - a result equal to the target meets it (printed values, no rounding slack against the drafter);
 * - `以上` and exact targets are floors; ranges (`6%－6.5%`) are met from their low end;
 * - `左右` targets are approximate: a result less than half a point short is 接近目标, not 未完成;
 * - `以内/以下` are ceilings; 下降 targets are met by an equal or larger fall;
 * - rates and shares (CPI, 失业率) are judged only against explicit ceilings or floors;
 * - growth is compared with growth (same unit, both or neither marked 实际), levels with levels
 *   of the same dimension; anything else, or a result written `约/不到`, is not judged.
 */
import type { ReportDocument } from '../model/document';
import type { CheckEnvironment } from '../environment';
import type { Amount, Change } from './amount';
import type { FigureStatement } from './statement';
import { analyseFigures, documentFigures, Figure, FigureAnalysis, plainFigure } from './document';
import type { Indicator } from './lexicon';

/** met 完成; close 接近目标 (a `左右` target missed by less than half a point); missed 未完成. */
export type TargetVerdict = 'met' | 'close' | 'missed';

export interface TargetCheck {
  /** The baseline's target figure. */
  target: Figure;
  /** 'change': growth against a growth target; 'level': a level against a level target. */
  basis: 'change' | 'level';
  verdict: TargetVerdict;
}

/** A `左右` target is missed only when the result falls short by at least this (points or %). */
export const ABOUT_SLACK = 0.5;

const EPS = 1e-9;

type Goal = { kind: 'min' | 'max'; threshold: number; about: boolean };

/** What a target asks for: a floor or a ceiling, from its direction and qualifier. */
function goalOf(a: Amount, signed: number, rate: boolean, direction: 1 | -1, growth: boolean): Goal | undefined {
  const bound = a.bound;
  // A range (`6%－6.5%`) is read as 'about' with a finite interval: its first value is a floor.
  if (bound === 'about' && Number.isFinite(a.interval.lo) && Number.isFinite(a.interval.hi)) {
    if (rate) return undefined;
    return { kind: direction > 0 ? 'min' : 'max', threshold: signed, about: false };
  }
  if (bound === 'atMost') return direction > 0 ? { kind: 'max', threshold: signed, about: false } : undefined;
  if (rate && bound !== 'atLeast') return undefined;
  // `左右` on a level (`5000 人左右`) has no tolerance we could state in points: not judged.
  if (bound === 'about' && !growth) return undefined;
  return { kind: direction > 0 ? 'min' : 'max', threshold: signed, about: bound === 'about' };
}

/** The result as a number to compare, or undefined when its qualifier leaves it open. */
function resultValue(a: Amount, signed: number, goal: Goal): number | undefined {
  if (a.bound === 'exact') return signed;
  // `增长 8%以上` proves a floor; it cannot prove a shortfall.
  if (a.bound === 'atLeast' && goal.kind === 'min' && signed >= goal.threshold - EPS) return signed;
  return undefined;
}

function judge(goal: Goal, value: number): TargetVerdict {
  const short = goal.kind === 'min' ? goal.threshold - value : value - goal.threshold;
  if (short <= EPS) return 'met';
  return goal.about && short < ABOUT_SLACK - EPS ? 'close' : 'missed';
}

function usableChange(c: Change | undefined): c is Change {
  return !!c && c.changeUnit === 'percent' && !c.to && !c.annualAvg && !c.minus;
}

function isRate(s: FigureStatement): boolean {
  return s.kind === 'rate' || s.indicator?.kind === 'rate';
}

/** The result judged against one target figure, or undefined when they cannot be compared. */
export function judgeAgainst(
  result: FigureStatement,
  target: FigureStatement,
): Omit<TargetCheck, 'target'> | undefined {
  const rate = isRate(result) || isRate(target);
  const rc = result.change;
  const tc = target.change;
  if (usableChange(rc) && usableChange(tc) && !!result.real === !!target.real) {
    const goal = goalOf(tc, tc.direction * tc.printed, rate, tc.direction, true);
    const value = goal && resultValue(rc, rc.direction * rc.printed, goal);
    if (goal && value !== undefined) return { basis: 'change', verdict: judge(goal, value) };
    return undefined;
  }
  const rl = result.level;
  const tl = target.level;
  if (!rc && !tc && rl && tl && rl.dimension === tl.dimension && !rl.minus && !tl.minus) {
    const goal = goalOf(tl, tl.value, rate, 1, false);
    const value = goal && resultValue(rl, rl.value, goal);
    if (goal && value !== undefined) return { basis: 'level', verdict: judge(goal, value) };
  }
  return undefined;
}

/**
 * Checks by figure analysis, not a per-document fact (so not doc.memo): a figure's analysis
 * outlives the document version (analyseFigures reuses it while its statement, period and
 * baseline stay), and so does its check against the baseline named here.
 */
const cache = new WeakMap<FigureAnalysis, { baseDoc: ReportDocument; check: TargetCheck | undefined }>();

/** A result (a plain figure of the review part) judged against last year's target, if any. */
export function targetCheck(doc: ReportDocument, env: CheckEnvironment, item: FigureAnalysis): TargetCheck | undefined {
  const analysis = analyseFigures(doc, env);
  const baseDoc = analysis.baseline?.doc;
  const figure = item.figure;
  if (!baseDoc || figure.role !== 'actual' || !plainFigure(figure)) return undefined;
  const hit = cache.get(item);
  if (hit && hit.baseDoc === baseDoc) return hit.check;
  let check: TargetCheck | undefined;
  const targets = (documentFigures(baseDoc).byIndicator.get(figure.stmt.indicator as Indicator) ?? []).filter(
    (t) => t.role === 'target' && (t.year === undefined || figure.year === undefined || t.year === figure.year),
  );
  // Growth against growth first, then level against level; the first comparable target decides.
  for (const t of targets) {
    const judged = judgeAgainst(figure.stmt, t.stmt);
    if (judged) {
      check = { target: t, ...judged };
      break;
    }
  }
  cache.set(item, { baseDoc, check });
  return check;
}

export interface IndicatorOutcome {
  indicator: Indicator;
  verdict: TargetVerdict;
  /** The results and their checks, in document order. */
  results: Array<{ item: FigureAnalysis; check: TargetCheck }>;
}

/**
 * Last year's targets by indicator, judged from every result the report gives for them.
 * Results that disagree (one met, one missed) leave the indicator out: figures/conflict speaks.
 */
export function targetOutcomes(doc: ReportDocument, env: CheckEnvironment): IndicatorOutcome[] {
  const byIndicator = new Map<Indicator, IndicatorOutcome['results']>();
  for (const item of analyseFigures(doc, env).items) {
    const check = targetCheck(doc, env, item);
    if (!check) continue;
    const ind = item.figure.stmt.indicator!;
    const list = byIndicator.get(ind);
    if (list) list.push({ item, check });
    else byIndicator.set(ind, [{ item, check }]);
  }
  const out: IndicatorOutcome[] = [];
  for (const [indicator, results] of byIndicator) {
    const verdicts = new Set(results.map((r) => r.check.verdict));
    if (verdicts.size !== 1) continue;
    out.push({ indicator, verdict: results[0].check.verdict, results });
  }
  return out;
}
