/**
 * Settings, in one place for the language server and the CLI.
 * - One table (SETTINGS) says what each setting is: its zod type and default, whether
 *   `.govreportrc.json` may set it, and its scope in the editor. From it come the editor's
 *   `govReport.*` schema (`parseSettings`), the rc file's schema (`rcSchema`), and the JSON
 *   schema of package.json's `contributes.configuration` (`packageJsonProperties`; a test
 *   checks package.json against it).
 * - One resolution (`resolveSettings`): keys in the rc file win over the editor's settings
 *   (rules one by one, glossaries added); relative paths are resolved against the rc file's
 *   folder (paths from the rc file) or the workspace folder (everything else).
 */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { activeRules, ActiveRule, Config, configSchema, ruleSetting } from '../core/config';
import type { EnableMode } from '../core/detect';
import type { EnvironmentOptions } from './sources';

interface SettingSpec<T extends z.ZodTypeAny = z.ZodTypeAny> {
  type: T;
  default: z.infer<T>;
  /** `.govreportrc.json` may set it too. */
  rc: boolean;
  /** VS Code's configuration scope. */
  scope: 'resource' | 'application';
}

const spec = <T extends z.ZodTypeAny, R extends boolean>(
  type: T,
  dflt: z.infer<T>,
  rc: R,
  scope: SettingSpec['scope'] = 'resource',
): SettingSpec<T> & { rc: R } => ({
  type,
  default: dflt,
  rc,
  scope,
});

export const SETTINGS = {
  /** Which Markdown and text files are checked. */
  enable: spec(z.enum(['auto', 'always', 'never']), 'auto', true),
  /** Seed report used as the structure template ('' = the bundled seed). */
  template: spec(z.string(), '', true),
  /** Glossary files: JSON glossaries or Markdown reports whose notes are read. */
  glossaries: spec(z.array(z.string()), [], true),
  /** Last year's report ('' = the bundled seed when the years fit). */
  baseline: spec(z.string(), '', true),
  /** Per rule: a severity or 'off', or { severity, options }. */
  rules: spec(z.record(ruleSetting), {}, true),
  /** Whether national terms (十四五, 六稳…) must be annotated too. */
  nationalTerms: spec(z.enum(['optional', 'required']), 'optional', false),
  /** Documents larger than this (characters) get one finding and no analysis. */
  maxDocumentSize: spec(z.number().int().min(1024), 5 * 1024 * 1024, true),
  debounceMs: spec(z.number().int().min(0).max(10000), 200, false),
  fixAllOnSave: spec(z.boolean(), false, false),
  /** A Markdown file that looks like a report opens in the 政府工作报告 mode (read by the client). */
  reportLanguageMode: spec(z.boolean(), true, false),
  locale: spec(z.enum(['auto', 'zh-cn', 'en']), 'auto', false, 'application'),
} satisfies Record<string, SettingSpec>;

type Specs = typeof SETTINGS;
type Key = keyof Specs;
export type Settings = { [K in Key]: z.infer<Specs[K]['type']> };

const entries = Object.entries(SETTINGS) as Array<[Key, SettingSpec]>;

/** The editor's settings: every key valid or its default (a bad value never stops the server). */
export const settingsSchema = z.object(
  Object.fromEntries(entries.map(([k, s]) => [k, s.type.catch(s.default).default(s.default)])) as unknown as {
    [K in Key]: z.ZodType<Settings[K], z.ZodTypeDef, unknown>;
  },
);

export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

type RcKey = { [K in Key]: Specs[K]['rc'] extends true ? K : never }[Key];

/** `.govreportrc.json`: the keys marked `rc`, each optional, nothing else (but `$schema`). */
export const rcSchema = z
  .object({
    $schema: z.string().optional(),
    ...(Object.fromEntries(entries.filter(([, s]) => s.rc).map(([k, s]) => [k, s.type.optional()])) as unknown as {
      [K in RcKey]: z.ZodOptional<Specs[K]['type']>;
    }),
  })
  .strict();

export type RcFile = z.infer<typeof rcSchema>;

export interface SettingsInput {
  /** The editor's settings (the CLI has none: the defaults). */
  settings?: Settings;
  /** The rc file's content and its folder. */
  rc?: RcFile;
  rcDir?: string;
  /** Relative paths not from the rc file are resolved against it (else left as they are). */
  workspaceFolder?: string;
  /** In an untrusted workspace the files the rc file names are not read. */
  trusted?: boolean;
  /** Replace what settings and rc file say (the CLI's --template, --glossary, --baseline; absolute paths). */
  overrides?: { template?: string; glossaries?: string[]; baseline?: string };
}

