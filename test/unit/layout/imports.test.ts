/** Which way the imports point: the CLI and protocol/ never reach lsp/ (issue 14). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  assert.deepEqual(
    files.filter((f) => f.startsWith('lsp/')),
    [],
  );
});

test('protocol/ does not import lsp/ or cli/', () => {
  const files = [...reachable(join(src, 'protocol', 'convert.ts'))].map((f) => relative(src, f));
  assert.deepEqual(
    files.filter((f) => f.startsWith('lsp/') || f.startsWith('cli/')),
    [],
  );
});

/** Every relative import of every source file (type-only ones too). */
function graph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(src);
  const out = new Map<string, string[]>();
  for (const f of files) {
    const deps: string[] = [];
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const base = resolve(dirname(f), m[1]);
      const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
      if (target) deps.push(target);
    }
    out.set(f, deps);
  }
  return out;
}

test('no import circles anywhere in the server, the core, the CLI or the node adapters', () => {
  const g = graph();
  assert.ok(g.size > 50, 'the walk finds the sources');
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of g.get(f) ?? []) {
      if (state.get(d) === 'open')
        circles.push([...stack.slice(stack.indexOf(d)), d].map((x) => relative(src, x)).join(' → '));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f);
  assert.deepEqual(circles, []);
});

test('the template and the analyses do not import rules; the model does not import the outline', () => {
  const g = graph();
  const from = (dir: string) => [...g].filter(([f]) => relative(src, f).startsWith(dir));
  for (const [f, deps] of [
    ...from('core/template/'),
    ...from('core/terms/'),
    ...from('core/figures/'),
    ...from('core/outline/'),
    ...from('core/facts/'),
    ...from('core/model/'),
  ]) {
    assert.deepEqual(
      deps.map((d) => relative(src, d)).filter((d) => d.startsWith('core/rules/')),
      [],
      relative(src, f),
    );
  }
  for (const [f, deps] of from('core/model/'))
    assert.ok(!deps.some((d) => relative(src, d).startsWith('core/outline/')), relative(src, f));
});
