/**
 * `npm run bench`: the instrument every performance target is measured with.
 * One process, one run: the full (cold) check against remark's parse of the same input,
 * the incremental re-check after a one-character edit, a single regex pass, and memory.
 * Figures are medians; the machine has 2 cores, so run it on an otherwise idle machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { checkText } from '../../server/src/core/check';
import { ParseCache } from '../../server/src/core/model/parse';
import { activeRules, defaultConfig } from '../../server/src/core/config';
import { buildEnvironment } from '../../server/src/node/environment';

const root = join(__dirname, '..', '..');
const seed = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');
const env = buildEnvironment({ log: (m) => console.error(m) });
const rules = activeRules(defaultConfig);
const processor = unified().use(remarkParse);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(t);
}

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

/**
 * Copy k of the seed, made distinct so that no paragraph repeats (a parse cache would
 * otherwise see through the repetition): k is written in invisible characters at the end
 * of every line, which changes the source but not the text any rule reads.
 */
function variant(k: number): string {
  if (k === 0) return seed;
  const tag = k.toString(2).replace(/0/g, '\u200b').replace(/1/g, '\u200c');
  return seed.replace(/([^\n])\n/g, `$1${tag}\n`);
}

function copies(n: number): string {
  return Array.from({ length: n }, (_, k) => variant(k)).join('\n\n');
}

/** A report of about `bytes` UTF-8 bytes: distinct seed copies, cut at a blank line. */
function reportOfSize(bytes: number): string {
  let text = seed;
  for (let k = 1; Buffer.byteLength(text) < bytes; k++) text += '\n\n' + variant(k);
  let cut = text.length;
  while (Buffer.byteLength(text.slice(0, cut)) > bytes) cut = text.lastIndexOf('\n\n', cut - 1);
  return text.slice(0, cut) + '\n';
}

const check = (text: string, cache = new ParseCache()) => checkText(text, env, { uri: 'file:///bench.md', format: 'markdown', rules, cache, config: { ...defaultConfig, maxDocumentSize: 64 * 1024 * 1024 } });

const inputs: Array<[string, string, number]> = [
  ['seed', seed, 30],
  ['seed ×10', copies(10), 10],
  ['seed ×100', copies(100), 3],
  ['1 MB report', reportOfSize(1024 * 1024), 5],
];

console.log(`govreport bench — node ${process.version}, ${rules.length} rules\n`);
console.log('input          chars      parse ms   check ms   check/parse   (chunked parse ms)');
const results: Record<string, { parse: number; check: number }> = {};
for (const [name, text, runs] of inputs) {
  const parse = time(() => processor.parse(text), runs);
  sample();
  const full = time(() => void check(text), runs);
  sample();
  const ourParse = time(() => void new ParseCache().parse(text, 'markdown'), runs);
  results[name] = { parse, check: full };
  console.log(`${name.padEnd(14)} ${String(text.length).padStart(9)}  ${parse.toFixed(1).padStart(9)}  ${full.toFixed(1).padStart(9)}  ${(full / parse).toFixed(2).padStart(11)}   (${ourParse.toFixed(1)})`);
}

const big = inputs[3][1];
const regex = time(() => void big.match(/\d+(?:\.\d+)?\s*%/g), 20);
const cache = new ParseCache();
check(big, cache);
let flip = false;
const mid = big.indexOf('红星美凯龙', big.length >> 1);
const incremental = time(() => {
  flip = !flip;
  const edited = big.slice(0, mid) + (flip ? '红' : '绿') + big.slice(mid + 1);
  check(edited, cache);
}, 20);
sample();

console.log(`\nregex pass over 1 MB:           ${regex.toFixed(2)} ms`);
console.log(`re-check after 1-char edit, 1 MB: ${incremental.toFixed(1)} ms (${(incremental / regex).toFixed(1)}× the regex pass)`);
console.log(`seed ×100 / seed:                ${(results['seed ×100'].check / results.seed.check).toFixed(1)}×`);
console.log(`peak RSS:                        ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
