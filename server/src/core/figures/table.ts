/** The 数据一览 table and the hover text: what the tool understood of each figure. */
import { COLUMNS, columnTitle } from './columns';
import type { ReportDocument } from '../model/document';
import type { CheckEnvironment } from '../environment';
import { formatMessage, Locale, MessageKey } from '../messages/catalogue';
import { analyseFigures, FigureAnalysis, Verdict } from './document';
import { changeText, displayName, shown } from './display';
import { formatGrowth, formatNumber, Interval } from './numbers';
import { targetCheck, TargetCheck, TargetVerdict } from './targets';

export interface FigureRow {
  /** 1-based line of the statement. */
  line: string;
  indicator: string;
  period: string;
  value: string;
  change: string;
  baseline: string;
  computed: string;
  target: string;
  /** Last year's target judged against this result: 完成 / 接近目标 / 未完成 ('' when not judged). */
  targetStatus: string;
  status: string;
  verdict: Verdict;
  targetVerdict?: TargetVerdict;
  /** What the computed growth means: its rounding range and the tolerance ('' without one). */
  computedNote: string;
  /** Something to check: a growth check, last year's value or a target. */
  checkable: boolean;
  /** Source offsets and 0-based LSP positions of the statement. */
  range: {
    start: number;
    end: number;
    startLine: number;
    startCharacter: number;
    endLine: number;
    endCharacter: number;
  };
}

export { COLUMNS, columnTitle } from './columns';

function periodOf(item: FigureAnalysis, locale: Locale): string {
  const { role, year } = item.figure;
  if (!role) return '';
  const key: MessageKey = role === 'actual' ? 'figures.period.actual' : 'figures.period.target';
  return formatMessage(key, { year: year ?? '' }, locale);
}

function changeOf(item: FigureAnalysis): string {
  const { stmt, para } = item.figure;
  const c = stmt.change;
  return c ? changeText(para, c) : '';
}

function valueOf(item: FigureAnalysis, locale: Locale): string {
  const s = item.figure.stmt;
  if (s.from && s.level) return `${shown(s.from)} → ${shown(s.level)}`;
  if (s.level) return shown(s.level);
  if (s.share)
    return formatMessage('figures.value.share', { whole: s.share.whole, amount: shown(s.share.amount) }, locale);
  return '';
}

/** The computed growth as one figure (its midpoint; one-sided ranges as ≥/≤). */
export function computedValue(g: Interval): string {
  if (g.hi === Infinity || g.lo === -100 || g.lo === -Infinity) return formatGrowth(g);
  return `${formatNumber((g.lo + g.hi) / 2, 1)}%`;
}

function computedNote(g: Interval, locale: Locale): string {
  if (!Number.isFinite(g.lo) || !Number.isFinite(g.hi)) return '';
  return formatMessage(
    'figures.computed.tolerance',
    { value: computedValue(g), lo: `${formatNumber(g.lo, 2)}%`, hi: `${formatNumber(g.hi, 2)}%` },
    locale,
  );
}

/**
 * The indicator as a drafter would name it: without punctuation a page break left in front
 * (`、南山新境…`), without a trailing 各/分别/共, and a list of names (`华通印务、道一生物等`)
 * shortened to its first name and 等.
 */
export function cleanIndicator(name: string): string {
  let n = name
    .replace(/^[\s、，,；;：:。）)]+/, '')
    .replace(/(各|分别|共|均|都)$/, '')
    .trim();
  if (n.endsWith('等') && n.includes('、')) n = `${n.slice(0, n.indexOf('、'))}等`;
  return n || name.trim();
}

export function rowOf(doc: ReportDocument, item: FigureAnalysis, locale: Locale, env?: CheckEnvironment): FigureRow {
  const f = item.figure;
  const start = doc.lines.positionAt(f.start);
  const end = doc.lines.positionAt(f.end);
  const base = item.baseline?.stmt.level;
  const tc: TargetCheck | undefined = env ? targetCheck(doc, env, item) : undefined;
  const target = tc ? tc.target.stmt : item.target?.stmt;
  const targetPara = tc ? tc.target.para : item.target?.para;
  const targetShown =
    target && targetPara
      ? tc?.basis === 'level'
        ? shown(target.level!)
        : target.change
          ? changeText(targetPara, target.change)
          : ''
      : '';
  const checked = item.verdict === 'ok' || item.verdict === 'mismatch' || item.verdict === 'copied';
  return {
    line: String(start.line + 1),
    indicator: cleanIndicator(displayName(f.stmt)),
    period: periodOf(item, locale),
    value: valueOf(item, locale),
    change: changeOf(item),
    baseline: base ? shown(base) : '',
    computed: item.check ? computedValue(item.check.computed) : '',
    target: targetShown,
    targetStatus: tc ? formatMessage(`figures.target.${tc.verdict}` as MessageKey, {}, locale) : '',
    status: formatMessage(`figures.status.${item.verdict}` as MessageKey, {}, locale),
    verdict: item.verdict,
    targetVerdict: tc?.verdict,
    computedNote: item.check ? computedNote(item.check.computed, locale) : '',
    checkable: checked || !!base || !!targetShown,
    range: {
      start: f.start,
      end: f.end,
      startLine: start.line,
      startCharacter: start.character,
      endLine: end.line,
      endCharacter: end.character,
    },
  };
}

export function figureRows(doc: ReportDocument, env: CheckEnvironment, locale: Locale = 'zh-cn'): FigureRow[] {
  return analyseFigures(doc, env).items.map((item) => rowOf(doc, item, locale, env));
}

/** The figure statement under a source offset, if any. */
export function figureAt(doc: ReportDocument, env: CheckEnvironment, offset: number): FigureAnalysis | undefined {
  return analyseFigures(doc, env).items.find((i) => i.figure.start <= offset && offset < i.figure.end);
}

/** Hover text (Markdown) for one figure. */
export function hoverMarkdown(
  doc: ReportDocument,
  env: CheckEnvironment,
  item: FigureAnalysis,
  locale: Locale,
): string {
  const row = rowOf(doc, item, locale, env);
  const baseline = analyseFigures(doc, env).baseline;
  const lines = [`**${formatMessage('figures.hover.title', {}, locale)}**`, ''];
  const add = (c: (typeof COLUMNS)[number], v: string) => {
    if (v) lines.push(`- ${columnTitle(c, locale)}：${escapeMarkdown(v)}`);
  };
  add(
    'indicator',
    row.indicator +
      (item.figure.stmt.kind
        ? `（${formatMessage(`figures.kind.${item.figure.stmt.kind}` as MessageKey, {}, locale)}）`
        : ''),
  );
  add('period', row.period);
  add('value', row.value);
  add('change', row.change);
  add('baseline', row.baseline);
  add('target', row.target);
  add('targetStatus', row.targetStatus);
  add('computed', row.computed);
  add('status', row.status);
  if (row.computedNote) lines.push('', escapeMarkdown(row.computedNote));
  if (row.targetVerdict === 'close') lines.push('', formatMessage('figures.hover.closeNote', {}, locale));
  if (baseline && (row.baseline || row.target)) {
    const name =
      baseline.source === 'seed'
        ? formatMessage('figures.hover.seedBaseline', { year: baseline.doc.reportYear ?? '' }, locale)
        : (baseline.doc.uri.split('/').pop() ?? '');
    lines.push('', formatMessage('figures.hover.baselineSource', { name: decodeURIComponent(name) }, locale));
  }
  return lines.join('\n');
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}
