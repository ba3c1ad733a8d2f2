/**
 * Figures of a whole document: statements from every repaired paragraph (memoised per
 * paragraph), their period from the part they sit in, and the growth checks against the
 * same sentence and against last year's report.
 */
import type { EditWindow } from '../edit-window';
import type { ReportDocument } from '../model/document';
import { paragraphMemo, RepairedParagraph, repairedSourceEnd, repairedSourceOffset } from '../model/repair';
import type { CheckEnvironment } from '../environment';
import { kept } from '../model/blocks';
import type { Amount, Change } from './amount';
import { extractParagraph } from './extract';
import type { FigureStatement, ParagraphFigures, PartsGroup, RespectivelyList } from './statement';
import { isRateName, type Indicator } from './lexicon';
import { BaselineChoice, chooseBaseline } from './environment';
import { disagree, growthFromIncrement, growthInterval, Interval } from './numbers';

export type PeriodRole = 'actual' | 'target';

/** Figure traits: plain once it has a period (see plainFigure); a change in % of a rate; in 倍; a share. */
const PLAIN_IF_PERIOD = 1;
const RATE_CHANGE = 2;
const TIMES_CHANGE = 4;
const SHARE = 8;

export class Figure {
  /** Review part: year Y−1 actuals; plan part: year Y targets (set for each version). */
  role?: PeriodRole;
  year?: number;
  /** The last analysis of this figure, with what it depended on (see analyseFigures). */
  analysed?: { role?: PeriodRole; baseDoc?: ReportDocument; item: FigureAnalysis };
  private slots?: unknown[];

  /** A value rules derive from the statement, kept while the figure lives. */
  cached<T>(key: string, compute: (f: Figure) => T): T {
    return kept((this.slots ??= []), key, this, compute);
  }

  /** What the statement is, as bits (PLAIN_IF_PERIOD, RATE_CHANGE…): read on every check. */
  readonly traits: number;

  constructor(
    readonly stmt: FigureStatement,
    readonly para: RepairedParagraph,
  ) {
    const s = stmt;
    const rate = isRateName(s.subject) || (!!s.indicator && isRateName(s.indicator.name));
    const unit = s.change?.changeUnit;
    this.traits =
      (s.indicator && s.scope === '' && !s.multiPeriod && !s.listed ? PLAIN_IF_PERIOD : 0) |
      (unit === 'percent' && rate ? RATE_CHANGE : 0) |
      (unit === 'times' ? TIMES_CHANGE : 0) |
      (s.share ? SHARE : 0);
  }

  /** Source range of the whole statement (read through the paragraph's blocks, which move). */
  get start(): number {
    return repairedSourceOffset(this.para, this.stmt.start);
  }
  get end(): number {
    return repairedSourceEnd(this.para, this.stmt.end);
  }
}

export interface DocFigures {
  figures: Figure[];
  lists: Array<{ list: RespectivelyList; para: RepairedParagraph }>;
  parts: Array<{ group: PartsGroup; para: RepairedParagraph }>;
  /** The plain figures (see plainFigure) of each indicator, in document order. */
  byIndicator: Map<Indicator, Figure[]>;
  // Indexes for the rules, so that each walks only the figures it can flag:
  /** Plain figures (see plainFigure), in document order. */
  plain: Figure[];
  /** Figures with a change in % of a rate or share (率, 比重…). */
  rateChanges: Figure[];
  /** Figures with a change in 倍. */
  timesChanges: Figure[];
  /** Figures stating a share (占 … 的 X%). */
  shares: Figure[];
}

/** Source range of a paragraph-relative range. */
export function sourceRange(para: RepairedParagraph, start: number, end: number): { start: number; end: number } {
  return { start: repairedSourceOffset(para, start), end: repairedSourceEnd(para, end) };
}

export function paragraphFigures(para: RepairedParagraph): ParagraphFigures {
  return paragraphMemo(para, 'figures', extractParagraph);
}

interface ParagraphEntry {
  figures: Figure[];
  /** 分别 lists and 其中 groups, when there are any. */
  extras?: ParagraphFigures;
}

/** Most paragraphs state no figure: one shared entry for them all. */
const NO_FIGURES: ParagraphEntry = { figures: [] };

/** The paragraph's entry, kept on the paragraph object (the same while its blocks live). */
function entryOf(para: RepairedParagraph): ParagraphEntry {
  if (para.figures) return para.figures as ParagraphEntry;
  const pf = paragraphFigures(para);
  const extras = pf.lists.length || pf.parts.length ? pf : undefined;
  const entry =
    pf.statements.length || extras
      ? { figures: pf.statements.map((stmt) => new Figure(stmt, para)), extras }
      : NO_FIGURES;
  para.figures = entry;
  return entry;
}

/**
 * For the figures rules' footprints (Rule.footprint): the figures, lists and part groups the
 * paragraphs state, with their text (`''` when they state none).
 */
export function figuresFootprint(w: EditWindow): string {
  return w.memo('figures', () => statedFigures(w.paragraphs));
}

