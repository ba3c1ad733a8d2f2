/**
 * 生成/更新相关注释: the notes section recomputed from the body. Terms used in the body,
 * numbered in order of first appearance; existing notes kept word for word (renumbered);
 * new terms defined from the glossaries, else a placeholder; unused notes dropped; the
 * section created at the end when absent. Idempotent: a second run changes nothing.
 * Also the smaller edits the terms rules offer as fixes (insert, remove, reorder a note).
 */
import type { CheckEnvironment } from './environment';
import type { ReportDocument } from './model/document';
import type { TextEdit } from './rules/types';
import { formatMessage, Locale } from './messages/catalogue';
import { analyzeTerms, TermsAnalysis } from './terms/analysis';
import type { TermUse } from './terms/uses';
import { DEFAULT_NOTE_STYLE, formatNoteNumber, NoteEntry, noteMarker, NoteStyle } from './terms/notes';
import { isDefined, needsNote, PLACEHOLDER, SelectOptions } from './terms/select';
import type { GlossaryEntry } from './terms/types';

export interface AnnotateSummary {
  /** Headwords of new notes defined from a glossary. */
  added: string[];
  /** Headwords of new notes with the placeholder. */
  placeholders: string[];
  /** Headwords of dropped notes (their terms are no longer used), with their old numbers. */
  dropped: Array<{ number: number; term: string }>;
  /** Existing notes kept. */
  kept: number;
  /** Notes in the regenerated section. */
  total: number;
  changed: boolean;
}

export interface AnnotateResult {
  edits: TextEdit[];
  summary: AnnotateSummary;
}

interface Item {
  pos: number;
  existing?: NoteEntry;
  entry?: GlossaryEntry;
  term: string;
  quoted: boolean;
}

/** First body use of any of a note's headwords (Infinity when none is used). */
export function firstUseOfNote(a: TermsAnalysis, e: NoteEntry): number {
  let pos = a.refUses.get(e.number)?.start ?? Infinity;
  for (const h of e.headwords) pos = Math.min(pos, a.firstUse.get(h.term)?.start ?? Infinity);
  return pos;
}

export function annotate(doc: ReportDocument, env: CheckEnvironment, opts: SelectOptions = {}): AnnotateResult {
  const a = analyzeTerms(doc, env);
  const items: Item[] = [];
  const dropped: AnnotateSummary['dropped'] = [];
  const covered = new Set<string>();
  for (const e of a.notes?.entries ?? []) {
    // An entry we cannot read (no headword) is kept at the end rather than lost.
    const pos = e.headwords.length === 0 ? Number.MAX_SAFE_INTEGER : firstUseOfNote(a, e);
    if (pos === Infinity) {
      dropped.push({ number: e.number, term: e.headwords.map((h) => h.term).join('”“') });
      continue;
    }
    items.push({ pos, existing: e, term: e.headwords[0]?.term ?? '', quoted: true });
    for (const m of e.mentions) covered.add(m.term);
  }
  const fresh: Item[] = [];
  const seenEntries = new Set<GlossaryEntry>();
  for (const [term, use] of a.firstUse) {
    if (isDefined(a, term)) continue;
    const need = needsNote(a, use, opts);
    const entry = need?.entry ?? localEntry(a, term);
    if (!need && !entry) continue;
    if (entry) {
      if (seenEntries.has(entry)) continue;
      seenEntries.add(entry);
      for (const m of entry.mentions ?? []) covered.add(m);
    }
    fresh.push({ pos: use.start, entry, term, quoted: use.quoted });
  }
  // Terms explained inside another note (`“三人小组”` in the `2345` note) need none of their own.
  for (const f of fresh) if (!covered.has(f.term)) items.push(f);
  items.sort((x, y) => x.pos - y.pos);

  const style = a.notes?.style ?? DEFAULT_NOTE_STYLE;
  const rendered = items.map((it, i) => render(doc, it, i + 1, style));
  const summary: AnnotateSummary = {
    added: items.filter((it) => !it.existing && it.entry).map((it) => it.term),
    placeholders: items.filter((it) => !it.existing && !it.entry).map((it) => it.term),
    dropped,
    kept: items.filter((it) => it.existing).length,
    total: items.length,
    changed: false,
  };
  const edit = sectionEdit(doc, a, rendered);
  if (edit && doc.text.slice(edit.start, edit.end) !== edit.newText) {
    summary.changed = true;
    return { edits: [edit], summary };
  }
  return { edits: [], summary };
}

/** A glossary entry from outside the document that is not national-only (the seed's 六稳). */
function localEntry(a: TermsAnalysis, term: string): GlossaryEntry | undefined {
  return a.lookup(term).find((e) => e.source.kind === 'glossary' || e.source.kind === 'seed');
}

function render(doc: ReportDocument, it: Item, n: number, style: NoteStyle): string {
  if (it.existing) return renumbered(doc, it.existing, n, style);
  return newNoteText(n, it.term, it.quoted, it.entry, style);
}

/**
 * A new note in the section's own form: its numbering (`1.` `1、` `（1）` `［1］` `①` or none),
 * and `“term”：definition` on one line or the term and its definition on two.
 */
export function newNoteText(
  n: number,
  term: string,
  quoted: boolean,
  entry?: GlossaryEntry,
  style: NoteStyle = DEFAULT_NOTE_STYLE,
): string {
  const head = entry?.head ?? (quoted || entry ? `“${term}”` : term);
  return `${noteMarker(style, n)}${head}${style.twoLine ? '\n\n' : '：'}${entry?.definition ?? PLACEHOLDER}`;
}

