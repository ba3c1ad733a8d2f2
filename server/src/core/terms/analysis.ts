/**
 * Per-document terms analysis shared by the rules, hover, navigation and annotate: the
 * notes section, every use of a term in the body and in the notes, and lookups. Blocks are
 * scanned through `block.memo` (terms/uses), so an edit rescans only the blocks it changed.
 */
import { firstIndex } from '../search';
import type { Block } from '../model/blocks';
import type { ReportDocument } from '../model/document';
import type { CheckEnvironment } from '../environment';
import { defaultTermsEnvironment, entriesFromNotesSection, MatcherSet, TermsEnvironment } from './glossary';
import { NoteEntry, NotesSection, parseNotes } from './notes';
import { blockUses, type TermUse } from './uses';
import type { GlossaryEntry } from './types';
import type { EditWindow } from '../edit-window';

export interface TermsAnalysis {
  readonly terms: TermsEnvironment;
  readonly notes?: NotesSection;
  /** Entries made from this document's notes. */
  readonly docEntries: readonly GlossaryEntry[];
  /** Uses in the body (outside the notes section), in document order. */
  readonly uses: readonly TermUse[];
  /** Uses inside the notes section. */
  readonly noteUses: readonly TermUse[];
  /** First body use of each term. */
  readonly firstUse: ReadonlyMap<string, TermUse>;
  /** Terms explained in place somewhere in the body. */
  readonly inPlace: ReadonlySet<string>;
  /** First body use carrying a reference mark to note N. */
  readonly refUses: ReadonlyMap<number, TermUse>;
  /** The note whose headword is `term`. */
  noteOf(term: string): NoteEntry | undefined;
  /** The note explaining `term` in passing (a quoted string in its definition). */
  mentionedIn(term: string): NoteEntry | undefined;
  /** Every entry for `term`, best first: this document's notes, workspace, seed, national. */
  lookup(term: string): readonly GlossaryEntry[];
  /** Known nationally (national glossary, or an entry declared national). */
  isNational(term: string): boolean;
}

/**
 * The analysis is a per-document fact for the document's terms environment (doc.memoFor),
 * kept with what it is made of: the next version updates it from those parts.
 */
const MEMO = 'terms.analysis';

interface Analysed {
  analysis: TermsAnalysis;
  parts: Parts;
}

/** The terms environment for a document: the seed's notes only for a report of its place. */
export function termsEnvironmentOf(env: CheckEnvironment, doc: ReportDocument): TermsEnvironment {
  return (env.terms ?? defaultTermsEnvironment()).forPlace(doc.place);
}

export function analyzeTerms(doc: ReportDocument, env: CheckEnvironment): TermsAnalysis {
  return doc.memoFor(MEMO, termsEnvironmentOf(env, doc), computeAnalysis).analysis;
}

/** The analysis this version already has for `env`, never computing it. */
function analysed(doc: ReportDocument, env: CheckEnvironment): Analysed | undefined {
  return doc.memoized<Analysed>(MEMO, termsEnvironmentOf(env, doc));
}

/** What an analysis is made of, kept for the next version's update (see Analysed). */
interface Parts {
  terms: TermsEnvironment;
  notes?: NotesSection;
  docEntries: GlossaryEntry[];
  noteByHeadword: Map<string, NoteEntry>;
  noteByMention: Map<string, NoteEntry>;
  docByHeadword: Map<string, GlossaryEntry>;
  matchers: MatcherSet;
  known: (t: string) => boolean;
  uses: TermUse[];
  noteUses: TermUse[];
  firstUse: Map<string, TermUse>;
  inPlace: Set<string>;
  refUses: Map<number, TermUse>;
  /** The document parts the notes were found in. */
  docParts: unknown;
}

