/** The client's settings (`govReport.*`), validated at the edge with defaults for everything. */
import { z } from 'zod';
import { configSchema } from '../core/config';

export const settingsSchema = z.object({
  enable: z.enum(['auto', 'always', 'never']).catch('auto').default('auto'),
  debounceMs: z.number().int().min(0).max(10000).catch(200).default(200),
  rules: configSchema.shape.rules.catch({}),
  maxDocumentSize: configSchema.shape.maxDocumentSize.catch(5 * 1024 * 1024),
  locale: z.string().optional().catch(undefined),
  /** Seed report used as the structure template ('' = the bundled seed). */
  template: z.string().catch('').default(''),
  /** Glossary files: JSON glossaries or Markdown reports whose notes are read. */
  glossaries: z.array(z.string()).catch([]).default([]),
  /** Whether national terms (十四五, 六稳…) must be annotated too. */
  nationalTerms: z.enum(['optional', 'required']).catch('optional').default('optional'),
  /** Last year's report ('' = the bundled seed when the years fit). */
  baseline: z.string().catch('').default(''),
});

export type Settings = z.infer<typeof settingsSchema>;

export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}
