/** Every rule the product ships, in reporting order. */
import type { Rule } from './types';
import brokenParagraph from './structure/broken-paragraph';
import figuresConflict from './figures/conflict';
import figuresGrowthMismatch from './figures/growth-mismatch';
import figuresPercentagePoint from './figures/percentage-point';
import figuresMultipleWording from './figures/multiple-wording';
import figuresNegativeGrowth from './figures/negative-growth';
import figuresRespectivelyCount from './figures/respectively-count';
import figuresShareTotal from './figures/share-total';
import figuresPartExceedsTotal from './figures/part-exceeds-total';
import figuresTargetClaim from './figures/target-claim';
import frontMatter from './structure/front-matter';
import partOrder from './structure/part-order';
import numberingSequence from './structure/numbering-sequence';
import numberingStyle from './structure/numbering-style';
import yearMismatch from './structure/year-mismatch';
import enumerationCount from './structure/enumeration-count';
import termsUndefined from './terms/undefined';
import termsUnusedNote from './terms/unused-note';
import termsNoteOrder from './terms/note-order';
import termsNoteCount from './terms/note-count';
import termsDefinitionConflict from './terms/definition-conflict';
import termsOutOfPeriod from './terms/out-of-period';

export const rules: readonly Rule[] = [
  brokenParagraph,
  figuresConflict,
  figuresGrowthMismatch,
  figuresPercentagePoint,
  figuresMultipleWording,
  figuresNegativeGrowth,
  figuresRespectivelyCount,
  figuresShareTotal,
  figuresPartExceedsTotal,
  figuresTargetClaim,
  frontMatter,
  partOrder,
  numberingSequence,
  numberingStyle,
  yearMismatch,
  enumerationCount,
  termsUndefined,
  termsUnusedNote,
  termsNoteOrder,
  termsNoteCount,
  termsDefinitionConflict,
  termsOutOfPeriod,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
