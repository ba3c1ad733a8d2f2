/**
 * Soak (issue 7): random incremental edits to the seed over LSP, with checks in between.
 *   quick (default): 400 edits, a checkpoint every 25 edits
 *   long (GOVREPORT_SOAK=long): 10,000 edits, a checkpoint every 250 edits
 * The client keeps its own copy of the text with the same edits (UTF-16 positions). At each
 * checkpoint it waits for the diagnostics of the latest version and compares them with a fresh
 * check of the same text by a second server (the document opened anew); at the end also with
 * the CLI. The server must not crash or log failures, and its RSS (/proc/<pid>/status VmRSS)
 * must stay bounded. The random seed is printed; GOVREPORT_SOAK_SEED=<n> replays a run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { positionAt, repoRoot, startServer, TestClient } from '../helpers/lsp-client';

const LONG = process.env.GOVREPORT_SOAK === 'long';
const EDITS = Number(process.env.GOVREPORT_SOAK_EDITS ?? (LONG ? 10_000 : 400));
const CHECK_EVERY = LONG ? 250 : 25;
const SEED = Number(process.env.GOVREPORT_SOAK_SEED ?? 20220107);
/** RSS growth bound (MB) from after the open to the end. */
const MAX_GROWTH_MB = LONG ? 300 : 150;

const seedText = readFileSync(join(repoRoot, 'seeds', 'yanhu-2022.md'), 'utf8');
const uri = 'file:///tmp/govreport-soak/yanhu-2022.md';

/** mulberry32: small, fast, reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '\n',
  '\n\n',
  '\n\n\n',
  '**',
  '# ',
  '## ',
  '### ',
  '- ',
  '1. ',
  '> ',
  '“',
  '”',
  '。',
  '，',
  '；',
  '：',
  '、',
  '“六稳”',
  '“六保”',
  '“十四五”',
  '“五抓一优一促”',
  '“新词语”',
  '（一）',
  '（十一）',
  '一是',
  '二是',
  '地区生产总值完成359.8亿元，增长8.1%。',
  '增长 12.5%',
  '下降3个百分点',
  '2022年',
  '2035 年',
  '１２３',
  '各位代表',
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '全面贯彻新发展理念',
  '扎实做好“六稳”工作',
  '## 相关注释\n\n1. “新词”：释义。',
  '**10. “2345”工作机制：**',
  '—',
  '……',
  '😀',
  '𠀀',
  'abc',
  ' ',
  '\t',
  '<br>',
  '`code`',
];

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  assert.ok(m, 'VmRSS in /proc/<pid>/status');
  return Number(m[1]);
}

/** What must match between two checks of the same text (not the URI in related information). */
function comparable(ds: Diagnostic[]) {
  return ds.map((d) => ({
    range: d.range,
    severity: d.severity,
    code: d.code,
    message: d.message,
    data: d.data,
    related: d.relatedInformation?.map((r) => ({ range: r.location.range, message: r.message })),
  }));
}