export interface ResolvedSettings {
  settings: Settings;
  enable: EnableMode;
  config: Config;
  rules: ActiveRule[];
  /** The files the check environment is made from (absolute when a base folder was known). */
  files: Pick<EnvironmentOptions, 'templatePath' | 'glossaryPaths' | 'baselinePath' | 'workspaceRoot'>;
}

/** Editor settings + rc file (+ the CLI's overrides) → what a check runs with. */
export function resolveSettings(input: SettingsInput): ResolvedSettings {
  const settings = input.settings ?? parseSettings({});
  const rc = input.rc ?? {};
  const rcFiles: RcFile = input.trusted === false ? {} : rc;
  const fromRc = (p: string) => absolute(p, input.rcDir ?? input.workspaceFolder);
  const fromSettings = (p: string) => absolute(p, input.workspaceFolder);
  const path = (r: string | undefined, s: string) => (r ? fromRc(r) : s ? fromSettings(s) : undefined);
  const o = input.overrides ?? {};
  const config = configSchema.parse({
    rules: { ...withNationalTerms(settings), ...(rc.rules ?? {}) },
    maxDocumentSize: rc.maxDocumentSize ?? settings.maxDocumentSize,
  });
  return {
    settings,
    enable: rc.enable ?? settings.enable,
    config,
    rules: activeRules(config),
    files: {
      templatePath: o.template ?? path(rcFiles.template, settings.template),
      glossaryPaths: o.glossaries ?? [
        ...(rcFiles.glossaries ?? []).map(fromRc),
        ...settings.glossaries.map(fromSettings),
      ],
      baselinePath: o.baseline ?? path(rcFiles.baseline, settings.baseline),
      workspaceRoot: input.rcDir ?? input.workspaceFolder,
    },
  };
}

function absolute(p: string, base: string | undefined): string {
  return isAbsolute(p) || !base ? p : resolve(base, p);
}

/** `govReport.nationalTerms: required` is the option `requireNational` of terms/undefined. */
function withNationalTerms(settings: Settings): Settings['rules'] {
  if (settings.nationalTerms !== 'required') return settings.rules;
  const id = 'terms/undefined';
  const current = settings.rules[id];
  if (current === 'off') return settings.rules;
  const base = typeof current === 'string' ? { severity: current } : (current ?? {});
  return { ...settings.rules, [id]: { ...base, options: { ...(base.options ?? {}), requireNational: true } } };
}

/** JSON schema of a setting's type, as package.json's `contributes.configuration` writes it. */
export function jsonSchemaOf(type: z.ZodTypeAny): Record<string, unknown> {
  if (type instanceof z.ZodOptional) return jsonSchemaOf(type.unwrap());
  if (type instanceof z.ZodEnum) return { type: 'string', enum: [...(type.options as string[])] };
  if (type instanceof z.ZodString) return { type: 'string' };
  if (type instanceof z.ZodBoolean) return { type: 'boolean' };
  if (type instanceof z.ZodNumber) {
    const out: Record<string, unknown> = { type: type.isInt ? 'integer' : 'number' };
    if (type.minValue !== null) out.minimum = type.minValue;
    if (type.maxValue !== null) out.maximum = type.maxValue;
    return out;
  }
  if (type instanceof z.ZodArray) return { type: 'array', items: jsonSchemaOf(type.element) };
  if (type instanceof z.ZodRecord) {
    return type.valueSchema instanceof z.ZodUnknown
      ? { type: 'object' }
      : { type: 'object', additionalProperties: jsonSchemaOf(type.valueSchema) };
  }
  if (type instanceof z.ZodUnion) return { anyOf: (type.options as z.ZodTypeAny[]).map(jsonSchemaOf) };
  if (type instanceof z.ZodObject) {
    const shape = type.shape as Record<string, z.ZodTypeAny>;
    const out: Record<string, unknown> = {
      type: 'object',
      properties: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, jsonSchemaOf(v)])),
    };
    if (type._def.unknownKeys === 'strict') out.additionalProperties = false;
    return out;
  }
  throw new Error(`no JSON schema for ${type.constructor.name}`);
}

/**
 * package.json's `contributes.configuration.properties`, but the texts (descriptions come from
 * package.nls*.json): what the test compares package.json with.
 */
export function packageJsonProperties(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    entries.map(([k, s]) => [`govReport.${k}`, { ...jsonSchemaOf(s.type), default: s.default, scope: s.scope }]),
  );
}
