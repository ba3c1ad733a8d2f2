/**
 * The incremental re-check: what the check of a document's previous version offers the
 * next: a rule whose footprint of the edited stretch is unchanged keeps its findings, moved
 * with the text (the same objects where nothing of them moved, so adapters resend nothing).
 */
import type { ReportDocument } from './model/document';
import type { BlockChange } from './model/parse';
import type { Block } from './model/blocks';
import type { Part } from './facts/parts';
import type { RepairedParagraph } from './model/repair';
import type { MessageArgs } from './messages/catalogue';
import type { CheckEnvironment } from './environment';
import type { EditWindow, Finding, LineArgs, Rule, TextEdit } from './rules/types';

/** What a check found, per rule, for the next version's re-check. */
export interface RunRecord {
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

/** The record of each document's check (the next version's check reads its previous one). */
export const runs = new WeakMap<ReportDocument, RunRecord>();

/** What the previous check of the document offers the re-check (see `reusable`). */
export interface Reuse {
  ruleCount: number;
  /** The rule's previous findings, moved with the text, when its footprint says they stand. */
  keep(rule: Rule, key: string): Finding[] | undefined;
}

/** Edits in the first blocks (title, dateline, speaker, opening) re-run every rule. */
const FRONT_BLOCKS = 14;

/**
 * The incremental re-check: when the edit from the previous version replaced a stretch of
 * blocks, a rule whose footprint of that stretch is the same before and after keeps its
 * previous findings, moved with the text (see Rule.footprint). Undefined when nothing can
 * be kept.
 */
export function reusable(doc: ReportDocument, env: CheckEnvironment, moves: Map<Finding, Finding>): Reuse | undefined {
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
    return still ? (last.findings as Finding[]) : last.findings.map((f) => movedOrSame(f));
  };
  const movedOrSame = (f: Finding) => {
    const g = moved(f, oldEnd, delta, movedEdits);
    if (g !== f) moves.set(g, f);
    return g;
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
  // Plain loops: this runs for every kept finding on every check.
  if (f.start <= to && f.end >= from) return true;
  const edits = f.fix?.edits;
  if (edits) for (let i = 0; i < edits.length; i++) if (edits[i].start <= to && edits[i].end >= from) return true;
  const related = f.related;
  if (related)
    for (let i = 0; i < related.length; i++) if (related[i].start <= to && related[i].end >= from) return true;
  return anyIn(f.lines, from, to) || anyIn(f.fix?.lines, from, to);
}

/** Nothing of the finding lies after `after`: an edit there leaves it where it is. */
function allBefore(f: Finding, after: number): boolean {
  if (f.end > after) return false;
  const edits = f.fix?.edits;
  if (edits) for (let i = 0; i < edits.length; i++) if (edits[i].end > after) return false;
  const related = f.related;
  if (related) for (let i = 0; i < related.length; i++) if (related[i].end > after) return false;
  return !anyIn(f.lines, after + 1, Infinity) && !anyIn(f.fix?.lines, after + 1, Infinity);
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
export function withLines(f: Finding, doc: ReportDocument, moves: Map<Finding, Finding>): Finding {
  if (!f.lines && !f.fix?.lines) return f;
  // No line added or removed: every line number stands.
  if (doc.edit?.change.lineDelta === 0) return f;
  if (sameLines(f.args, f.lines, doc) && sameLines(f.fix?.args, f.fix?.lines, doc)) return f;
  const out: Finding = { ...f, args: addLines(f.args, f.lines, doc) };
  if (f.fix?.lines) out.fix = { ...f.fix, args: addLines(f.fix.args, f.fix.lines, doc) };
  moves.set(out, moves.get(f) ?? f);
  moves.delete(f);
  return out;
}

export function addLines(args: MessageArgs | undefined, lines: LineArgs | undefined, doc: ReportDocument): MessageArgs {
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
 * delta is 0: its lines moved); the finding itself when nothing of it lies after the edit.
 */
function moved(f: Finding, after: number, delta: number, movedEdits: Map<readonly TextEdit[], TextEdit[]>): Finding {
  if (allBefore(f, after)) return f;
  const at = (p: number) => (p > after ? p + delta : p);
  let fix = f.fix;
  if (fix) {
    let edits = movedEdits.get(fix.edits);
    if (!edits)
      movedEdits.set(
        fix.edits,
        (edits = fix.edits.map((e) => ({ start: at(e.start), end: at(e.end), newText: e.newText }))),
      );
    fix = {
      message: fix.message,
      args: fix.args,
      lines: fix.lines && movedLines(fix.lines, after, delta),
      edits,
      safe: fix.safe,
    };
  }
  // Written out rather than spread: every finding has the same shape, and this runs for each finding after an edit.
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    start: at(f.start),
    end: at(f.end),
    message: f.message,
    args: f.args,
    lines: f.lines && movedLines(f.lines, after, delta),
    fix,
    related: f.related?.map((r) => ({ ...r, start: at(r.start), end: at(r.end) })),
  };
}

function movedLines(lines: LineArgs, after: number, delta: number): LineArgs {
  const out: LineArgs = {};
  for (const k in lines) out[k] = lines[k] > after ? lines[k] + delta : lines[k];
  return out;
}
