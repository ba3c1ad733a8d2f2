/**
 * One schema for the settings (node/settings.ts): package.json's `contributes.configuration`,
 * the editor's settings and `.govreportrc.json` all come from it; the server and the CLI
 * resolve settings the same way; the version is package.json's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  packageJsonProperties,
  parseSettings,
  rcSchema,
  resolveSettings,
  SETTINGS,
} from '../../../server/src/node/settings';
import { VERSION } from '../../../server/src/node/version';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
};

test("package.json's settings are the settings schema (descriptions aside)", () => {
  const inPackage = Object.fromEntries(
    Object.entries(pkg.contributes.configuration.properties).map(([k, v]) => {
      const { markdownDescription, enumDescriptions, ...schema } = v;
      assert.ok(markdownDescription, `${k} has a description`);
      if (enumDescriptions)
        assert.equal(
          (enumDescriptions as unknown[]).length,
          (schema.enum as unknown[]).length,
          `${k}: one description per value`,
        );
      return [k, schema];
    }),
  );
  // On failure: copy the expected properties into package.json (keep the descriptions).
  assert.deepEqual(inPackage, packageJsonProperties());
});

test('.govreportrc.json takes the settings marked rc, and nothing else', () => {
  const keys = Object.keys(rcSchema.shape).sort();
  const rcKeys = Object.entries(SETTINGS)
    .filter(([, s]) => s.rc)
    .map(([k]) => k);
  assert.deepEqual(keys, ['$schema', ...rcKeys].sort());
  assert.ok(rcSchema.safeParse({ enable: 'always', maxDocumentSize: 2048 }).success);
  assert.ok(!rcSchema.safeParse({ debounceMs: 0 }).success, 'an editor-only setting');
  assert.ok(!rcSchema.safeParse({ maxDocumentSize: 10 }).success, 'the same minimum as the editor setting');
  // README's list of keys is the same.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const line = readme.split('\n').find((l) => l.startsWith('- 可用的键：'))!;
  assert.deepEqual([...line.matchAll(/`([$\w]+)`/g)].map((m) => m[1]).sort(), keys);
});

test('a bad editor setting falls back to its default, the others stay', () => {
  const s = parseSettings({ enable: 'sometimes', debounceMs: 0, glossaries: 'a.json' });
  assert.equal(s.enable, 'auto');
  assert.equal(s.debounceMs, 0);
  assert.deepEqual(s.glossaries, []);
  assert.deepEqual(parseSettings(null), parseSettings({}));
});

test('rc paths resolve against the rc file’s folder, settings paths against the workspace folder', () => {
  const r = resolveSettings({
    settings: parseSettings({
      glossaries: ['g.json'],
      baseline: 'b.md',
      rules: { 'terms/undefined': 'hint' },
      nationalTerms: 'required',
    }),
    rc: { template: 't.md', glossaries: ['rc.json'], rules: { 'figures/conflict': 'off' }, enable: 'always' },
    rcDir: '/work/rc',
    workspaceFolder: '/work/ws',
  });
  assert.equal(r.files.templatePath, resolve('/work/rc', 't.md'));
  assert.deepEqual(r.files.glossaryPaths, [resolve('/work/rc', 'rc.json'), resolve('/work/ws', 'g.json')]);
  assert.equal(r.files.baselinePath, resolve('/work/ws', 'b.md'));
  assert.equal(r.enable, 'always');
  assert.ok(!r.rules.some((a) => a.rule.id === 'figures/conflict'));
  const undef = r.rules.find((a) => a.rule.id === 'terms/undefined')!;
  assert.equal(undef.severity, 'hint');
  assert.equal((undef.options as { requireNational: boolean }).requireNational, true);
  // The CLI's command-line files replace the rc file's; untrusted, the rc file names no files.
  const cli = resolveSettings({
    rc: { baseline: 'x.md' },
    rcDir: '/r',
    workspaceFolder: '/w',
    overrides: { baseline: '/abs/y.md' },
  });
  assert.equal(cli.files.baselinePath, '/abs/y.md');
  const untrusted = resolveSettings({ rc: { baseline: 'x.md', enable: 'never' }, rcDir: '/r', trusted: false });
  assert.equal(untrusted.files.baselinePath, undefined);
  assert.equal(untrusted.enable, 'never');
});

test('the version is package.json’s', () => {
  assert.equal(VERSION, pkg.version);
});
