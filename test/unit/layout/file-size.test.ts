/** No source file over 400 lines (issue 14): a file that grows past it holds more than one concern. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const MAX_LINES = 400;
/** The message catalogue holds every message in both languages: it grows with the rules. */
const EXCEPTED = new Set(['server/src/core/messages/catalogue.ts']);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(?:[cm]?[jt]s|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

/** Lines as an editor counts them (a final newline does not start another line). */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

test('lineCount counts lines as wc and editors do', () => {
  assert.equal(lineCount(''), 0);
  assert.equal(lineCount('a\n'), 1);
  assert.equal(lineCount('a\nb'), 2);
  assert.equal(lineCount('a\n'.repeat(MAX_LINES + 1)), MAX_LINES + 1);
});

test(`no source file under server/src or client/src has more than ${MAX_LINES} lines`, () => {
  const files = [join(root, 'server', 'src'), join(root, 'client', 'src')].flatMap(sources);
  assert.ok(files.length > 100, 'the walk finds the sources');
  const names = files.map((f) => relative(root, f).split('\\').join('/'));
  for (const e of EXCEPTED) assert.ok(names.includes(e), `${e} still exists (else drop the exception)`);
  const tooLong = files
    .map((f, i) => ({ name: names[i], lines: lineCount(readFileSync(f, 'utf8')) }))
    .filter((f) => !EXCEPTED.has(f.name) && f.lines > MAX_LINES)
    .map((f) => `${f.name}: ${f.lines} lines`);
  assert.deepEqual(tooLong, [], 'split these along their seams (one concern per module)');
});
