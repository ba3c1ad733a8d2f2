/** Which terms need a note: shared by terms/undefined and the annotate command. */
import type { TermsAnalysis } from './analysis';
import type { TermUse } from './uses';
import type { GlossaryEntry } from './types';

export const PLACEHOLDER = '（待补充释义）';

export interface SelectOptions {
  /** National terms must be annotated too. */
  requireNational?: boolean;
  /** Unquoted `N大…工程` phrases with no note count as undefined. */
  unquotedPatterns?: boolean;
}

export type Need =
  | { reason: 'shorthand' | 'national' | 'pattern'; entry?: GlossaryEntry }
  | { reason: 'glossary'; entry: GlossaryEntry };

/** True when the document already explains the term (a note, inside a note, in place). */
export function isDefined(a: TermsAnalysis, term: string): boolean {
  return !!a.noteOf(term) || !!a.mentionedIn(term) || a.inPlace.has(term);
}

/** The best entry from outside this document (workspace, seed, national). */
export function outsideEntry(a: TermsAnalysis, term: string): GlossaryEntry | undefined {
  return a.lookup(term).find((e) => e.source.kind !== 'document');
}

/** Why a term used in the body must have a note and has none; undefined when it need not. */
export function needsNote(a: TermsAnalysis, use: TermUse, opts: SelectOptions): Need | undefined {
  if (isDefined(a, use.term)) return undefined;
  const entry = outsideEntry(a, use.term);
  if (a.isNational(use.term)) return opts.requireNational ? { reason: 'national', entry } : undefined;
  if (entry && entry.scope === 'local') return { reason: 'glossary', entry };
  if (use.kind === 'shorthand') return { reason: 'shorthand', entry };
  if (use.kind === 'pattern' && opts.unquotedPatterns) return { reason: 'pattern', entry };
  return undefined;
}