function computeAnalysis(doc: ReportDocument, terms: TermsEnvironment): Analysed {
  const parts = updated(doc, terms) ?? fullParts(doc, terms);
  const {
    notes,
    docEntries,
    noteByHeadword,
    noteByMention,
    docByHeadword,
    uses,
    noteUses,
    firstUse,
    inPlace,
    refUses,
  } = parts;
  const byNumber = new Map((notes?.entries ?? []).map((e) => [e.number, e]));
  // A term whose use points to a note by its mark is defined there, whatever the note's head.
  const noteByRef = (t: string): NoteEntry | undefined => {
    const r = firstUse.get(t)?.ref;
    return r === undefined ? undefined : byNumber.get(r);
  };
  const analysis: TermsAnalysis = {
    terms,
    notes,
    docEntries,
    uses,
    noteUses,
    firstUse,
    inPlace,
    refUses,
    noteOf: (t) => noteByHeadword.get(t) ?? noteByRef(t),
    mentionedIn: (t) => noteByMention.get(t),
    lookup: (t) => {
      const own = docByHeadword.get(t);
      const rest = terms.byHeadword.get(t) ?? [];
      return own ? [own, ...rest] : rest;
    },
    isNational: (t) => (terms.byHeadword.get(t) ?? []).some((e) => e.scope === 'national'),
  };
  return { analysis, parts };
}

function fullParts(doc: ReportDocument, terms: TermsEnvironment): Parts {
  const notes = parseNotes(doc);
  const docEntries = notes ? entriesFromNotesSection(notes, { kind: 'document', path: doc.uri }) : [];
  const noteByHeadword = new Map<string, NoteEntry>();
  const noteByMention = new Map<string, NoteEntry>();
  for (const e of notes?.entries ?? []) {
    for (const h of e.headwords) if (!noteByHeadword.has(h.term)) noteByHeadword.set(h.term, e);
    for (const m of e.mentions) if (!noteByMention.has(m.term)) noteByMention.set(m.term, e);
  }
  const docByHeadword = new Map<string, GlossaryEntry>();
  for (const e of docEntries)
    for (const h of [e.term, ...e.aliases]) if (!docByHeadword.has(h)) docByHeadword.set(h, e);
  const matchers = terms.matcherFor([...docByHeadword.keys()]);
  const known = (t: string) => docByHeadword.has(t) || terms.byHeadword.has(t);
  const uses: TermUse[] = [];
  const noteUses: TermUse[] = [];
  const inNotes = (i: number) => !!notes && notes.part.start <= i && i < notes.part.end;
  for (const block of doc.blocks) {
    if (!scanned(doc, block, notes)) continue;
    const target = inNotes(block.index) ? noteUses : uses;
    for (const u of blockUses(block, matchers, known)) target.push(u);
  }
  const { firstUse, inPlace, refUses } = firstUses(uses);
  return {
    terms,
    notes,
    docEntries,
    noteByHeadword,
    noteByMention,
    docByHeadword,
    matchers,
    known,
    uses,
    noteUses,
    firstUse,
    inPlace,
    refUses,
    docParts: doc.parts,
  };
}

/** The blocks whose uses count: prose after the front matter, not the notes heading. */
function scanned(doc: ReportDocument, block: Block, notes: NotesSection | undefined): boolean {
  if (block.index < doc.bodyStart) return false;
  if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'heading') return false;
  return !(notes && block.index === notes.part.start);
}

function firstUses(uses: readonly TermUse[]): {
  firstUse: Map<string, TermUse>;
  inPlace: Set<string>;
  refUses: Map<number, TermUse>;
} {
  const firstUse = new Map<string, TermUse>();
  const inPlace = new Set<string>();
  const refUses = new Map<number, TermUse>();
  for (const u of uses) {
    if (!firstUse.has(u.term)) firstUse.set(u.term, u);
    if (u.inPlace) inPlace.add(u.term);
    if (u.ref !== undefined && !refUses.has(u.ref)) refUses.set(u.ref, u);
  }
  return { firstUse, inPlace, refUses };
}

/**
 * The previous version's analysis brought up to date, when the edit replaced body blocks one
 * for one outside the notes section: the notes and the matchers stay (the notes moved with
 * the text), and only the replaced blocks' uses are taken out and put in.
 */