function statedFigures(paragraphs: readonly RepairedParagraph[]): string {
  let out = '';
  for (const p of paragraphs) {
    const e = entryOf(p);
    if (e === NO_FIGURES) continue;
    const spans = [...e.figures.map((f) => f.stmt), ...(e.extras?.lists ?? []), ...(e.extras?.parts ?? [])].map((x) =>
      p.text.slice(x.start, x.end),
    );
    out += `¶${JSON.stringify([e.figures.map((f) => f.stmt), e.extras, spans], footprintValue)}`;
  }
  return out;
}

/**
 * Offsets inside the paragraph, left out of footprints: what a rule concludes elsewhere does
 * not depend on them, and findings inside the edited paragraph are not kept anyway. So
 * typing before a figure in its paragraph keeps the findings in the rest of the report.
 */
const OFFSETS = new Set([
  'start',
  'end',
  'numberStart',
  'numberEnd',
  'verbStart',
  'subjectStart',
  'subjectEnd',
  'subjectsStart',
]);

/** Indicators by id; numbers JSON cannot tell apart (±Infinity, NaN) as text; no offsets. */
function footprintValue(key: string, v: unknown): unknown {
  if (OFFSETS.has(key)) return undefined;
  if (key === 'minus') return v !== undefined;
  if (key === 'indicator') return (v as Indicator | undefined)?.id;
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
}

/** The figures of a document with their periods: a per-document fact (doc.memo). */
export function documentFigures(doc: ReportDocument): DocFigures {
  return doc.memo('figures.document', collectFigures);
}

function collectFigures(doc: ReportDocument): DocFigures {
  const out: DocFigures = {
    figures: [],
    lists: [],
    parts: [],
    byIndicator: new Map(),
    plain: [],
    rateChanges: [],
    timesChanges: [],
    shares: [],
  };
  const y = doc.reportYear;
  const parts = doc.parts;
  let pi = 0;
  for (const para of doc.repaired) {
    // A paragraph is the same object while its blocks live (see repairParagraphs): so are its figures.
    const entry = entryOf(para);
    if (entry === NO_FIGURES) continue;
    // Paragraphs and parts are both in document order: walk them together.
    const at = para.blocks[0].index;
    while (pi < parts.length && parts[pi].end <= at) pi++;
    const part = pi < parts.length && parts[pi].start <= at ? parts[pi] : undefined;
    let role: PeriodRole | undefined;
    let year: number | undefined;
    if (part?.role === 'review') {
      role = 'actual';
      year = part.year ?? (y !== undefined ? y - 1 : undefined);
    } else if (part?.role === 'plan') {
      role = 'target';
      year = part.year ?? y;
    }
    for (const figure of entry.figures) {
      figure.role = role;
      figure.year = year;
      out.figures.push(figure);
      const traits = figure.traits;
      if (traits & PLAIN_IF_PERIOD && role !== undefined) {
        out.plain.push(figure);
        const indicator = figure.stmt.indicator!;
        const same = out.byIndicator.get(indicator);
        if (same) same.push(figure);
        else out.byIndicator.set(indicator, [figure]);
      }
      if (traits & RATE_CHANGE) out.rateChanges.push(figure);
      if (traits & TIMES_CHANGE) out.timesChanges.push(figure);
      if (traits & SHARE) out.shares.push(figure);
    }
    if (entry.extras) {
      for (const list of entry.extras.lists) out.lists.push({ list, para });
      for (const group of entry.extras.parts) out.parts.push({ group, para });
    }
  }
  return out;
}

// ── growth checks ─────────────────────────────────────────────────────────

/** Slack added to the computed interval (percentage points, §3.4). */
export const GROWTH_SLACK = 0.05;

export type Verdict = 'ok' | 'mismatch' | 'copied' | 'notComparable' | 'unchecked';

export interface GrowthCheck {
  basis: 'baseline' | 'increment' | 'fromTo';
  /** The previous level (baseline's or the sentence's `由 X`); for increments, the increment. */
  previous: Amount;
  computed: Interval;
  stated: Interval;
  mismatch: boolean;
  /** The level is the baseline's, copied unchanged. */
  copied: boolean;
}

export interface FigureAnalysis {
  figure: Figure;
  /** The baseline's figure for the same indicator a year earlier. */
  baseline?: Figure;
  /** The baseline's target for this figure's year. */
  target?: Figure;
  check?: GrowthCheck;
  verdict: Verdict;
}

export interface DocAnalysis {
  baseline?: BaselineChoice;
  items: FigureAnalysis[];
}

/** The stated growth in % as an interval (one-sided for 以上/以内), or undefined when unusable. */
export function statedGrowth(c: Change | undefined): Interval | undefined {
  if (!c || c.changeUnit !== 'percent' || c.to || c.annualAvg || c.minus || c.bound === 'about') return undefined;
  const v = c.direction * c.printed;
  if (c.bound === 'atLeast') return c.direction > 0 ? { lo: v, hi: Infinity } : { lo: -Infinity, hi: v };
  if (c.bound === 'atMost') return c.direction > 0 ? { lo: -Infinity, hi: v } : { lo: v, hi: Infinity };
  return { lo: v, hi: v };
}

