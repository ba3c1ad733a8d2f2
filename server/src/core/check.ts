/** text + configuration → findings. The one entry point every adapter uses. */
import { ReportDocument } from './model/document';
import { BlockChange, ParseCache, SourceFormat } from './model/parse';
import type { Block } from './model/blocks';
import type { Part } from './facts/parts';
import type { RepairedParagraph } from './model/repair';
import { formatMessage, type ArgsParam, type MessageArgs } from './messages/catalogue';
import type { CheckEnvironment } from './environment';
import { activeRules, ActiveRule, Config, defaultConfig } from './config';
import type { EditWindow, Finding, Fix, LineArgs, Report, Rule, TextEdit } from './rules/types';
import { applySwitches } from './switches';

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

/** What a check found, per rule, for the next version's re-check. */
interface RunRecord {
  parts: readonly Part[];
  reportYear: number | undefined;
  env: CheckEnvironment;
  rules: Map<string, { key: string; findings: readonly Finding[] }>;
  /** Every rule kept the previous version's findings; the kept ones copied (see CheckResult.moved). */
  keptAll?: boolean;
  moves?: Map<Finding, Finding>;
  /** The findings after the inline switches (what the check returned), and how many the switches hid. */
  shown?: readonly Finding[];
  hidden?: number;
}

const runs = new WeakMap<ReportDocument, RunRecord>();

/** Edits in the first blocks (title, dateline, speaker, opening) re-run every rule. */
const FRONT_BLOCKS = 14;

/**
 * The incremental re-check: when the edit from the previous version replaced a stretch of
 * blocks, a rule whose footprint of that stretch is the same before and after keeps its
 * previous findings, moved with the text (see Rule.footprint). Undefined when nothing can
 * be kept.
 */
function reusable(
  doc: ReportDocument,
  env: CheckEnvironment,
  moves: Map<Finding, Finding>,
): { ruleCount: number; keep: (rule: Rule, key: string) => Finding[] | undefined } | undefined {
  const edit = doc.edit;
  if (!edit) return undefined;
  const { prev, change } = edit;
  const before = runs.get(prev);
  if (!before || before.env !== env) return undefined;
  if (change.start < Math.max(FRONT_BLOCKS, doc.front.window, doc.bodyStart + 4)) return undefined;
  if (!sameParts(before.parts, doc.parts) || before.reportYear !== doc.reportYear) return undefined;
  const windows: [EditWindow, EditWindow] = [
    window(prev, 'before', env, change, change.removed, edit.before),
    window(doc, 'after', env, change, change.added, edit.after),
  ];
  const { from, oldEnd, delta } = change;
  // Findings may share their fix's edits (a run renumbered at once): each list is moved once.
  const movedEdits = new Map<readonly TextEdit[], TextEdit[]>();
  const keep = (rule: Rule, key: string) => {
    const last = before.rules.get(rule.id);
    if (!rule.footprint || !last || last.key !== key) return undefined;
    for (const f of last.findings) if (touches(f, from, oldEnd)) return undefined;
    const a = rule.footprint(windows[0]);
    if (a === undefined || a !== rule.footprint(windows[1])) return undefined;
    return still ? (last.findings as Finding[]) : last.findings.map((f) => moved(f, oldEnd, delta, movedEdits, moves));
  };
  // Nothing after the edit moved, neither its offset nor its line and column: findings keep their objects.
  const still =
    delta === 0 && change.lineDelta === 0 && samePosition(prev.lines.positionAt(oldEnd), doc.lines.positionAt(oldEnd));
  return { ruleCount: before.rules.size, keep };
}

function samePosition(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line === b.line && a.character === b.character;
}

/** The same parts, perhaps at other block indices (an edit added or removed blocks). */
function sameParts(a: readonly Part[], b: readonly Part[]): boolean {
  if (a === b) return true;
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.heading === b[i].heading &&
        p.role === b[i].role &&
        p.number === b[i].number &&
        p.title === b[i].title &&
        p.year === b[i].year,
    )
  );
}

