/** The rules, by id. */
import type { Rule } from './types';
import { generatedRules } from './registry.generated';

/**
 * Every rule the product ships, by id: registry.generated.ts, written by `npm run gen` from the
 * rule files (scripts/rule-registry.ts). Findings are sorted by position and rule id (check.ts),
 * so the order here shows only in lists of rules (docs tables, SARIF).
 */
export const rules: readonly Rule[] = generatedRules;

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
