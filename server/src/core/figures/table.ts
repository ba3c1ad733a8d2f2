/** The 数据一览 table and the hover text: what the tool understood of each figure. */
import type { ReportDocument } from '../model/document';
import type { CheckEnvironment } from '../environment';
import { formatMessage, Locale, MessageKey } from '../messages/catalogue';
import { analyseFigures, FigureAnalysis, Verdict } from './document';
import { changeText, displayName, shown } from './display';
import { formatGrowth } from './numbers';

export interface FigureRow {
  indicator: string;
  period: string;
  value: string;
  change: string;
  baseline: string;
  computed: string;
  target: string;
  status: string;
  verdict: Verdict;
  /** Source offsets and 0-based LSP positions of the statement. */
  range: { start: number; end: number; startLine: number; startCharacter: number; endLine: number; endCharacter: number };
}

export const COLUMNS = ['indicator', 'period', 'value', 'change', 'baseline', 'computed', 'target', 'status'] as const;

export function columnTitle(c: (typeof COLUMNS)[number], locale: Locale): string {
  return formatMessage(`figures.column.${c}` as MessageKey, {}, locale);
}

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

function valueOf(item: FigureAnalysis): string {
  const s = item.figure.stmt;
  if (s.from && s.level) return `${shown(s.from)} → ${shown(s.level)}`;
  if (s.level) return shown(s.level);
  if (s.share) return `占${s.share.whole} ${shown(s.share.amount)}`;
  return '';
}

export function rowOf(doc: ReportDocument, item: FigureAnalysis, locale: Locale): FigureRow {
  const f = item.figure;
  const start = doc.lines.positionAt(f.start);
  const end = doc.lines.positionAt(f.end);
  const base = item.baseline?.stmt.level;
  const target = item.target?.stmt.change;
  return {
    indicator: displayName(f.stmt),
    period: periodOf(item, locale),
    value: valueOf(item),
    change: changeOf(item),
    baseline: base ? shown(base) : '',
    computed: item.check ? formatGrowth(item.check.computed) : '',
    target: target && item.target ? changeText(item.target.para, target) : '',
    status: formatMessage(`figures.status.${item.verdict}` as MessageKey, {}, locale),
    verdict: item.verdict,
    range: { start: f.start, end: f.end, startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character },
  };
}

export function figureRows(doc: ReportDocument, env: CheckEnvironment, locale: Locale = 'zh-cn'): FigureRow[] {
  return analyseFigures(doc, env).items.map((item) => rowOf(doc, item, locale));
}

/** The figure statement under a source offset, if any. */
export function figureAt(doc: ReportDocument, env: CheckEnvironment, offset: number): FigureAnalysis | undefined {
  return analyseFigures(doc, env).items.find((i) => i.figure.start <= offset && offset < i.figure.end);
}

/** Hover text (Markdown) for one figure. */
export function hoverMarkdown(doc: ReportDocument, env: CheckEnvironment, item: FigureAnalysis, locale: Locale): string {
  const row = rowOf(doc, item, locale);
  const baseline = analyseFigures(doc, env).baseline;
  const lines = [`**${formatMessage('figures.hover.title', {}, locale)}**`, ''];
  const add = (c: (typeof COLUMNS)[number], v: string) => {
    if (v) lines.push(`- ${columnTitle(c, locale)}：${escapeMarkdown(v)}`);
  };
  add('indicator', row.indicator + (item.figure.stmt.kind ? `（${formatMessage(`figures.kind.${item.figure.stmt.kind}` as MessageKey, {}, locale)}）` : ''));
  add('period', row.period);
  add('value', row.value);
  add('change', row.change);
  add('baseline', row.baseline);
  add('target', row.target);
  add('computed', row.computed);
  add('status', row.status);
  if (baseline && (row.baseline || row.target)) {
    const name = baseline.source === 'seed' ? formatMessage('figures.hover.seedBaseline', { year: baseline.doc.reportYear ?? '' }, locale) : (baseline.doc.uri.split('/').pop() ?? '');
    lines.push('', formatMessage('figures.hover.baselineSource', { name: decodeURIComponent(name) }, locale));
  }
  return lines.join('\n');
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}
