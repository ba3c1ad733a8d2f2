/**
 * The user documentation stays true to the code: every registered rule has a page under
 * docs/rules/<rule-id>.md naming its id, default severity and every option (with its
 * default); the rule tables in docs/rules/README.md and README.md list every rule with its
 * default severity; links in those tables point at files that exist.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { rules } from '../../../server/src/core/rules/registry';
import { checkText } from '../../../server/src/core/check';
import { defaultEnvironment } from '../../../server/src/core/environment';

const root = join(__dirname, '..', '..', '..');
const docsDir = join(root, 'docs', 'rules');
const SEVERITIES = ['error', 'warning', 'information', 'hint'];

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function pagePath(id: string): string {
  return join(docsDir, `${id}.md`);
}

/** The severity a page states on its `默认严重性：…（\`warning\`）` line. */
function statedSeverity(page: string): string | undefined {
  const line = page.split('\n').find((l) => /默认严重性[：:]/.test(l));
  const m = line && /`(error|warning|information|hint)`/.exec(line);
  return m?.[1];
}

/** The keys of a rule's zod options object (unwrapping defaults and effects). */
function optionKeys(schema: z.ZodTypeAny): string[] {
  let s: z.ZodTypeAny = schema;
  for (let i = 0; i < 5; i++) {
    if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s._def.innerType;
    else break;
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** A markdown section: from `## title` to the next `## ` heading. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README.md has a "## ${title}" section`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

/** The table row of a section that names a rule id in backticks. */
function rowOf(text: string, id: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${id}\``));
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

function assertLinksExist(text: string, base: string, what: string): void {
  for (const m of text.matchAll(/\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g)) {
    if (/^[a-z]+:/.test(m[1])) continue;
    assert.ok(existsSync(resolve(base, m[1])), `${what}: link ${m[1]} points at a missing file`);
  }
}

test('every registered rule has a page naming its id and default severity', () => {
  for (const rule of rules) {
    const path = pagePath(rule.id);
    assert.ok(existsSync(path), `missing page docs/rules/${rule.id}.md`);
    const page = read(path);
    assert.ok(page.startsWith(`# ${rule.id}\n`), `${rule.id}: the page title is the rule id`);
    assert.ok(page.includes(`\`${rule.id}\``), `${rule.id}: the page names the rule id`);
    assert.equal(statedSeverity(page), rule.defaultSeverity, `${rule.id}: default severity on the page`);
    for (const heading of ['检查什么', '为什么重要', '正确与错误的例子', '自动修复', '选项', '调整严重性或关闭']) {
      assert.ok(page.includes(`\n## ${heading}`), `${rule.id}: section "${heading}"`);
    }
    assert.ok(page.includes(`govreport-disable-next-line ${rule.id}`), `${rule.id}: the inline switch is shown`);
  }
});

test('every option key of every rule, and its default, appears on the rule page', () => {
  for (const rule of rules) {
    const page = read(pagePath(rule.id));
    const keys = optionKeys(rule.options);
    const defaults = rule.options.parse({}) as Record<string, unknown>;
    if (keys.length === 0) {
      assert.match(page, /没有选项/, `${rule.id}: a rule without options says so`);
      continue;
    }
    for (const key of keys) {
      const row = page.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
      assert.ok(row, `${rule.id}: option ${key} has a row in the options table`);
      assert.ok(
        row.includes(`\`${JSON.stringify(defaults[key])}\``),
        `${rule.id}: option ${key} shows its default ${JSON.stringify(defaults[key])}`,
      );
    }
  }
});

test('the general/document page matches the notice the engine gives', () => {
  const page = read(pagePath('general/document'));
  const finding = checkText('\u0000\u0000binary', defaultEnvironment(), { uri: 'file:///x.md', format: 'markdown' })
    .findings[0];
  assert.equal(finding.ruleId, 'general/document');
  assert.ok(page.includes('`general/document`'));
  assert.equal(statedSeverity(page), finding.severity);
  assert.ok(page.includes('govReport.maxDocumentSize'));
});

test('docs/rules holds a page only for registered rules (and general/document)', () => {
  const known = new Set([...rules.map((r) => r.id), 'general/document', 'README']);
  for (const file of markdownFiles(docsDir)) {
    const id = relative(docsDir, file).split('\\').join('/').replace(/\.md$/, '');
    assert.ok(known.has(id), `docs/rules/${id}.md documents no registered rule`);
  }
});

test('docs/rules/README.md lists every rule with its default severity and a working link', () => {
  const index = read(join(docsDir, 'README.md'));
  for (const rule of [
    ...rules.map((r) => ({ id: r.id, severity: r.defaultSeverity })),
    { id: 'general/document', severity: 'warning' },
  ]) {
    const row = rowOf(index, rule.id);
    assert.ok(row, `docs/rules/README.md lists ${rule.id}`);
    assert.ok(row.includes(`](${rule.id}.md)`), `docs/rules/README.md links ${rule.id}`);
    const sev = SEVERITIES.find((s) => row.includes(`\`${s}\``));
    assert.equal(sev, rule.severity, `docs/rules/README.md: severity of ${rule.id}`);
  }
  assertLinksExist(index, docsDir, 'docs/rules/README.md');
});

test("README.md's rule table lists every rule with its default severity and a link to its page", () => {
  const readme = read(join(root, 'README.md'));
  const table = section(readme, '规则一览');
  for (const rule of rules) {
    const row = rowOf(table, rule.id);
    assert.ok(row, `README.md 规则一览 lists ${rule.id}`);
    assert.ok(row.includes(`(docs/rules/${rule.id}.md)`), `README.md links docs/rules/${rule.id}.md`);
    const sev = SEVERITIES.find((s) => row.includes(`\`${s}\``));
    assert.equal(sev, rule.defaultSeverity, `README.md: severity of ${rule.id}`);
  }
  assertLinksExist(readme, root, 'README.md');
});

test("README.md's settings table lists every govReport.* setting with its default", () => {
  const readme = read(join(root, 'README.md'));
  const table = section(readme, '设置');
  const pkg = JSON.parse(read(join(root, 'package.json'))) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  for (const [key, spec] of Object.entries(pkg.contributes.configuration.properties)) {
    const row = table.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
    assert.ok(row, `README.md 设置 lists ${key}`);
    assert.ok(
      row.includes(`\`${JSON.stringify(spec.default)}\``),
      `README.md 设置: default of ${key} is ${JSON.stringify(spec.default)}`,
    );
  }
});

test('rule pages link back to the rule table', () => {
  for (const rule of rules) {
    const path = pagePath(rule.id);
    assertLinksExist(read(path), dirname(path), `docs/rules/${rule.id}.md`);
  }
});
