/** Configuration: validated with zod at the edge; the core receives it complete. */
import { z } from 'zod';
import type { Rule, Severity } from './rules/types';
import { rules as allRules } from './rules/registry';

export const severitySetting = z.enum(['off', 'error', 'warning', 'information', 'hint']);
export type SeveritySetting = z.infer<typeof severitySetting>;

export const ruleSetting = z.union([
  severitySetting,
  z.object({ severity: severitySetting.optional(), options: z.record(z.unknown()).optional() }).strict(),
]);

export const configSchema = z.object({
  rules: z.record(ruleSetting).default({}),
  /** Documents larger than this (characters) get one finding and no analysis. */
  maxDocumentSize: z
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
});

export type Config = z.infer<typeof configSchema>;

export const defaultConfig: Config = configSchema.parse({});

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface ConfigProblem {
  ruleId: string;
  error: string;
}

/** The rules to run with their severities and parsed options; bad options fall back to defaults. */
export function activeRules(config: Config, problems: ConfigProblem[] = []): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of allRules) {
    const setting = config.rules[rule.id];
    let severity: SeveritySetting = rule.defaultSeverity;
    let rawOptions: unknown = {};
    if (typeof setting === 'string') severity = setting;
    else if (setting) {
      severity = setting.severity ?? rule.defaultSeverity;
      rawOptions = setting.options ?? {};
    }
    if (severity === 'off') continue;
    const parsed = rule.options.safeParse(rawOptions);
    if (!parsed.success)
      problems.push({ ruleId: rule.id, error: parsed.error.issues.map((i) => i.message).join('; ') });
    out.push({ rule, severity, options: parsed.success ? parsed.data : rule.options.parse({}) });
  }
  return out;
}
