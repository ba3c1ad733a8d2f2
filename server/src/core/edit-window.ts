/**
 * One side of an edit, as a rule's footprint sees it (see Rule.footprint in rules/types.ts).
 * A leaf of the rule API: the analyses that offer footprint helpers (terms, figures) import
 * this, never the rules.
 */
import type { ReportDocument } from './model/document';
import type { CheckEnvironment } from './environment';
import type { Block } from './model/blocks';
import type { BlockChange } from './model/parse';
import type { RepairedParagraph } from './model/repair';

/** One side of an edit, for `Rule.footprint`. */
export interface EditWindow {
  /** The previous version (side 'before') or this one ('after'). */
  readonly doc: ReportDocument;
  readonly side: 'before' | 'after';
  readonly env: CheckEnvironment;
  readonly change: BlockChange;
  /** The blocks replaced (before) or their replacements (after), not always as many. */
  readonly blocks: readonly Block[];
  /** The repaired paragraphs that differ around them: the same stretch of text on both sides. */
  readonly paragraphs: readonly RepairedParagraph[];
  /** Indices of the first and last block of the stretch (replaced blocks and those paragraphs). */
  readonly firstBlock: number;
  readonly lastBlock: number;
  /** A value shared by the rules' footprints on this side of this edit. */
  memo<T>(key: string, compute: () => T): T;
}
