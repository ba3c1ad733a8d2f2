/**
 * Per-document terms analysis shared by the rules, hover, navigation and annotate: the
 * notes section, every use of a term in the body and in the notes, and lookups. Blocks are
 * scanned through `block.memo`, so an edit rescans only the blocks it changed.
 */
import { firstIndex } from '../search';
import type { Block } from '../model/blocks';
import type { ReportDocument } from '../model/document';
import type { CheckEnvironment } from '../environment';
import { defaultTermsEnvironment, entriesFromNotesSection, MatcherSet, TermsEnvironment } from './glossary';
import { NoteEntry, NotesSection, parseNotes } from './notes';
import { definedInPlace, isNumericShorthand, itemsBefore, ndaMatches, quotedSpans } from './shorthand';
import { numeralReadings } from './count';
import type { GlossaryEntry } from './types';
import type { EditWindow } from '../edit-window';

export type UseKind = 'known' | 'shorthand' | 'pattern';

export interface TermUse {
  readonly term: string;
  /** Source range of the term (inside its quotes when quoted). */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  /** known: a glossary or note headword; shorthand: §2.2 NS; pattern: unquoted `N大…工程`. */
  readonly kind: UseKind;
  /** Explained where it is used (`“q”即…`, `q（…）`). */
  readonly inPlace: boolean;
  /** The note a reference mark after the term points to (`“两区三园”［3］` → 3). */
  readonly ref?: number;
  readonly block: number;
}

/** A block's scan result in plain-text indices (content-addressed through block.memo). */
type Hit = Omit<TermUse, 'block'>;

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

const cache = new WeakMap<ReportDocument, { env: TermsEnvironment; analysis: TermsAnalysis }>();

/** The terms environment for a document: the seed's notes only for a report of its place. */
export function termsEnvironmentOf(env: CheckEnvironment, doc: ReportDocument): TermsEnvironment {
  return (env.terms ?? defaultTermsEnvironment()).forPlace(doc.place);
}

export function analyzeTerms(doc: ReportDocument, env: CheckEnvironment): TermsAnalysis {
  const terms = termsEnvironmentOf(env, doc);
  const hit = cache.get(doc);
  if (hit && hit.env === terms) return hit.analysis;
  const analysis = computeAnalysis(doc, terms);
  cache.set(doc, { env: terms, analysis });
  return analysis;
}

/** What an analysis is made of, kept for the next version's update. */
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

const madeOf = new WeakMap<TermsAnalysis, Parts>();

