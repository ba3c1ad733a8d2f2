/**
 * `npm run bench`: the instrument every performance target is measured with.
 * One process, one run, side by side: remark's parse (the floor), markdownlint's default
 * rules, a single regex pass, the full (cold) check, the re-check after a one-character
 * edit, and the language server's memory on a 1 MB report. Figures are CPU time (less
 * sensitive to other load than wall time): medians, except linear growth, which compares
 * amortised costs (see below). Run it on an otherwise idle machine.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { checkText } from '../../server/src/core/check';
import { ParseCache, SourceFormat } from '../../server/src/core/model/parse';
import { activeRules, defaultConfig } from '../../server/src/core/config';
import { buildEnvironment } from '../../server/src/node/environment';
import { positionAt, PULL_CAPABILITIES, startServer, TestClient } from '../helpers/lsp-client';

// Bundled to test/.output/bench.cjs by test/bench/run.mjs.
const root = join(__dirname, '..', '..');
const seed = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');
const env = buildEnvironment({ log: (m) => console.error(m) });
const rules = activeRules(defaultConfig);
const processor = unified().use(remarkParse);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Median CPU milliseconds of `fn` over `runs` runs. V8 needs many runs to optimise the hot
 * code: warm up with as many runs again (at least 10), and collect the garbage from before.
 */
function time(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.max(10, runs); i++) fn();
  gc();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) t.push(cpu(fn));
  return median(t);
}

/**
 * Two functions measured in alternation (so that both see the same machine and the same
 * state of the JIT): their median CPU times and the median of the per-pair ratios b/a.
 */
function paired(a: () => void, b: () => void, runs: number): [number, number, number] {
  for (let i = 0; i < Math.max(10, runs); i++) {
    a();
    b();
  }
  gc();
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = cpu(a);
    const y = cpu(b);
    ta.push(x);
    tb.push(y);
    ratios.push(y / x);
  }
  return [median(ta), median(tb), median(ratios)];
}

/**
 * CPU milliseconds per check over n back-to-back checks of `text` (after one to warm up and a collection of
 * what came before).
 */
function amortised(text: string, n: number): number {
  check(text);
  gc();
  return (
    cpu(() => {
      for (let i = 0; i < n; i++) check(text);
    }) / n
  );
}

