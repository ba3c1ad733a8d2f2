/** The report model every rule shares: parsed once per document version. */
import { Block } from './blocks';
import { LineIndex, Range } from './source';
import { BlockChange, ParseCache, SourceFormat } from './parse';
import { readingFormat } from './chunks';
import {
  findPageBreaks,
  PageBreak,
  RepairedParagraph,
  RepairedUpdate,
  repairParagraphs,
  updatePageBreaks,
  updateRepaired,
} from './repair';
import { findParts, isPartCandidate, Part } from '../facts/parts';
import { Dateline, FrontMatter, findFrontMatter } from '../facts/front-matter';
import { findPlace, Place } from '../facts/place';
import { decideReportYear, ReportYear, statesPastYear } from '../facts/year';

export type { Dateline } from '../facts/front-matter';

export interface DocumentEdit {
  prev: ReportDocument;
  change: BlockChange;
  before: readonly RepairedParagraph[];
  after: readonly RepairedParagraph[];
}

/** The environment of facts that depend on the document alone (see memo). */
const NO_ENV = {};

export class ReportDocument {
  readonly lines: LineIndex;
  readonly blocks: Block[];
  /** Title, dateline, speaker, salutation, opening (facts/front-matter). */
  readonly front: FrontMatter;
  readonly dateline?: Dateline;
  /** Index of the first block after the front matter. */
  readonly bodyStart: number;
  /** Per-document facts by name, each with the environment it was computed for (see memo). */
  private readonly memos = new Map<string, { env: object; value: unknown }>();
  private _breaks?: PageBreak[];
  private _repaired?: RepairedParagraph[];
  private _parts?: Part[];
  /**
   * The previous version, when blocks [change.start, +removed) were replaced by the added
   * ones. Blocks after them keep their objects, moved to their new indices; the removed
   * blocks keep their old ones.
   */
  private prev?: ReportDocument;
  private change?: BlockChange;
  private repairedEdit?: RepairedUpdate;
  private _edit?: DocumentEdit;

  /** How the text is read: the file's format, or Markdown for a plain-text file written in it (see readingFormat). */
  readonly format: SourceFormat;

  constructor(
    readonly uri: string,
    readonly text: string,
    format: SourceFormat,
    cache: ParseCache = new ParseCache(),
  ) {
    this.format = readingFormat(text, format);
    this.blocks = cache.parse(text, this.format);
    this.lines = cache.lines(text);
    this.front = findFrontMatter(this.blocks);
    this.dateline = this.front.dateline;
    this.bodyStart = this.front.bodyStart;
    // The version before (from the same cache), whose analyses this one may update rather
    // than redo; only one version back is kept.
    const change = cache.lastChange();
    const prev = cache.latest instanceof ReportDocument ? cache.latest : undefined;
    if (prev) {
      // Only one version back: the chain is cut here (an edit names its previous version).
      prev.prev = undefined;
      prev._edit = undefined;
      prev.repairedEdit = undefined;
    }
    if (change && prev && prev.bodyStart === this.bodyStart) {
      this.prev = prev;
      this.change = change;
    }
    cache.latest = this;
  }

  /** The report year, what it rests on and the statements that disagree (facts/year). */
  get year(): ReportYear | undefined {
    return this.memo('year', (d) =>
      decideReportYear(
        {
          dateline: d.dateline,
          title: d.front.title,
          parts: d.parts,
          past: d.pastYearBlocks.filter((b) => b.index >= d.bodyStart && b.index < d.bodyEnd),
        },
        (i) => d.blocks[i],
      ),
    );
  }

  /**
   * The blocks that state a past year (`刚刚过去的YYYY年`), in order: the previous version's
   * list with the edited blocks replaced, so that an edit does not look at every block again.
   */
  private get pastYearBlocks(): readonly Block[] {
    return this.memo('year.pastBlocks', (d) => {
      const before = d.prev?.memoized<readonly Block[]>('year.pastBlocks');
      if (!before || !d.change) return d.blocks.filter(statesPastYear);
      const removed = new Set(d.change.removed);
      const added = d.change.added.filter(statesPastYear);
      const kept = before.filter((b) => !removed.has(b));
      if (added.length === 0) return kept;
      return kept.concat(added).sort((a, b) => a.index - b.index);
    });
  }

  /**
   * A fact about this version of the document, computed once from it: the one idiom for
   * per-document facts, as `Block.memo` is for per-block ones. Keys are named after the
   * module that owns the fact (`year`, `outline`, `figures.document`); facts that also depend
   * on an environment use memoFor.
   */
  memo<T>(key: string, compute: (doc: ReportDocument) => T): T {
    return this.memoFor(key, NO_ENV, compute);
  }

