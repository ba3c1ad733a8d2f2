/** Which way the imports point: the CLI and protocol/ never reach lsp/ (issue 14). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = join(__dirname, '..', '..', '..', 'server', 'src');

/** Source files reachable from `entry` through relative imports (type-only ones too). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)) {
      const base = resolve(dirname(file), m[1]);
      const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

test('the CLI does not import lsp/, directly or through another module', () => {
  const files = [...reachable(join(src, 'cli.ts'))].map((f) => relative(src, f));
  assert.ok(files.includes('protocol/convert.ts'), 'the walk follows imports');
  assert.deepEqual(files.filter((f) => f.startsWith('lsp/')), []);
});

test('protocol/ does not import lsp/ or cli/', () => {
  const files = [...reachable(join(src, 'protocol', 'convert.ts'))].map((f) => relative(src, f));
  assert.deepEqual(files.filter((f) => f.startsWith('lsp/') || f.startsWith('cli/')), []);
});