function window(
  doc: ReportDocument,
  side: EditWindow['side'],
  env: CheckEnvironment,
  change: BlockChange,
  blocks: readonly Block[],
  paragraphs: readonly RepairedParagraph[],
): EditWindow {
  const s = change.start;
  const lastBlocks = paragraphs.length ? paragraphs[paragraphs.length - 1].blocks : undefined;
  const memos = new Map<string, unknown>();
  return {
    doc,
    side,
    env,
    change,
    blocks,
    paragraphs,
    firstBlock: Math.min(paragraphs.length ? paragraphs[0].blocks[0].index : s, s),
    lastBlock: Math.max(lastBlocks ? lastBlocks[lastBlocks.length - 1].index : s, s + blocks.length - 1),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}

function touches(f: Finding, from: number, to: number): boolean {
  const hit = (s: number, e: number) => s <= to && e >= from;
  if (hit(f.start, f.end)) return true;
  for (const e of f.fix?.edits ?? []) if (hit(e.start, e.end)) return true;
  for (const r of f.related ?? []) if (hit(r.start, r.end)) return true;
  return anyIn(f.lines, from, to) || anyIn(f.fix?.lines, from, to);
}

/** A line argument's offset lies in [from, to]. */
function anyIn(lines: LineArgs | undefined, from: number, to: number): boolean {
  for (const k in lines) if (lines[k] >= from && lines[k] <= to) return true;
  return false;
}

/**
 * The finding with its line arguments filled in for this version (see LineArgs). The
 * filled-in finding is what the next check keeps, so it is copied only when a line moved.
 */
function withLines(f: Finding, doc: ReportDocument, moves: Map<Finding, Finding>): Finding {
  if (!f.lines && !f.fix?.lines) return f;
  if (sameLines(f.args, f.lines, doc) && sameLines(f.fix?.args, f.fix?.lines, doc)) return f;
  const out: Finding = { ...f, args: addLines(f.args, f.lines, doc) };
  if (f.fix?.lines) out.fix = { ...f.fix, args: addLines(f.fix.args, f.fix.lines, doc) };
  moves.set(out, moves.get(f) ?? f);
  moves.delete(f);
  return out;
}

function addLines(args: MessageArgs | undefined, lines: LineArgs | undefined, doc: ReportDocument): MessageArgs {
  const out: MessageArgs = { ...args };
  for (const k in lines) out[k] = doc.lineNumber(lines[k]);
  return out;
}

function sameLines(args: MessageArgs | undefined, lines: LineArgs | undefined, doc: ReportDocument): boolean {
  for (const k in lines) if (args?.[k] !== doc.lineNumber(lines[k])) return false;
  return true;
}

/**
 * A finding that does not touch the edited stretch, with positions after it moved by delta (a copy, even when
 * delta is 0: its lines moved).
 */
function moved(
  f: Finding,
  after: number,
  delta: number,
  movedEdits: Map<readonly TextEdit[], TextEdit[]>,
  moves: Map<Finding, Finding>,
): Finding {
  const at = (p: number) => (p > after ? p + delta : p);
  if (
    f.end <= after &&
    (f.fix?.edits ?? []).every((e) => e.end <= after) &&
    (f.related ?? []).every((r) => r.end <= after) &&
    !anyIn(f.lines, after + 1, Infinity) &&
    !anyIn(f.fix?.lines, after + 1, Infinity)
  )
    return f;
  const g: Finding = {
    ...f,
    start: at(f.start),
    end: at(f.end),
    related: f.related?.map((r) => ({ ...r, start: at(r.start), end: at(r.end) })),
  };
  if (f.lines) g.lines = movedLines(f.lines, after, delta);
  if (f.fix) {
    let edits = movedEdits.get(f.fix.edits);
    if (!edits)
      movedEdits.set(f.fix.edits, (edits = f.fix.edits.map((e) => ({ ...e, start: at(e.start), end: at(e.end) }))));
    g.fix = { ...f.fix, edits };
    if (f.fix.lines) g.fix.lines = movedLines(f.fix.lines, after, delta);
  }
  moves.set(g, f);
  return g;
}

function movedLines(lines: LineArgs, after: number, delta: number): LineArgs {
  const out: LineArgs = {};
  for (const k in lines) out[k] = lines[k] > after ? lines[k] + delta : lines[k];
  return out;
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
  // Opened in the wrong encoding (a GBK file read as UTF-8): one finding, not a page of garbled ones.
  const garbled = wrongEncoding(text);
  if (garbled > 0) return { findings: [documentFinding('general.wrongEncoding', { count: String(garbled) })] };
  const doc = new ReportDocument(opts.uri, text, opts.format, opts.cache);
  const all = runRules(doc, env, opts.rules ?? activeRules(config));
  const findings = applySwitches(doc, all);
  return { doc, findings, keptAll: keptAll(doc, findings, all.length - findings.length), moved: runs.get(doc)?.moves };
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
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n >= 3 && (n >= 50 || n / text.length >= 0.005) ? n : 0;
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
