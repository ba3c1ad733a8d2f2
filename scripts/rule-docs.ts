/**
 * The rule tables of the docs, rendered from the rules' own metadata: the registry (id,
 * category, default severity, fixes) and the message catalogue (description, severity names).
 * Each table lives in a marked region of a hand-written file:
 *   <!-- generated: rules table -->
 *   …
 *   <!-- end -->
 * `npm run gen` rewrites the regions (scripts/gen.ts); test/unit/docs/generated.test.ts
 * fails when they are not current. Everything outside the markers is left as it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/core/rules/registry';
import { REGISTRY_FILE, registryText } from './rule-registry';
import type { Category, Rule, Severity } from '../server/src/core/rules/types';
import { formatMessage, type PlainKey } from '../server/src/core/messages/catalogue';
import { checkText } from '../server/src/core/check';
import { defaultEnvironment } from '../server/src/core/environment';

/** The docs are Chinese; these labels appear only there. */
const CATEGORY: Record<Category, string> = { structure: '结构', figures: '数据', terms: '术语与注释', general: '通用' };

interface RuleRow {
  id: string;
  category: Category;
  severity: Severity;
  description: PlainKey;
  fixes?: Rule['fixes'];
}

/** The engine's notice for documents it does not check: not a rule, but listed with them. */
function documentRow(): RuleRow {
  const f = checkText('\u0000\u0000binary', defaultEnvironment(), { uri: 'file:///binary.md', format: 'markdown' })
    .findings[0];
  return { id: f.ruleId, category: 'general', severity: f.severity, description: 'general/document.description' };
}

const ruleRows = (): RuleRow[] =>
  rules.map((r) => ({
    id: r.id,
    category: r.category,
    severity: r.defaultSeverity,
    description: r.description,
    fixes: r.fixes,
  }));

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const severity = (s: Severity) => `${formatMessage(`general.severity.${s}`)}（\`${s}\`）`;
const description = (r: RuleRow) => cell(formatMessage(r.description));

function fixAll(r: RuleRow): string {
  const f = r.fixes;
  if (!f || f.fixAll === 'none') return '否';
  const note = f.fixAllNote ? formatMessage(f.fixAllNote) : f.fixAll === 'some' ? '部分' : undefined;
  return note ? `是（${cell(note)}）` : '是';
}

/** docs/rules/README.md: every rule (and general/document), linked to its page. */
function indexTable(): string {
  return [
    '| 规则 id | 类别 | 默认严重性 | 说明 |',
    '|---|---|---|---|',
    ...[...ruleRows(), documentRow()].map(
      (r) => `| [\`${r.id}\`](${r.id}.md) | ${CATEGORY[r.category]} | ${severity(r.severity)} | ${description(r)} |`,
    ),
  ].join('\n');
}

/** docs/rules/README.md: which rules have quick fixes and which fix-all applies. */
function fixesTable(): string {
  return [
    '| 规则 id | 快速修复 | “修复所有”自动应用 |',
    '|---|---|---|',
    ...ruleRows().map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.fixes ? '有' : '无'} | ${fixAll(r)} |`),
  ].join('\n');
}

/** README.md, section 规则一览: the configurable rules. */
function readmeTable(): string {
  return [
    '| 规则 id | 默认严重性 | 说明 | 详细说明 |',
    '|---|---|---|---|',
    ...ruleRows().map(
      (r) => `| \`${r.id}\` | ${severity(r.severity)} | ${description(r)} | [说明](docs/rules/${r.id}.md) |`,
    ),
  ].join('\n');
}

/** The generated regions, by file (relative to the repository root) and region name. */
export const GENERATED: Record<string, Record<string, () => string>> = {
  'docs/rules/README.md': { 'rules table': indexTable, 'fixes table': fixesTable },
  'README.md': { 'rules table': readmeTable },
};

export const GEN_COMMAND = 'npm run gen';

/** `text` with each named region replaced by its current content; throws if a marker is missing. */
export function fillRegions(text: string, file: string, regions: Record<string, () => string>): string {
  let out = text;
  for (const [name, render] of Object.entries(regions)) {
    const open = `<!-- generated: ${name} -->`;
    const start = out.indexOf(open);
    const end = start < 0 ? -1 : out.indexOf('<!-- end -->', start);
    if (start < 0 || end < 0)
      throw new Error(`${file}: the markers "${open}" … "<!-- end -->" are missing; put them back around the table`);
    // Blank lines around the table, so that no Markdown renderer reads a marker as a table row.
    out = `${out.slice(0, start)}${open}\n\n${render()}\n\n${out.slice(end)}`;
  }
  return out;
}

/** Every file with generated regions: its current text and the text it should have. */
export function docFiles(root: string): Array<{ file: string; current: string; wanted: string }> {
  return Object.entries(GENERATED).map(([file, regions]) => {
    const current = readFileSync(join(root, file), 'utf8');
    return { file, current, wanted: fillRegions(current, file, regions) };
  });
}

/** Every generated file (the rule registry, see rule-registry.ts, and the docs): current text and wanted text. */
export function generatedFiles(root: string): Array<{ file: string; current: string; wanted: string }> {
  const registry = join(root, REGISTRY_FILE);
  return [
    {
      file: REGISTRY_FILE,
      current: existsSync(registry) ? readFileSync(registry, 'utf8') : '',
      wanted: registryText(root),
    },
    ...docFiles(root),
  ];
}