/** Levels may be compared with growth: nominal or count, not marked 实际/可比价. */
export function comparable(s: FigureStatement): boolean {
  return s.kind !== 'real' && s.kind !== 'comparable' && s.kind !== 'rate' && !s.real;
}

/** Usable for comparisons across the document: a plain annual figure of a known indicator. */
export function plainFigure(f: Figure): boolean {
  return (f.traits & PLAIN_IF_PERIOD) !== 0 && f.role !== undefined;
}

function inSentenceCheck(s: FigureStatement, stated: Interval): GrowthCheck | undefined {
  if (s.level && s.increment && s.level.dimension === s.increment.dimension) {
    const inc = s.increment;
    let computed: Interval | undefined;
    if (inc.direction > 0) computed = growthFromIncrement(s.level.interval, inc.interval);
    else {
      // X, 比上年减少 Y: the previous level was X + Y; growth = −Y / (X + Y).
      const prev = { lo: s.level.interval.lo + inc.interval.lo, hi: s.level.interval.hi + inc.interval.hi };
      const g = growthInterval(prev, s.level.interval);
      computed = g;
    }
    if (computed)
      return {
        basis: 'increment',
        previous: inc,
        computed,
        stated,
        mismatch: disagree(computed, stated, GROWTH_SLACK),
        copied: false,
      };
  }
  if (s.level && s.from && s.level.dimension === s.from.dimension && s.level.unit !== '%') {
    const computed = growthInterval(s.from.interval, s.level.interval);
    if (computed)
      return {
        basis: 'fromTo',
        previous: s.from,
        computed,
        stated,
        mismatch: disagree(computed, stated, GROWTH_SLACK),
        copied: false,
      };
  }
  return undefined;
}

/** The growth checks of a document: a per-document fact for one check environment (doc.memoFor). */
export function analyseFigures(doc: ReportDocument, env: CheckEnvironment): DocAnalysis {
  return doc.memoFor('figures.analysis', env, analyse);
}

function analyse(doc: ReportDocument, env: CheckEnvironment): DocAnalysis {
  const { figures } = documentFigures(doc);
  const baseline = chooseBaseline(doc, env);
  const baseFigures = baseline ? documentFigures(baseline.doc).byIndicator : new Map<Indicator, Figure[]>();
  const baseDoc = baseline?.doc;
  const items = figures.map((figure): FigureAnalysis => {
    // A figure's analysis follows its statement, its period and the baseline.
    const last = figure.analysed;
    if (last && last.role === figure.role && last.baseDoc === baseDoc) return last.item;
    const item = analyseFigure(figure);
    figure.analysed = { role: figure.role, baseDoc, item };
    return item;
  });
  return { baseline, items };

  function analyseFigure(figure: Figure): FigureAnalysis {
    const s = figure.stmt;
    const item: FigureAnalysis = { figure, verdict: 'unchecked' };
    if (baseline && plainFigure(figure) && figure.role === 'actual') {
      const same = baseFigures.get(s.indicator!) ?? [];
      const prev = same.filter(
        (b) => b.role === 'actual' && b.stmt.level && (!s.level || b.stmt.level.dimension === s.level.dimension),
      );
      item.baseline = unambiguous(prev);
      item.target = same.find((b) => b.role === 'target' && b.stmt.change);
    }
    const stated = statedGrowth(s.change);
    if (!s.change) return item;
    if (!comparable(s)) {
      item.verdict = s.level || item.baseline ? 'notComparable' : 'unchecked';
      return item;
    }
    if (!stated) return item;
    const inner = inSentenceCheck(s, stated);
    if (inner) {
      item.check = inner;
      item.verdict = inner.mismatch ? 'mismatch' : 'ok';
      return item;
    }
    const base = item.baseline;
    if (
      base &&
      s.level &&
      base.stmt.level &&
      comparable(base.stmt) &&
      s.indicator &&
      (s.indicator.kind === 'nominal' || s.indicator.kind === 'count')
    ) {
      const computed = growthInterval(base.stmt.level.interval, s.level.interval);
      if (computed) {
        const copied = base.stmt.level.printed === s.level.printed && base.stmt.level.unit === s.level.unit;
        const mismatch = disagree(computed, stated, GROWTH_SLACK);
        item.check = { basis: 'baseline', previous: base.stmt.level, computed, stated, mismatch, copied };
        item.verdict = mismatch ? (copied ? 'copied' : 'mismatch') : 'ok';
      }
    }
    return item;
  }
}

/** One baseline figure, or none when the baseline states different levels for it. */
function unambiguous(cands: Figure[]): Figure | undefined {
  const withLevel = cands.filter((c) => c.stmt.level);
  if (withLevel.length === 0) return cands[0];
  const first = withLevel[0];
  const a = first.stmt.level!.interval;
  return withLevel.every((c) => !disagree(a, c.stmt.level!.interval, 0)) ? first : undefined;
}
