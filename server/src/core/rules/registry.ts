/** Every rule the product ships, in reporting order. */
import type { Rule } from './types';
import brokenParagraph from './structure/broken-paragraph';

export const rules: readonly Rule[] = [brokenParagraph];

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