test(`soak: ${EDITS} random edits over LSP (${LONG ? 'long' : 'quick'} form)`, async (t) => {
  t.diagnostic(`seed ${SEED} (GOVREPORT_SOAK_SEED=${SEED} replays this run)`);
  const random = prng(SEED);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  /** Never between the halves of a surrogate pair: editors do not put the cursor there. */
  const snap = (text: string, offset: number) => {
    const c = text.charCodeAt(offset);
    return offset > 0 && offset < text.length && c >= 0xdc00 && c <= 0xdfff ? offset - 1 : offset;
  };

  const server = startServer();
  const fresh = startServer();
  let freshVersion = 0;
  /** Diagnostics of `text` from the second server, the document opened anew (no parse cache). */
  async function freshCheck(text: string): Promise<Diagnostic[]> {
    const v = ++freshVersion;
    const u = 'file:///tmp/govreport-soak-fresh/yanhu-2022.md';
    fresh.open(u, text, 'markdown', v);
    const p = await fresh.diagnostics(u, (x) => x.version === v, 120000);
    void fresh.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    return p.diagnostics;
  }

  const started = Date.now();
  let text = seedText;
  let version = 1;
  let changes = 0;
  let checkpoints = 0;
  let last: Diagnostic[] = [];
  const rss: number[] = [];
  try {
    await server.initialize({ settings: { debounceMs: 0 } });
    await fresh.initialize({ settings: { debounceMs: 0 } });
    server.open(uri, text);
    const first = await server.diagnostics(uri, (p) => p.version === 1, 60000);
    assert.ok(first.diagnostics.length > 0);
    rss.push(rssKb(server.process.pid!));

    for (let i = 1; i <= EDITS; i++) {
      // One notification carries one to three changes, each against the text left by the previous one.
      const n = random() < 0.85 ? 1 : 2 + int(2);
      const contentChanges: Array<{ range: Diagnostic['range']; text: string }> = [];
      for (let k = 0; k < n; k++) {
        const size = text.length;
        const shrink = size > 2 * seedText.length;
        const grow = size < seedText.length / 2;
        const r = random();
        let start = snap(text, int(size + 1));
        let end = start;
        let insert = '';
        if (grow || (!shrink && r < 0.4)) {
          // Insert a snippet, or a span of the seed (keeps the text report-like).
          if (random() < 0.3) {
            const s = int(seedText.length);
            insert = seedText.slice(s, s + 1 + int(grow ? 2000 : 300));
          } else insert = pick(SNIPPETS);
        } else if (shrink || r < 0.72) {
          end = snap(text, Math.min(size, start + 1 + (random() < 0.05 ? int(800) : int(30))));
        } else {
          end = snap(text, Math.min(size, start + 1 + int(20)));
          insert = random() < 0.5 ? pick(SNIPPETS) : pick(SNIPPETS) + pick(SNIPPETS);
        }
        if (insert.length > 0 && insert.charCodeAt(0) >= 0xdc00 && insert.charCodeAt(0) <= 0xdfff)
          insert = insert.slice(1);
        if (insert.length > 0 && /[\ud800-\udbff]$/.test(insert)) insert = insert.slice(0, -1);
        if (start > end) [start, end] = [end, start];
        contentChanges.push({ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert });
        text = text.slice(0, start) + insert + text.slice(end);
      }
      version++;
      changes += contentChanges.length;
      server.change(uri, version, contentChanges);

      if (i % CHECK_EVERY === 0 || i === EDITS) {
        const v = version;
        const got = await server.diagnostics(uri, (p) => p.version === v, 120000);
        assert.equal(server.texts.get(uri)!.text, text, 'the helper’s copy agrees with ours');
        last = got.diagnostics;
        for (const d of last) {
          assert.ok(d.range.start.line >= 0 && d.range.start.character >= 0, JSON.stringify(d.range));
          assert.ok(d.range.end.line <= positionAt(text, text.length).line, 'inside the document');
        }
        assert.deepEqual(
          comparable(last),
          comparable(await freshCheck(text)),
          `checkpoint after edit ${i} (version ${v}, seed ${SEED})`,
        );
        checkpoints++;
        rss.push(rssKb(server.process.pid!));
      }
    }
    const elapsed = Date.now() - started;

    // The last published diagnostics equal a fresh full check of the final text by the CLI.
    const dir = mkdtempSync(join(tmpdir(), 'govreport-soak-'));
    const file = join(dir, 'final.md');
    writeFileSync(file, text);
    const cli = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', '--lang', 'zh-cn', file],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    const fromCli = (JSON.parse(cli.stdout) as { files: Array<{ diagnostics: Diagnostic[] }> }).files[0].diagnostics;
    const pick4 = (ds: Diagnostic[]) =>
      ds.map((d) => ({ range: d.range, code: d.code, message: d.message, severity: d.severity }));
    assert.deepEqual(pick4(last), pick4(fromCli), `final text (${file}) vs the CLI, seed ${SEED}`);

    // No crash, nothing logged as failed.
    assert.equal(server.process.exitCode, null, 'the server is still running');
    const failures = server.logs.filter((m) => /fail|error|exception/i.test(m));
    assert.deepEqual(failures, []);

    const mb = (kb: number) => (kb / 1024).toFixed(1);
    const growth = rss[rss.length - 1] - rss[0];
    t.diagnostic(
      `${EDITS} edits (${changes} changes) in ${elapsed} ms, ${checkpoints} checkpoints; final text ${text.length} chars, ${last.length} diagnostics; ` +
        `RSS MB: after open ${mb(rss[0])}, first checkpoint ${mb(rss[1])}, end ${mb(rss[rss.length - 1])}, max ${mb(Math.max(...rss))}, growth ${mb(growth)}`,
    );
    assert.ok(growth < MAX_GROWTH_MB * 1024, `RSS grew ${mb(growth)} MB (bound ${MAX_GROWTH_MB} MB)`);
  } finally {
    const codes = await Promise.all([shutdown(server), shutdown(fresh)]);
    assert.deepEqual(codes, [0, 0], server.stderr.join('') + fresh.stderr.join(''));
  }
});

async function shutdown(client: TestClient): Promise<number | null> {
  if (client.process.exitCode !== null) return client.process.exitCode;
  return client.shutdown();
}