function computeAnalysis(doc: ReportDocument, terms: TermsEnvironment): TermsAnalysis {
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
  madeOf.set(analysis, parts);
  return analysis;
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
  const last = edit && cache.get(edit.prev);
  const p = last && last.env === terms ? madeOf.get(last.analysis) : undefined;
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

// One slot per block, valid for one matcher set (a key per set would pile up as notes are edited).
// A block's hits follow its content and the matcher set: one slot on the shared data.
// Its uses follow its hits: one slot on the block object (positions are read through it).
function blockUses(b: Block, matchers: MatcherSet, known: (t: string) => boolean): TermUse[] {
  const kept = b.terms as UsesEntry | undefined;
  if (kept && kept.id === matchers.id) return kept.uses;
  const slot = b.memo('terms.scan', newHitsSlot);
  if (slot.id !== matchers.id) {
    slot.id = matchers.id;
    slot.hits = scanBlock(b.text, matchers, known);
  }
  const entry = slot.hits.length
    ? { id: matchers.id, uses: slot.hits.map((h) => new BlockTermUse(b, h)) }
    : noUses(matchers.id);
  b.terms = entry;
  return entry.uses;
}

const newHitsSlot = () => ({ id: '', hits: [] as Hit[] });

/** A block's uses for one matcher set; most blocks share the empty entry of their set. */
interface UsesEntry {
  id: string;
  uses: TermUse[];
}

let emptyEntry: UsesEntry = { id: '', uses: [] };

function noUses(id: string): UsesEntry {
  if (emptyEntry.id !== id) emptyEntry = { id, uses: [] };
  return emptyEntry;
}

/** A use of a term found in a block: positions read through the block, which may move. */
class BlockTermUse implements TermUse {
  constructor(
    private readonly b: Block,
    private readonly h: Hit,
  ) {}
  get term(): string {
    return this.h.term;
  }
  get start(): number {
    return this.b.sourceOffset(this.h.start);
  }
  get end(): number {
    return this.b.sourceEnd(this.h.end);
  }
  get quoted(): boolean {
    return this.h.quoted;
  }
  get kind(): UseKind {
    return this.h.kind;
  }
  get inPlace(): boolean {
    return this.h.inPlace;
  }
  get ref(): number | undefined {
    return this.h.ref;
  }
  get block(): number {
    return this.b.index;
  }
}

const ALNUM = /[0-9A-Za-z]/;
/** A reference mark to a note right after a quoted term: `［3］`, `[3]`. */
const REF_MARK = /^\s*[［[]\s*(\d{1,3})\s*[］\]]/;
/** Around a number: a decimal point, a sign or separator before; a unit or percent after (1311.5万元 is not “1311”). */
const NUMBER_BEFORE = /[0-9.．,，+＋-]/;
const NUMBER_AFTER =
  /^(?:[.．][0-9]|[%％‰万亿千百元个人家项件所次户亩吨米年月日号条台辆座张批处例名位套间倍斤度]|公里|平方|立方)/;

/** One pass over a block: quoted strings, then known headwords, then the NDA pattern. */
export function scanBlock(text: string, matchers: MatcherSet, known: (t: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  // Characters already claimed by a hit (a bitmap keeps this linear on long paragraphs).
  const claimed = new Uint8Array(text.length + 1);
  const taken = { push: ([s, e]: [number, number]) => claimed.fill(1, s, e) };
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (claimed[i]) return false;
    return true;
  };
  for (const s of quotedSpans(text)) {
    // 碳达峰“十大行动”: the words right before the quotes complete a known headword.
    const term = known(s.term) ? s.term : (completedBefore(text, s.open, s.term, known) ?? s.term);
    const kind: UseKind | undefined = known(term) ? 'known' : isNumericShorthand(term) ? 'shorthand' : undefined;
    if (!kind) continue;
    const inPlace = definedInPlace(text, s.close + 1) || listedBefore(text, s.open, term);
    const mark = REF_MARK.exec(text.slice(s.close + 1, s.close + 9));
    hits.push({
      term,
      start: s.open + 1,
      end: s.close,
      quoted: true,
      kind,
      inPlace,
      ref: mark ? Number(mark[1]) : undefined,
    });
    taken.push([s.open, s.close + 1]);
  }
  const patterns = matchers.matcher.patterns;
  for (const m of matchers.matcher.findLongest(text)) {
    const term = patterns[m.pattern];
    if (!free(m.start, m.end) || matchers.quotedOnly.has(term)) continue;
    // A digit code matches only as a whole number (`415` not in `3415`).
    if (ALNUM.test(term[0]) && ALNUM.test(text[m.start - 1] ?? '')) continue;
    if (ALNUM.test(term[term.length - 1]) && ALNUM.test(text[m.end] ?? '')) continue;
    // Unquoted, a digit code that reads as an amount is one (1311.5万元, 2345亿元, 415个).
    if (
      /^\d/.test(term) &&
      (NUMBER_BEFORE.test(text[m.start - 1] ?? '') ||
        (/\d$/.test(term) && NUMBER_AFTER.test(text.slice(m.end, m.end + 4).replace(/^[ \u3000]+/, ''))))
    )
      continue;
    hits.push({ term, start: m.start, end: m.end, quoted: false, kind: 'known', inPlace: definedInPlace(text, m.end) });
    taken.push([m.start, m.end]);
  }
  for (const m of ndaMatches(text)) {
    if (!free(m.start, m.end)) continue;
    hits.push({
      term: m.term,
      start: m.start,
      end: m.end,
      quoted: false,
      kind: 'pattern',
      inPlace: definedInPlace(text, m.end) || listedBefore(text, m.start, m.term),
    });
    taken.push([m.start, m.end]);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The known headword that ends with the quoted term and starts up to six characters before it. */
function completedBefore(text: string, open: number, term: string, known: (t: string) => boolean): string | undefined {
  for (let k = 6; k >= 2; k--) {
    const before = text.slice(Math.max(0, open - k), open);
    if (before.length === k && /^[\u4e00-\u9fff]+$/.test(before) && known(before + term)) return before + term;
  }
  return undefined;
}

/** The items the term counts are listed right before it (优土、优种、优产、优储、优销“五优联动”). */
function listedBefore(text: string, at: number, term: string): boolean {
  const accepted = numeralReadings([term])?.accepted;
  return !!accepted && itemsBefore(text, at).some((n) => n >= 2 && accepted.has(n));
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
  const terms = termsEnvironmentOf(w.env, w.doc);
  const kept = cache.get(w.doc);
  const a = w.side === 'after' ? analyzeTerms(w.doc, w.env) : kept && kept.env === terms ? kept.analysis : undefined;
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
  const a = w.side === 'after' ? analyzeTerms(w.doc, w.env) : cache.get(w.doc)!.analysis;
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