  /**
   * A per-document fact that also depends on something outside the document: the check
   * environment, or the part of it the fact reads (the terms environment for the report's
   * place). `env` is compared by identity, and one value is kept per key: a document is
   * checked against one environment at a time, and a new one (settings, glossaries or the
   * baseline changed) replaces the value computed for the old one.
   */
  memoFor<E extends object, T>(key: string, env: E, compute: (doc: ReportDocument, env: E) => T): T {
    const hit = this.memos.get(key);
    if (hit && hit.env === env) return hit.value as T;
    const value = compute(this, env);
    this.memos.set(key, { env, value });
    return value;
  }

  /**
   * What memo (no `env`) or memoFor already holds for `key`, never computing it: how an
   * analysis reads the previous version's result (`edit.prev`) to update it rather than redo it.
   */
  memoized<T>(key: string, env: object = NO_ENV): T | undefined {
    const hit = this.memos.get(key);
    return hit && hit.env === env ? (hit.value as T) : undefined;
  }

  /** The report year: what most of the report's own statements say (see facts/year). */
  get reportYear(): number | undefined {
    return this.year?.year;
  }

  /** Whose report this is (facts/place). */
  get place(): Place | undefined {
    return this.memo('place', (d) => findPlace(d.front));
  }

  /** A State Council report. */
  get national(): boolean {
    return this.front.national;
  }

  /** One past the body's last block: the notes section's heading, or the end. */
  get bodyEnd(): number {
    return this.notesPart?.start ?? this.blocks.length;
  }

  get pageBreaks(): PageBreak[] {
    return (this._breaks ??=
      this.prev?._breaks && this.change
        ? updatePageBreaks(this.prev._breaks, this.blocks, this.bodyStart, this.change)
        : findPageBreaks(this.blocks, this.bodyStart));
  }

  /** Paragraphs with page-break splits joined. */
  get repaired(): RepairedParagraph[] {
    if (this._repaired) return this._repaired;
    if (this.prev?._repaired && this.change) {
      const u = updateRepaired(this.prev._repaired, this.blocks, this.pageBreaks, this.change);
      this.repairedEdit = u;
      return (this._repaired = u.paragraphs);
    }
    return (this._repaired = repairParagraphs(this.blocks, this.pageBreaks));
  }

  /**
   * The edit from the previous version, when it replaced a stretch of blocks: that version,
   * the change, and the repaired paragraphs that differ (`before`, the previous version's,
   * and `after`, this one's; both cover the same stretch of text). Undefined otherwise. Only what
   * the previous version already computed, and what its replaced blocks and paragraphs
   * hold, may be read from it: its other blocks now belong to this version.
   */
  get edit(): DocumentEdit | undefined {
    if (!this.prev || !this.change) return undefined;
    void this.repaired;
    const u = this.repairedEdit;
    if (!u) return undefined;
    if (this._edit) return this._edit;
    // Paragraphs on both sides are the same objects, unchanged: only the others differ.
    const had = new Set(u.before);
    const has = new Set(u.after);
    return (this._edit = {
      prev: this.prev,
      change: this.change,
      before: u.before.filter((p) => !has.has(p)),
      after: u.after.filter((p) => !had.has(p)),
    });
  }

  /** Top-level parts in document order (review, plan, …, notes). */
  get parts(): Part[] {
    // An edit that neither makes nor unmakes a part heading, nor moves blocks to other
    // indices (parts hold indices), leaves the parts as they were.
    const prev = this.prev?._parts;
    const c = this.change;
    if (
      !this._parts &&
      prev &&
      c &&
      c.removed.length === c.added.length &&
      !c.removed.some(isPartCandidate) &&
      !c.added.some(isPartCandidate)
    )
      this._parts = prev;
    return (this._parts ??= findParts(this.blocks, this.bodyStart));
  }

  /** The notes section (相关注释), if present. */
  get notesPart(): Part | undefined {
    return this.parts.find((p) => p.role === 'notes');
  }

  range(start: number, end: number): Range {
    return this.lines.range(start, end);
  }

  /** 1-based line number of a source offset, for messages. */
  lineNumber(offset: number): number {
    return this.lines.positionAt(offset).line + 1;
  }
}

export function formatFromPath(path: string, languageId?: string): SourceFormat {
  if (languageId === 'plaintext') return 'plaintext';
  if (languageId === 'markdown') return 'markdown';
  // govreport (and unknown languages): the file's extension decides, as in the CLI.
  return /\.(txt|text)$/i.test(path) ? 'plaintext' : 'markdown';
}