function cpu(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Copy k of a text, made distinct so that no paragraph repeats (a parse cache would otherwise
 * see through the repetition): k is written in invisible characters at the end of every
 * line, which changes the source but not the text any rule reads.
 */
function variant(text: string, k: number): string {
  if (k === 0) return text;
  const tag = k.toString(2).replace(/0/g, '\u200b').replace(/1/g, '\u200c');
  return text.replace(/([^\n])\n/g, `$1${tag}\n`);
}

// A report's front matter, body and notes (相关注释). Large inputs repeat the body between one
// front matter and one notes section, as a long report would: repeating the whole seed would
// put every copy after the first inside the notes, where most rules do not look.
const bodyAt = seed.indexOf('各位代表：');
const notesAt = seed.indexOf('## 相关注释');
const [front, body, notes] = [seed.slice(0, bodyAt), seed.slice(bodyAt, notesAt), seed.slice(notesAt)];

/** The seed with its body repeated (distinct copies) until the report has about `size` of `measure`. */
function reportOf(size: number, measure: (s: string) => number): string {
  let text = front + body;
  for (let k = 1; measure(text + variant(body, k) + notes) <= size; k++) text += variant(body, k);
  return text + notes;
}

const copies = (n: number) => reportOf(n * seed.length, (s) => s.length);
const reportOfSize = (bytes: number) => reportOf(bytes, (s) => Buffer.byteLength(s));
const config = { ...defaultConfig, maxDocumentSize: 64 * 1024 * 1024 };
const check = (text: string, cache = new ParseCache()) =>
  checkText(text, env, { uri: 'file:///bench.md', format: 'markdown', rules, cache, config });

/** Peak and current RSS of a process (MB). */
function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

const EDITS = 1000;

/** CPU milliseconds a process has used (from /proc: user + system, in clock ticks of 10 ms). */
function processCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Capabilities of a client that pushes nothing back and tracks no versions (as Neovim 0.7). */
const PUSH_CAPABILITIES = { textDocument: { publishDiagnostics: { relatedInformation: true } } };

interface LoopResult {
  /** Wall milliseconds from didChange until the client holds the diagnostics: median. */
  wall: number;
  /** CPU milliseconds per edit, server and client together (the client's own bookkeeping aside). */
  cpu: number;
  /** Pull answers, or for push: `sent` (diagnostics published) and `kept` (nothing to send). */
  kinds: Record<string, number>;
}

/**
 * `n` edits at `offset` (a character typed, then deleted), each timed from didChange until the
 * client holds that version's diagnostics: pulled with the previous result id, or pushed. A
 * server that has nothing new to push sends nothing; a request that follows the change (an
 * unknown command, answered null) then tells that the change was handled.
 */
async function editLoop(
  client: TestClient,
  uri: string,
  text: string,
  offset: number,
  n: number,
  pull: boolean,
  warm = 400,
): Promise<LoopResult> {
  const at = positionAt(text, offset);
  const after = { line: at.line, character: at.character + 1 };
  let resultId: string | undefined;
  client.open(uri, text);
  if (pull) resultId = (await client.pull(uri)).resultId;
  else await client.diagnostics(uri, (p) => p.version === 1, 120000);
  const kinds: Record<string, number> = {};
  const count = (k: string) => void (kinds[k] = (kinds[k] ?? 0) + 1);
  const times: number[] = [];
  let server0 = 0;
  let client0 = process.cpuUsage();
  // The first `warm` edits warm up (V8 optimises the code an edit runs, on background threads, over
  // the first few hundred edits of a session); the next `n` are measured, as `time` does in-process.
  for (let i = 1; i <= warm + n; i++) {
    if (i === warm + 1) {
      gc();
      server0 = processCpu(client.process.pid!);
      client0 = process.cpuUsage();
      for (const k in kinds) delete kinds[k];
      times.length = 0;
    }
    const version = i + 1;
    const change =
      i % 2 === 1 ? { range: { start: at, end: at }, text: '红' } : { range: { start: at, end: after }, text: '' };
    const t0 = performance.now();
    // The client's copy of the text is not kept up to date: that would be the bench's own work.
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    if (pull) {
      const r = await client.pull(uri, resultId);
      count(r.kind);
      resultId = r.resultId;
    } else {
      await client.connection.sendRequest('workspace/executeCommand', {
        command: 'govreport.bench.sync',
        arguments: [],
      });
      const last = await client.diagnostics(uri);
      count(last.version === version ? 'sent' : 'kept');
    }
    times.push(performance.now() - t0);
  }
  const c = process.cpuUsage(client0);
  const cpu = (processCpu(client.process.pid!) - server0 + (c.user + c.system) / 1000) / n;
  return { wall: median(times), cpu, kinds };
}

async function protocolBench(big: string, quiet: number, moving: number) {
  const uri = 'file:///tmp/govreport-bench/1mb.md';
  const init = { settings: { debounceMs: 0 } };
  const run = async (caps: object, offset: number, n: number, pull: boolean, path?: string, warm?: number) => {
    const client = startServer(path);
    await client.initialize(path ? {} : init, caps);
    const r = await editLoop(client, uri, big, offset, n, pull, warm);
    const mem = memory(client.process.pid!);
    const diagnostics = pull ? [] : (await client.diagnostics(uri)).diagnostics;
    await client.shutdown();
    return { ...r, ...mem, diagnostics };
  };
  // Memory through 1,000 edits that each need a new push (a finding on the edited line moves):
  // 500 to warm up, 500 measured.
  const pushMoving = await run(PUSH_CAPABILITIES, moving, EDITS / 2, false, undefined, EDITS / 2);
  const pushQuiet = await run(PUSH_CAPABILITIES, quiet, 200, false);
  const pullQuiet = await run(PULL_CAPABILITIES, quiet, 200, true);
  const pullMoving = await run(PULL_CAPABILITIES, moving, 200, true);
  // The floor: the same diagnostics from a server that does no work, pushed again on every
  // change, or pulled (`unchanged`).
  const file = join(root, 'test', '.output', 'trivial-diagnostics.json');
  writeFileSync(file, JSON.stringify(pushMoving.diagnostics));
  process.env.GOVREPORT_TRIVIAL_DIAGNOSTICS = file;
  const trivialPath = join(root, 'test', '.output', 'trivial-server.cjs');
  const trivialPush = await run(PUSH_CAPABILITIES, quiet, 200, false, trivialPath);
  const trivialPull = await run(PULL_CAPABILITIES, quiet, 200, true, trivialPath);
  const strip = ({ diagnostics, ...r }: typeof pushQuiet) => (void diagnostics, r);
  return {
    edits: EDITS,
    diagnostics: pushMoving.diagnostics.length,
    pushQuiet: strip(pushQuiet),
    pullQuiet: strip(pullQuiet),
    pushMoving: strip(pushMoving),
    pullMoving: strip(pullMoving),
    trivialPush: strip(trivialPush),
    trivialPull: strip(trivialPull),
  };
}

/**
 * An offset after the first sentence of a body paragraph near the middle with no quotes or figures and no
 * finding within two lines.
 */
function quietSpot(text: string, from: number): number {
  const result = check(text);
  const lines = result.doc!.lines;
  const busy = new Set(result.findings.map((f) => lines.positionAt(f.start).line));
  let offset = text.indexOf('\n', from) + 1;
  for (;;) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end);
    const n = lines.positionAt(offset).line;
    const k = line.indexOf('。');
    if (
      k >= 0 &&
      k + 3 < line.length &&
      !/[“”\d<]/.test(line) &&
      [n - 2, n - 1, n, n + 1, n + 2].every((x) => !busy.has(x))
    )
      return offset + k + 3;
    offset = end + 1;
  }
}