function updated(doc: ReportDocument, terms: TermsEnvironment): Parts | undefined {
  const edit = doc.edit;
  const p = edit?.prev.memoized<Analysed>(MEMO, terms)?.parts;
  if (!edit || !p || p.docParts !== doc.parts) return undefined;
  const { change } = edit;
  // Uses hold their blocks' indices: when blocks were added or removed, analyse afresh.
  if (change.removed.length !== change.added.length) return undefined;
  const s = change.start;
  const e = s + change.added.length;
  const part = p.notes?.part;
  if (nearNotes(part, s, e)) return undefined;
  const notes = p.notes && change.delta !== 0 && part && s < part.start ? movedNotes(p.notes, change.delta) : p.notes;
  // Body uses of blocks [s, e): the replaced blocks keep their (equal) indices.
  const lo = firstIndex(p.uses, (u) => u.block >= s);
  const hi = firstIndex(p.uses, (u) => u.block >= e);
  const fresh: TermUse[] = [];
  for (const b of change.added)
    if (scanned(doc, b, notes)) for (const u of blockUses(b, p.matchers, p.known)) fresh.push(u);
  const same = lo === hi && fresh.length === 0;
  const uses = same ? p.uses : p.uses.slice(0, lo).concat(fresh, p.uses.slice(hi));
  const { firstUse, inPlace, refUses } = same ? p : firstUses(uses);
  return { ...p, notes, uses, firstUse, inPlace, refUses };
}

/** Blocks [s, e) are in the notes section or next to it. */
function nearNotes(part: NotesSection['part'] | undefined, s: number, e: number): boolean {
  return !!part && s <= part.end && e >= part.start;
}

/** The notes section with every position moved by delta (it lies after the edit). */
function movedNotes(n: NotesSection, delta: number): NotesSection {
  const at = (x: number) => x + delta;
  return {
    part: n.part,
    style: n.style,
    entries: n.entries.map((e) => ({
      ...e,
      numberStart: at(e.numberStart),
      numberEnd: at(e.numberEnd),
      definitionStart: at(e.definitionStart),
      start: at(e.start),
      end: at(e.end),
      headwords: e.headwords.map((h) => ({ ...h, start: at(h.start), end: at(h.end) })),
      mentions: e.mentions.map((m) => ({ ...m, start: at(m.start), end: at(m.end) })),
    })),
  };
}

/** The use (body or notes) under a source offset, if any. */
export function useAt(a: TermsAnalysis, offset: number): TermUse | undefined {
  const find = (list: readonly TermUse[]) => list.find((u) => u.start <= offset && offset <= u.end);
  return find(a.uses) ?? find(a.noteUses);
}

/** Characters around a use that a rule reads (out-of-period reads 6 before and 12 after). */
const CONTEXT = 20;

/**
 * For the terms rules' footprints (Rule.footprint): '' when the edit stayed out of the notes
 * section, undefined otherwise. The previous version's analysis is only read, never made: its
 * blocks now belong to the new version.
 */
export function notesFootprint(w: EditWindow): '' | undefined {
  const a = w.side === 'after' ? analyzeTerms(w.doc, w.env) : analysed(w.doc, w.env)?.analysis;
  if (!a) return undefined;
  return nearNotes(a.notes?.part, w.change.start, w.change.start + w.blocks.length) ? undefined : '';
}

/**
 * Also '' only when no term is used in the paragraphs around the edit, nor within a few
 * characters of the edited text.
 */
export function usesFootprint(w: EditWindow): '' | undefined {
  return w.memo('terms.uses', () => (notesFootprint(w) === '' && !usedNear(w) ? '' : undefined));
}

function usedNear(w: EditWindow): boolean {
  const a = w.side === 'after' ? analyzeTerms(w.doc, w.env) : analysed(w.doc, w.env)!.analysis;
  const { uses } = a;
  const k = firstIndex(uses, (u) => u.block >= w.firstBlock);
  if (k < uses.length && uses[k].block <= w.lastBlock) return true;
  // Positions are read through blocks, which belong to the new version: compare there only.
  if (w.side === 'before') return false;
  const from = w.change.from - CONTEXT;
  const to = w.change.oldEnd + w.change.delta + CONTEXT;
  const j = firstIndex(uses, (u) => u.end >= from);
  return j < uses.length && uses[j].start <= to;
}
