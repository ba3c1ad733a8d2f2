/** text + configuration → findings. The one entry point every adapter uses. */
import { ReportDocument } from './model/document';
import { countReplacements, ParseCache, SourceFormat } from './model/parse';
import { formatMessage, type ArgsParam } from './messages/catalogue';
import type { CheckEnvironment } from './environment';
import { activeRules, ActiveRule, Config, defaultConfig } from './config';
import type { Finding, Fix, Report } from './rules/types';
import { applySwitches } from './switches';
import { addLines, reusable, RunRecord, runs, withLines } from './reuse';

export interface CheckResult {
  doc?: ReportDocument;
  findings: Finding[];
  /**
   * The findings are those of the previous check of this document (its parse cache's
   * previous version): every rule kept its findings across the edit (see Rule.footprint) and
   * the inline switches hide the same ones. Each is the same object, or a copy moved with the
   * text (see `moved`). Adapters use it to resend nothing.
   */
  keptAll?: boolean;
  /**
   * Findings kept from the previous check but copied because the text moved them (or their
   * line numbers): copy → the previous check's object. Every other kept finding is the same object.
   */
  moved?: ReadonlyMap<Finding, Finding>;
  /**
   * An offset from which every position of this version has the line and column its text had
   * in the previous version (the edit added or removed no line, and this is the start of a
   * line after it): a moved finding that starts there is in the same place on screen.
   */
  steadyFrom?: number;
}

/** Runs each active rule; a rule that throws is logged once and the others still report. */
export function runRules(doc: ReportDocument, env: CheckEnvironment, rules: readonly ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  if (rules.length > 0) void doc.repaired; // the next version updates it (see DocumentEdit)
  const record: RunRecord = { parts: doc.parts, reportYear: doc.reportYear, env, rules: new Map() };
  const moves = new Map<Finding, Finding>();
  const reuse = reusable(doc, env, moves);
  // Every rule kept its findings (and no rule was added or dropped): see CheckResult.keptAll.
  record.keptAll = !!reuse && rules.length === reuse.ruleCount;
  for (const { rule, severity, options } of rules) {
    const key = `${severity}\u0000${JSON.stringify(options)}`;
    const kept = reuse?.keep(rule, key);
    if (!kept) record.keptAll = false;
    if (kept) {
      const own = kept.map((f) => withLines(f, doc, moves));
      record.rules.set(rule.id, { key, findings: own });
      for (const f of own) findings.push(f);
      continue;
    }
    const own: Finding[] = [];
    const report = (r: Report) => {
      // Line arguments are filled in here (see LineArgs), fix included.
      const fix: Fix | undefined = r.fix?.lines
        ? { ...(r.fix as Fix), args: addLines(r.fix.args, r.fix.lines, doc) }
        : r.fix;
      own.push({
        ruleId: rule.id,
        severity: r.severity ?? severity,
        start: r.start,
        end: Math.max(r.start, r.end),
        message: r.message,
        args: r.lines ? addLines(r.args, r.lines, doc) : (r.args ?? {}),
        lines: r.lines,
        fix,
        related: r.related,
      });
    };
    try {
      rule.check({ doc, options, env, report });
      record.rules.set(rule.id, { key, findings: own });
    } catch (err) {
      logRuleFailure(env, rule.id, err);
    }
    for (const f of own) findings.push(f);
  }
  record.moves = moves;
  runs.set(doc, record);
  return findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

const failedOnce = new Set<string>();
function logRuleFailure(env: CheckEnvironment, ruleId: string, err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  const key = `${ruleId}\n${err instanceof Error ? err.message : String(err)}`;
  if (failedOnce.has(key)) return;
  failedOnce.add(key);
  // The drafter reads the first line; the stack is for whoever fixes the rule.
  env.log(
    `${formatMessage('general.ruleFailed', { rule: ruleId, error: err instanceof Error ? err.message : String(err) })}\n${detail}`,
  );
}

/** Looks like binary data: NUL bytes or many control characters in the first 64 KiB. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;

export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (!CONTROL.test(sample)) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export interface CheckTextOptions {
  uri: string;
  format: SourceFormat;
  config?: Config;
  cache?: ParseCache;
  rules?: readonly ActiveRule[];
}

export function checkText(text: string, env: CheckEnvironment, opts: CheckTextOptions): CheckResult {
  const config = opts.config ?? defaultConfig;
  if (text.length > config.maxDocumentSize) {
    return {
      findings: [
        documentFinding('general.tooLarge', {
          size: formatSize(text.length),
          limit: formatSize(config.maxDocumentSize),
        }),
      ],
    };
  }
  if (looksBinary(text)) return { findings: [documentFinding('general.binary', {})] };
  const cache = opts.cache ?? new ParseCache();
  const doc = new ReportDocument(opts.uri, text, opts.format, cache);
  // Opened in the wrong encoding (a GBK file read as UTF-8): one finding, not a page of garbled ones.
  // The parse cache counts the replacement characters in the edited stretch only.
  const garbled = tooManyReplacements(cache.replacementCount(), text.length);
  if (garbled > 0) return { findings: [documentFinding('general.wrongEncoding', { count: String(garbled) })] };
  const all = runRules(doc, env, opts.rules ?? activeRules(config));
  const findings = applySwitches(doc, all);
  return {
    doc,
    findings,
    keptAll: keptAll(doc, findings, all.length - findings.length),
    moved: runs.get(doc)?.moves,
    steadyFrom: steadyFrom(doc),
  };
}

/** See CheckResult.steadyFrom. */
function steadyFrom(doc: ReportDocument): number | undefined {
  const change = doc.edit?.change;
  if (!change || change.lineDelta !== 0) return undefined;
  const end = change.oldEnd + change.delta;
  const { line, character } = doc.lines.positionAt(end);
  return character === 0 ? end : (doc.lines.lineStarts[line + 1] ?? doc.text.length + 1);
}

/** Records what the check returned; true when it is what the previous check returned (see CheckResult.keptAll). */
function keptAll(doc: ReportDocument, findings: readonly Finding[], hidden: number): boolean {
  const record = runs.get(doc);
  if (!record) return false;
  record.shown = findings;
  record.hidden = hidden;
  const before = record.keptAll ? doc.edit && runs.get(doc.edit.prev) : undefined;
  if (!before?.shown) return false;
  // The switches hid nothing on either side: the kept findings are all there.
  if (hidden === 0 && before.hidden === 0) return true;
  // Otherwise the same ones, in the same order.
  return (
    findings.length === before.shown.length &&
    findings.every((f, i) => (record.moves?.get(f) ?? f) === before.shown![i])
  );
}

/**
 * How many U+FFFD (replacement characters) the text has, when there are enough of them to
 * say it was decoded with the wrong encoding; 0 otherwise. A stray one or two are left to
 * the drafter.
 */
export function wrongEncoding(text: string): number {
  return tooManyReplacements(countReplacements(text, 0, text.length), text.length);
}

function tooManyReplacements(n: number, length: number): number {
  return n >= 3 && (n >= 50 || n / length >= 0.005) ? n : 0;
}

function documentFinding<K extends 'general.tooLarge' | 'general.binary' | 'general.wrongEncoding'>(
  message: K,
  ...[args = {}]: ArgsParam<K>
): Finding {
  return { ruleId: 'general/document', severity: 'warning', start: 0, end: 0, message, args };
}

/** A number of characters for messages, with thousands separators (`6,291,456`). */
export function formatSize(chars: number): string {
  return chars.toLocaleString('en-US');
}
