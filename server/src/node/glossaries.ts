/**
 * Loads glossary files once (JSON validated with zod, or Markdown/text reports whose notes
 * section is read) and builds the terms environment with the seed's notes and the national
 * glossary. A broken file becomes a problem with a clear message; the rest keeps working.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { CheckEnvironment } from '../core/environment';
import { ref, type KeyedArgs } from '../core/messages/catalogue';
import { formatFromPath, ReportDocument } from '../core/model/document';
import type { Finding } from '../core/rules/types';
import { createTermsEnvironment, entriesFromNotes, TermsEnvironment } from '../core/terms/glossary';
import type { GlossaryEntry, GlossaryProblem } from '../core/terms/types';
import { describeIssues } from '../core/zod-issues';
import { fileErrorReason, JsonSyntaxError, parseJson } from './files';
import { readText } from './textfile';
import { keyedProblem, type EnvironmentProblem } from './sources';

const year = z.number().int().min(1949).max(2100);

export const glossaryEntrySchema = z.object({
  term: z.string().trim().min(1, '缺少 term（词语）'),
  definition: z.string().trim().min(1, '缺少 definition（释义）'),
  aliases: z.array(z.string().trim().min(1)).default([]),
  scope: z.enum(['local', 'national']).default('local'),
  validFrom: year.optional(),
  validTo: year.optional(),
  /** Alternative to validFrom/validTo: `[2021, 2025]`. */
  validYears: z.tuple([year, year]).optional(),
});

const fileSchema = z.union([z.array(z.unknown()), z.object({ entries: z.array(z.unknown()) }).passthrough()]);

interface Loaded {
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

/** Reads one glossary file; never throws. */
export function loadGlossaryFile(path: string): Loaded {
  let text: string;
  try {
    text = readText(path);
  } catch (e) {
    return {
      entries: [],
      problems: [{ path, key: 'terms/glossary.unreadable', args: { path, reason: fileErrorReason(e) } }],
    };
  }
  if (/\.json$/i.test(path)) return parseJsonGlossary(path, text);
  if (/\.(md|markdown|txt|text|docx|pdf)$/i.test(path)) {
    const doc = new ReportDocument(pathToFileURL(path).href, text, formatFromPath(path));
    const entries = entriesFromNotes(doc, { kind: 'glossary', path });
    if (entries.length === 0) return { entries, problems: [{ path, key: 'terms/glossary.noNotes', args: { path } }] };
    return { entries, problems: [] };
  }
  return { entries: [], problems: [{ path, key: 'terms/glossary.unsupported', args: { path } }] };
}

export function parseJsonGlossary(path: string, text: string): Loaded {
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch (e) {
    const offset = e instanceof JsonSyntaxError ? e.offset : 0;
    return {
      entries: [],
      problems: [{ path, key: 'terms/glossary.invalidJson', args: { path, reason: fileErrorReason(e) }, offset }],
    };
  }
  const file = fileSchema.safeParse(raw);
  if (!file.success) {
    return {
      entries: [],
      problems: [
        {
          path,
          key: 'terms/glossary.invalidJson',
          args: { path, reason: ref('terms/glossary.reason.shape') },
          offset: 0,
        },
      ],
    };
  }
  const items = Array.isArray(file.data) ? file.data : file.data.entries;
  const entries: GlossaryEntry[] = [];
  const problems: GlossaryProblem[] = [];
  items.forEach((item, i) => {
    const r = glossaryEntrySchema.safeParse(item);
    if (!r.success) {
      const reason = describeIssues(r.error.issues);
      problems.push({
        path,
        key: 'terms/glossary.invalidEntry',
        args: { path, index: i + 1, reason },
        offset: offsetOfItem(text, item),
      });
      return;
    }
    const d = r.data;
    entries.push({
      term: d.term,
      aliases: d.aliases,
      definition: d.definition,
      scope: d.scope,
      validFrom: d.validYears?.[0] ?? d.validFrom,
      validTo: d.validYears?.[1] ?? d.validTo,
      source: { kind: 'glossary', path },
    });
  });
  return { entries, problems };
}

/** Best effort: where a bad entry sits in the file (its term, else the file start). */
function offsetOfItem(text: string, item: unknown): number {
  const term = item && typeof item === 'object' && 'term' in item ? item.term : undefined;
  if (typeof term === 'string' && term) {
    const i = text.indexOf(JSON.stringify(term));
    if (i >= 0) return i;
  }
  return 0;
}

/** Builds the terms environment: workspace glossaries, then the seed's notes, then national. */
export function loadTermsEnvironment(
  opts: { glossaryPaths?: string[]; workspaceRoot?: string; log: (m: string) => void },
  seed: ReportDocument | undefined,
  problems: EnvironmentProblem[] = [],
): TermsEnvironment {
  const workspace: GlossaryEntry[] = [];
  const found: GlossaryProblem[] = [];
  for (const p of opts.glossaryPaths ?? []) {
    const path = isAbsolute(p) || !opts.workspaceRoot ? p : resolve(opts.workspaceRoot, p);
    const loaded = loadGlossaryFile(path);
    workspace.push(...loaded.entries);
    found.push(...loaded.problems);
  }
  for (const { path, key, args } of found) problems.push(keyedProblem(path, { key, args } as KeyedArgs));
  return createTermsEnvironment({ workspace, seed, seedPath: seed?.uri, problems: found });
}

/**
 * Glossary-file problems as findings, by file path (absolute or as configured), for an
 * adapter to publish as diagnostics on that file. Offsets index the glossary file's text.
 */
export function glossaryProblemFindings(env: CheckEnvironment): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const p of env.terms?.problems ?? []) {
    const list = out.get(p.path) ?? [];
    list.push({
      ruleId: 'terms/glossary',
      severity: 'error',
      start: p.offset ?? 0,
      end: p.offset ?? 0,
      message: p.key,
      args: p.args,
    });
    out.set(p.path, list);
  }
  return out;
}
