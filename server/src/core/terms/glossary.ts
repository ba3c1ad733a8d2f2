/**
 * The terms environment: every glossary source merged once (workspace glossaries, the
 * seed's notes, the national glossary), with a lookup by headword and one combined
 * matcher per set of document headwords.
 */
import type { ReportDocument } from '../model/document';
import { Place, samePlace } from '../facts/place';
import { TermMatcher } from './matcher';
import { nationalGlossary } from './national-glossary';
import { NotesSection, parseNotes } from './notes';
import { GlossaryEntry, GlossaryProblem, headwordsOf, SOURCE_RANK, TermSource } from './types';

export interface TermsEnvironment {
  /** Workspace glossaries, seed notes and national glossary, in order of precedence. */
  readonly entries: readonly GlossaryEntry[];
  /** Headword → entries, best first. */
  readonly byHeadword: ReadonlyMap<string, readonly GlossaryEntry[]>;
  /** Problems met while loading glossary files (shown on those files). */
  readonly problems: readonly GlossaryProblem[];
  /** The combined matcher for the environment's headwords plus a document's own. */
  matcherFor(docHeadwords: readonly string[]): MatcherSet;
  /**
   * The environment for a report of `place`: the seed's notes are local to the seed's place
   * and apply only to a report of the same place (never another place's definition).
   */
  forPlace(place: Place | undefined): TermsEnvironment;
}

export interface MatcherSet {
  /** Changes whenever the pattern set changes: part of per-block memo keys. */
  readonly id: string;
  readonly matcher: TermMatcher;
  /** Headwords that count only when quoted. */
  readonly quotedOnly: ReadonlySet<string>;
}

/** Glossary entries from a parsed report's notes section. */
export function entriesFromNotes(doc: ReportDocument, source: Omit<TermSource, 'note'>): GlossaryEntry[] {
  const notes = parseNotes(doc);
  return notes ? entriesFromNotesSection(notes, source) : [];
}

export function entriesFromNotesSection(notes: NotesSection, source: Omit<TermSource, 'note'>): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const e of notes.entries) {
    if (e.headwords.length === 0) continue;
    out.push({
      term: e.headwords[0].term,
      aliases: e.headwords.slice(1).map((h) => h.term),
      definition: e.definition,
      head: e.head,
      scope: 'local',
      mentions: e.mentions.map((m) => m.term),
      source: { ...source, note: e.number },
    });
  }
  return out;
}

/** Headwords shorter than this are never matched unquoted or in the matcher (`3`). */
const MIN_HEADWORD = 2;

let serial = 0;

export function createTermsEnvironment(
  opts: {
    workspace?: readonly GlossaryEntry[];
    seed?: ReportDocument;
    seedPath?: string;
    problems?: readonly GlossaryProblem[];
    national?: readonly GlossaryEntry[];
  } = {},
): TermsEnvironment {
  const seedEntries = opts.seed ? entriesFromNotes(opts.seed, { kind: 'seed', path: opts.seedPath }) : [];
  const seedPlace = opts.seed?.place;
  const entries = [...(opts.workspace ?? []), ...seedEntries, ...(opts.national ?? nationalGlossary)];
  let elsewhere: TermsEnvironment | undefined;
  entries.sort((a, b) => SOURCE_RANK[a.source.kind] - SOURCE_RANK[b.source.kind]);
  const byHeadword = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    for (const h of headwordsOf(e)) {
      const list = byHeadword.get(h) ?? [];
      if (!list.includes(e)) list.push(e);
      byHeadword.set(h, list);
    }
  }
  const base = [...byHeadword.keys()].filter((h) => h.length >= MIN_HEADWORD);
  const baseSet = new Set(base);
  const quotedOnly = new Set([...byHeadword].filter(([, es]) => es.every((e) => e.quotedOnly)).map(([h]) => h));
  const envId = `t${++serial}`;
  // Matchers by the document headwords they add: shared by every document checked in this
  // environment (not a per-document fact, so not doc.memo); at most 16 are kept.
  const cache = new Map<string, MatcherSet>();
  const env: TermsEnvironment = {
    entries,
    byHeadword,
    problems: opts.problems ?? [],
    forPlace(place) {
      if (seedEntries.length === 0 || samePlace(place, seedPlace)) return env;
      return (elsewhere ??= createTermsEnvironment({ ...opts, seed: undefined }));
    },
    matcherFor(docHeadwords) {
      const extra = [...new Set(docHeadwords)].filter((h) => h.length >= MIN_HEADWORD && !baseSet.has(h)).sort();
      const key = extra.join('\u0000');
      let set = cache.get(key);
      if (!set) {
        if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
        set = { id: `${envId}:${key.length}:${hash(key)}`, matcher: new TermMatcher([...base, ...extra]), quotedOnly };
        cache.set(key, set);
      }
      return set;
    },
  };
  return env;
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** The terms environment used when the check environment has none: national glossary only. */
let fallback: TermsEnvironment | undefined;
export function defaultTermsEnvironment(): TermsEnvironment {
  return (fallback ??= createTermsEnvironment());
}
