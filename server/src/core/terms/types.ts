/** The terms model: glossary entries, where they come from, and the terms environment. */
import type { KeyedArgs } from '../messages/catalogue';

export type TermScope = 'local' | 'national';

/** Where an entry was defined, in order of precedence. */
export type TermSourceKind = 'document' | 'glossary' | 'seed' | 'national';

export interface TermSource {
  kind: TermSourceKind;
  /** Glossary file (kind 'glossary') or seed file (kind 'seed'). */
  path?: string;
  /** Note number in the notes section it came from (document, seed, Markdown glossaries). */
  note?: number;
}

export interface GlossaryEntry {
  /** The main headword, without quotes (`六稳`, `十大社会治理工程`). */
  term: string;
  /** Other headwords naming the same thing (`三可` beside `三无`, `两山` beside `两山理论`). */
  aliases: string[];
  definition: string;
  /** The entry's head as written in a notes section (`“专精特新”企业`), for regenerated notes. */
  head?: string;
  scope: TermScope;
  /** Years in which the term names the current period (`十四五`: 2021–2025). */
  validFrom?: number;
  validTo?: number;
  /** Quoted strings inside the definition: terms the entry explains in passing (`三人小组`). */
  mentions?: string[];
  /** Short headwords that only count when quoted (`两新` is also `两新组织`). */
  quotedOnly?: boolean;
  source: TermSource;
}

export const SOURCE_RANK: Record<TermSourceKind, number> = { document: 0, glossary: 1, seed: 2, national: 3 };

/** Every headword of an entry: the term and its aliases. */
export function headwordsOf(e: GlossaryEntry): string[] {
  return [e.term, ...e.aliases];
}

/** A problem with a glossary file, kept so that adapters can show it on that file. */
export type GlossaryProblem = {
  path: string;
  /** Source offset of the problem in the file, when known. */
  offset?: number;
} & KeyedArgs<
  /** Catalogue key and arguments of the message. */
  | 'terms/glossary.unreadable'
  | 'terms/glossary.invalidJson'
  | 'terms/glossary.invalidEntry'
  | 'terms/glossary.noNotes'
  | 'terms/glossary.unsupported'
>;