/** The note's source, word for word, with its number replaced. */
function renumbered(doc: ReportDocument, e: NoteEntry, n: number, style: NoteStyle): string {
  return doc.text.slice(e.start, e.numberStart) + formatNoteNumber(style, n) + doc.text.slice(e.numberEnd, e.end);
}

function sectionEdit(doc: ReportDocument, a: TermsAnalysis, rendered: string[]): TextEdit | undefined {
  const entries = a.notes?.entries ?? [];
  const body = rendered.join('\n\n');
  if (a.notes && entries.length > 0)
    return { start: entries[0].start, end: entries[entries.length - 1].end, newText: body };
  if (rendered.length === 0) return undefined;
  if (a.notes) {
    const at = a.notes.part.heading.end;
    return { start: at, end: at, newText: `\n\n${body}` };
  }
  return {
    start: doc.text.length,
    end: doc.text.length,
    newText: `${separator(doc.text)}${notesHeading(doc)}\n\n${body}\n`,
  };
}

function notesHeading(doc: ReportDocument): string {
  return doc.format === 'plaintext' ? '相关注释' : '## 相关注释';
}

/** Blank line before appended text, whatever the document ends with. */
function separator(text: string): string {
  if (text.length === 0) return '';
  if (text.endsWith('\n\n')) return '';
  return text.endsWith('\n') ? '\n' : '\n\n';
}

/** Where a new note for a term first used at `pos` goes: before the first note used later. */
export function insertNoteEdits(
  doc: ReportDocument,
  a: TermsAnalysis,
  use: TermUse,
  entry?: GlossaryEntry,
): { edits: TextEdit[]; number: number } {
  const entries = a.notes?.entries ?? [];
  const style = a.notes?.style ?? DEFAULT_NOTE_STYLE;
  const k = entries.findIndex((e) => firstUseOfNote(a, e) > use.start && firstUseOfNote(a, e) !== Infinity);
  if (k === -1) {
    const number = entries.length > 0 ? entries[entries.length - 1].number + 1 : 1;
    const text = newNoteText(number, use.term, use.quoted, entry, style);
    if (entries.length > 0) {
      const at = entries[entries.length - 1].end;
      return { edits: [{ start: at, end: at, newText: `\n\n${text}` }], number };
    }
    if (a.notes) {
      const at = a.notes.part.heading.end;
      return { edits: [{ start: at, end: at, newText: `\n\n${text}` }], number };
    }
    return {
      edits: [
        {
          start: doc.text.length,
          end: doc.text.length,
          newText: `${separator(doc.text)}${notesHeading(doc)}\n\n${text}\n`,
        },
      ],
      number,
    };
  }
  const number = entries[k].number;
  const edits: TextEdit[] = [
    {
      start: entries[k].start,
      end: entries[k].start,
      newText: `${newNoteText(number, use.term, use.quoted, entry, style)}\n\n`,
    },
  ];
  for (const e of entries.slice(k))
    if (e.numberEnd > e.numberStart)
      edits.push({ start: e.numberStart, end: e.numberEnd, newText: formatNoteNumber(style, e.number + 1) });
  return { edits, number };
}

/** Removes a note and renumbers the ones after it. */
export function removeNoteEdits(a: TermsAnalysis, e: NoteEntry): TextEdit[] {
  const entries = a.notes?.entries ?? [];
  const next = entries[e.index + 1];
  const prev = entries[e.index - 1];
  const edits: TextEdit[] = [];
  if (next) edits.push({ start: e.start, end: next.start, newText: '' });
  else if (prev) edits.push({ start: prev.end, end: e.end, newText: '' });
  else edits.push({ start: e.start, end: e.end, newText: '' });
  const style = a.notes?.style ?? DEFAULT_NOTE_STYLE;
  for (const n of entries.slice(e.index + 1))
    if (n.numberEnd > n.numberStart)
      edits.push({ start: n.numberStart, end: n.numberEnd, newText: formatNoteNumber(style, n.number - 1) });
  return edits;
}

/** The section reordered by first use and renumbered 1…n; nothing added or dropped. */
export function reorderEdits(doc: ReportDocument, a: TermsAnalysis): TextEdit[] {
  const entries = a.notes?.entries ?? [];
  if (entries.length === 0) return [];
  const order = entries
    .map((e) => ({ e, pos: firstUseOfNote(a, e) }))
    .sort((x, y) => (x.pos === y.pos ? x.e.index - y.e.index : x.pos - y.pos));
  const style = a.notes?.style ?? DEFAULT_NOTE_STYLE;
  const newText = order.map(({ e }, i) => renumbered(doc, e, i + 1, style)).join('\n\n');
  const start = entries[0].start;
  const end = entries[entries.length - 1].end;
  return doc.text.slice(start, end) === newText ? [] : [{ start, end, newText }];
}

/** The command's result message: what changed, and the notes dropped. */
export function annotateMessage(s: AnnotateSummary, locale: Locale): string {
  if (!s.changed) return formatMessage('terms.annotate.unchanged', {}, locale);
  const parts = [
    formatMessage(
      'terms.annotate.done',
      { total: s.total, added: s.added.length + s.placeholders.length, placeholders: s.placeholders.length },
      locale,
    ),
  ];
  if (s.dropped.length > 0) {
    const list = s.dropped.map((d) => `${d.number}.“${d.term}”`).join('、');
    parts.push(formatMessage('terms.annotate.dropped', { list }, locale));
  }
  return parts.join('');
}