/** `npm run bench -- --protocol`: the protocol and memory figures alone (quicker, for work on the server). */
async function protocolOnly(): Promise<void> {
  const big = reportOfSize(1024 * 1024);
  const regex = time(() => void big.match(/\d+(?:\.\d+)?\s*%/g), 40);
  const proto = await protocolBench(big, quietSpot(big, big.length >> 1), big.indexOf('红星美凯龙', big.length >> 1));
  console.log(`regex pass over 1 MB: ${regex.toFixed(2)} ms`);
  printProtocol(proto, regex);
}

function printProtocol(proto: Awaited<ReturnType<typeof protocolBench>>, regex: number): void {
  const row = (name: string, r: LoopResult, floor: LoopResult) =>
    console.log(
      `  ${name.padEnd(34)} CPU ${r.cpu.toFixed(2).padStart(6)} ms (${(r.cpu / floor.cpu).toFixed(2)}× the floor, ${(r.cpu / regex).toFixed(2)}× a regex pass)  wall ${r.wall.toFixed(2).padStart(6)} ms  ${JSON.stringify(r.kinds)}`,
    );
  console.log(
    `edit → client diagnostics over LSP, 1 MB, ${proto.diagnostics} diagnostics (CPU per edit, server + client; wall median):`,
  );
  row('trivial server, push (floor)', proto.trivialPush, proto.trivialPush);
  row('trivial server, pull (floor)', proto.trivialPull, proto.trivialPull);
  row('push, quiet paragraph', proto.pushQuiet, proto.trivialPush);
  row('pull, quiet paragraph', proto.pullQuiet, proto.trivialPull);
  row('push, a finding on the line moves', proto.pushMoving, proto.trivialPush);
  row('pull, a finding on the line moves', proto.pullMoving, proto.trivialPush);
  console.log(
    `server through ${proto.edits} edits of 1 MB (pushed): RSS ${proto.pushMoving.rss.toFixed(0)} MB, peak ${proto.pushMoving.hwm.toFixed(0)} MB; pulled (200 edits): peak ${proto.pullMoving.hwm.toFixed(0)} MB\n`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--protocol')) return protocolOnly();
  const { lint } = (await import('markdownlint/sync')) as { lint: (o: { strings: Record<string, string> }) => unknown };
  // Inputs are made just before they are measured: a large heap left by the big ones would
  // slow the small measurements.
  const inputs: Array<[string, () => string, number]> = [
    ['seed', () => seed, 300],
    ['seed ×10', () => copies(10), 20],
    ['seed ×100', () => copies(100), 3],
    ['1 MB report', () => reportOfSize(1024 * 1024), 7],
  ];
  const texts = new Map<string, string>();
  const rows: Record<string, { parse: number; check: number; mdlint: number; ratio: number }> = {};
  console.log(`govreport bench — node ${process.version}, ${rules.length} rules, CPU ms (median)\n`);
  console.log('input             chars   remark parse   markdownlint    check   check/parse');
  for (const [name, make, runs] of inputs) {
    const text = make();
    texts.set(name, text);
    const [parse, full, ratio] = paired(
      () => void processor.parse(text),
      () => void check(text),
      runs,
    );
    rows[name] = { parse, check: full, mdlint: NaN, ratio };
  }
  // markdownlint runs its own copy of micromark: measured after the others, so that its use of
  // the shared parser code cannot slow (or speed) remark and the check.
  for (const [name, , runs] of inputs)
    rows[name].mdlint = time(() => void lint({ strings: { bench: texts.get(name)! } }), Math.min(runs, 10));
  for (const [name] of inputs) {
    const text = texts.get(name)!;
    const { parse, check: full, mdlint, ratio } = rows[name];
    console.log(
      `${name.padEnd(14)} ${String(text.length).padStart(8)}  ${parse.toFixed(1).padStart(12)}  ${mdlint.toFixed(1).padStart(12)}  ${full.toFixed(1).padStart(8)}  ${ratio.toFixed(2).padStart(11)}`,
    );
  }

  // Linear growth, the check alone (paired with remark, the check would also pay for
  // remark's garbage). Both sides are amortised costs: CPU per check over back-to-back
  // checks, garbage collection included. A median of single runs would not compare like
  // with like: the seed's collections fall between its 6 ms runs and the median skips them,
  // while every run of the ×100 pays for its own.
  // The ×100 input stops short of 100 times the seed's length by less than one body copy:
  // its cost is scaled to exactly 100 times.
  const x100 = texts.get('seed ×100')!;
  const seedCost = amortised(seed, 1000);
  const x100Cost = amortised(x100, 10);
  const linear = (x100Cost / seedCost) * ((100 * seed.length) / x100.length);

  const big = texts.get('1 MB report')!;
  const regex = time(() => void big.match(/\d+(?:\.\d+)?\s*%/g), 40);
  // One-character edits in the middle of the 1 MB report, each made and then undone: the
  // median over both. A line break inside a paragraph adds a line; a second one (Markdown) or
  // any line break (plain text, one paragraph a line) splits the paragraph in two.
  const mid = big.indexOf('红星美凯龙', big.length >> 1);
  const edits: Array<[string, string, SourceFormat, (t: string) => string]> = [
    ['replace a character', 'replace', 'markdown', (t) => t.slice(0, mid) + '绿' + t.slice(mid + 1)],
    ['type a character', 'type', 'markdown', (t) => t.slice(0, mid) + '红' + t.slice(mid)],
    ['line break in a paragraph', 'line break', 'markdown', (t) => t.slice(0, mid) + '\n' + t.slice(mid)],
    ['split a paragraph (Markdown)', 'split (md)', 'markdown', (t) => t.slice(0, mid) + '\n\n' + t.slice(mid)],
    ['split a paragraph (plain text)', 'split (txt)', 'plaintext', (t) => t.slice(0, mid) + '\n' + t.slice(mid)],
  ];
  const incremental: Record<string, number> = {};
  for (const [name, , format, edit] of edits) {
    const cache = new ParseCache();
    const edited = edit(big);
    const run = (text: string) => checkText(text, env, { uri: 'file:///bench.md', format, rules, cache, config });
    run(big);
    let flip = false;
    incremental[name] = time(() => {
      flip = !flip;
      run(flip ? edited : big);
    }, 60);
  }
  // Over the protocol: a character typed in the 1 MB report and deleted again, from the
  // client's didChange until it holds that version's diagnostics, with the server pushing them
  // (Neovim) or the client pulling them (VS Code); and the same with a server that does no
  // work (the floor). Two places: a quiet paragraph (no finding moves: nothing to resend) and
  // the middle edit above (a finding on the same line moves: every diagnostic is resent).
  // Targets on CPU time per edit, server and client together; wall times for reference.
  const proto = await protocolBench(big, quietSpot(big, big.length >> 1), mid);
  const s = rows.seed;
  const targets: Array<[string, number, string, boolean]> = [
    ['cold check of the seed / remark parse', s.ratio, '≤ 1.3', s.ratio <= 1.3],
    ['cold check of 1 MB / remark parse', rows['1 MB report'].ratio, '≤ 1.3', rows['1 MB report'].ratio <= 1.3],
    ['seed ×100 / seed (linear growth, check alone)', linear, '≤ 110', linear <= 110],
    ...edits.map(([name, short]): [string, number, string, boolean] => [
      `re-check, 1 MB, ${short} / regex pass`,
      incremental[name] / regex,
      '≤ 10',
      incremental[name] / regex <= 10,
    ]),
    [
      'edit → client diagnostics, LSP push, CPU / regex pass',
      proto.pushQuiet.cpu / regex,
      '≤ 10',
      proto.pushQuiet.cpu / regex <= 10,
    ],
    [
      'edit → client diagnostics, LSP pull, CPU / regex pass',
      proto.pullQuiet.cpu / regex,
      '≤ 10',
      proto.pullQuiet.cpu / regex <= 10,
    ],
    [
      `server peak memory through ${proto.edits} edits of 1 MB (MB)`,
      proto.pushMoving.hwm,
      '≤ 200',
      proto.pushMoving.hwm <= 200,
    ],
  ];
  console.log(`\ncheck, amortised: seed ${seedCost.toFixed(2)} ms, seed ×100 ${x100Cost.toFixed(0)} ms`);
  console.log(`regex pass over 1 MB:                 ${regex.toFixed(2)} ms`);
  for (const [name] of edits)
    console.log(`re-check on 1 MB, ${name}:`.padEnd(48) + `${incremental[name].toFixed(2)} ms`);
  printProtocol(proto, regex);
  for (const [what, value, target, ok] of targets)
    console.log(`${ok ? 'ok  ' : 'MISS'} ${what.padEnd(52)} ${value.toFixed(2).padStart(8)}  (target ${target})`);
  mkdirSync(join(root, 'test', '.output'), { recursive: true });
  writeFileSync(
    join(root, 'test', '.output', 'bench.json'),
    JSON.stringify({ rows, seedCost, x100Cost, linear, regex, incremental, proto, targets }, null, 2),
  );
}

void main();
