/** text + configuration → findings. The one entry point every adapter uses. */
import { ReportDocument } from './model/document';
import { ParseCache, SourceFormat } from './model/parse';
import { formatMessage } from './messages/catalogue';
import type { CheckEnvironment } from './environment';
import { activeRules, ActiveRule, Config, defaultConfig } from './config';
import type { Finding, Report } from './rules/types';
import { applySwitches } from './switches';

export interface CheckResult {
  doc?: ReportDocument;
  findings: Finding[];
}

/** Runs each active rule; a rule that throws is logged once and the others still report. */
export function runRules(doc: ReportDocument, env: CheckEnvironment, rules: readonly ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    const report = (r: Report) => {
      findings.push({
        ruleId: rule.id,
        severity: r.severity ?? severity,
        start: r.start,
        end: Math.max(r.start, r.end),
        message: r.message,
        args: r.args ?? {},
        fix: r.fix,
        related: r.related,
      });
    };
    try {
      rule.check({ doc, options, env, report });
    } catch (err) {
      logRuleFailure(env, rule.id, err);
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

const failedOnce = new Set<string>();
function logRuleFailure(env: CheckEnvironment, ruleId: string, err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  const key = `${ruleId}\n${err instanceof Error ? err.message : String(err)}`;
  if (failedOnce.has(key)) return;
  failedOnce.add(key);
  // The drafter reads the first line; the stack is for whoever fixes the rule.
  env.log(`${formatMessage('general.ruleFailed', { rule: ruleId, error: err instanceof Error ? err.message : String(err) })}\n${detail}`);
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
      findings: [documentFinding('general.tooLarge', { size: formatSize(text.length), limit: formatSize(config.maxDocumentSize) })],
    };
  }
  if (looksBinary(text)) return { findings: [documentFinding('general.binary', {})] };
  const doc = new ReportDocument(opts.uri, text, opts.format, opts.cache);
  return { doc, findings: applySwitches(doc, runRules(doc, env, opts.rules ?? activeRules(config))) };
}

function documentFinding(message: 'general.tooLarge' | 'general.binary', args: Record<string, string>): Finding {
  return { ruleId: 'general/document', severity: 'warning', start: 0, end: 0, message, args };
}

/** A number of characters for messages, with thousands separators (`6,291,456`). */
export function formatSize(chars: number): string {
  return chars.toLocaleString('en-US');
}
