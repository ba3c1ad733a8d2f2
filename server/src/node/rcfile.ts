/** Reads and validates `.govreportrc.json` (JSON with comments). Problems carry source ranges. */
import { existsSync } from 'node:fs';
import { readTextFile } from './textfile';
import { fileErrorReason } from './files';
import { dirname, join, resolve } from 'node:path';
import { findNodeAtLocation, parseTree, ParseError, printParseErrorCode, getNodeValue, Node } from 'jsonc-parser';
import { z } from 'zod';
import { RcFile, rcSchema } from './settings';
import { findRule } from '../core/rules/registry';
import { ref, type KeyedMessage } from '../core/messages/catalogue';
import { describeIssue, describeIssues } from '../core/zod-issues';

export const RC_FILE = '.govreportrc.json';

export type RcProblem = { start: number; end: number } & KeyedMessage;

export interface LoadedRc {
  path: string;
  text: string;
  rc: RcFile;
  problems: RcProblem[];
}

/** The nearest `.govreportrc.json` in `dir` or its parents. */
export function findRcFile(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const p = join(d, RC_FILE);
    if (existsSync(p)) return p;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export function parseRc(text: string): { rc: RcFile; problems: RcProblem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: RcProblem[] = errors.map((e) => ({
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
    message: 'config.parseError',
    args: { error: printParseErrorCode(e.error) },
  }));
  if (!tree || errors.length > 0) return { rc: {}, problems };
  const value: unknown = getNodeValue(tree);
  const parsed = rcSchema.safeParse(value);
  let rc: RcFile = {};
  if (parsed.success) rc = parsed.data;
  else {
    for (const issue of parsed.error.issues) problems.push(issueProblem(tree, issue));
    // Keep every valid top-level key: one bad setting must not throw away the others.
    const partial: Record<string, unknown> = {};
    const obj = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'rules' && v && typeof v === 'object') {
        // Keep the valid rule entries too.
        const rules: Record<string, unknown> = {};
        for (const [id, setting] of Object.entries(v as Record<string, unknown>)) {
          if (rcSchema.safeParse({ rules: { [id]: setting } }).success) rules[id] = setting;
        }
        partial.rules = rules;
        continue;
      }
      const one = rcSchema.safeParse({ [k]: v });
      if (one.success) Object.assign(partial, one.data);
    }
    rc = partial;
  }
  for (const id of Object.keys(rc.rules ?? {})) {
    const rule = findRule(id);
    const node = findNodeAtLocation(tree, ['rules', id])?.parent?.children?.[0];
    const range = node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: 0 };
    if (!rule) {
      problems.push({ ...range, message: 'config.unknownRule', args: { rule: id } });
      continue;
    }
    const setting = rc.rules![id];
    if (typeof setting === 'object' && setting.options) {
      const opts = rule.options.safeParse(setting.options);
      if (!opts.success)
        problems.push({
          ...range,
          message: 'config.badOptions',
          args: { rule: id, error: describeIssues(opts.error.issues, false) },
        });
    }
  }
  return { rc, problems };
}

function issueProblem(tree: Node, issue: z.ZodIssue): RcProblem {
  const path = issue.path.map(String);
  let node: Node | undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const prop = node?.children?.find((c) => c.children?.[0]?.value === key)?.children?.[0];
    const where = prop ?? node;
    return {
      start: where?.offset ?? 0,
      end: (where?.offset ?? 0) + (where?.length ?? 0),
      message: 'config.unknownKey',
      args: { path: [...path, key].join('.') },
    };
  }
  return {
    start: node?.offset ?? 0,
    end: (node?.offset ?? 0) + (node?.length ?? 0),
    message: 'config.invalid',
    args: { path: path.join('.') || ref('config.rootPath'), error: describeIssue(issue) },
  };
}

export function loadRc(path: string): LoadedRc {
  let text = '';
  try {
    text = readTextFile(path).text;
  } catch (e) {
    return {
      path,
      text,
      rc: {},
      problems: [{ start: 0, end: 0, message: 'config.unreadable', args: { reason: fileErrorReason(e) } }],
    };
  }
  return { path, text, ...parseRc(text) };
}
