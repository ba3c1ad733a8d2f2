/** Every rule the product ships, in reporting order. */
import type { Rule } from './types';
import brokenParagraph from './structure/broken-paragraph';
import frontMatter from './structure/front-matter';
import partOrder from './structure/part-order';
import numberingSequence from './structure/numbering-sequence';
import numberingStyle from './structure/numbering-style';
import yearMismatch from './structure/year-mismatch';
import enumerationCount from './structure/enumeration-count';

export const rules: readonly Rule[] = [brokenParagraph, frontMatter, partOrder, numberingSequence, numberingStyle, yearMismatch, enumerationCount];

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
