/**
 * Everything a check needs besides the document: prepared once at start-up (or when its
 * files change), never on the keystroke path. Each area (structure, terms, figures) adds
 * its own optional part; rules cope with a part being absent.
 */
import type { ReportDocument } from './model/document';
import type { Template } from './template/template';

export interface CheckEnvironment {
  /** Where rule failures and other internals are logged (the output channel, stderr). */
  log(message: string): void;
  /** The seed report (template, glossary and baseline of last resort), parsed once. */
  seed?: ReportDocument;
  // ── area environments (one line each) ──
  /** Structure template derived from the seed (or the `template` setting). */
  template?: Template;
  terms?: import('./terms/glossary').TermsEnvironment; // glossaries (terms/glossary.ts)
  figures?: import('./figures/environment').FiguresEnvironment; // last year's report (figures/environment.ts)
}

export function defaultEnvironment(log: (m: string) => void = () => {}): CheckEnvironment {
  return { log };
}
