/**
 * The LSP features beyond diagnostics, over stdio against the bundled server: outline and
 * folding, hover, definition, references, completion, and the commands (annotate through
 * workspace/applyEdit, figures, checkFiles), plus `.govreportrc.json` in the workspace root.
 * No sleeps: every wait is on a message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  TextEdit,
} from 'vscode-languageserver';
import { repoRoot, startServer, TestClient } from '../helpers/lsp-client';
import { SEED_GAPS } from '../helpers/seed-terms';

const seedPath = join(repoRoot, 'seeds', 'yanhu-2022.md');
const seed = readFileSync(seedPath, 'utf8');
const uri = 'file:///tmp/govreport-features/yanhu-2022.md';
const BROKEN = 'structure/broken-paragraph';

/** LSP position (UTF-16) of the first `needle` at or after line `fromLine`, plus `delta` characters. */
function positionOf(text: string, needle: string, delta = 0, fromLine = 0): { line: number; character: number } {
  const lines = text.split('\n');
  for (let i = fromLine; i < lines.length; i++) {
    const k = lines[i].indexOf(needle);
    if (k >= 0) return { line: i, character: k + delta };
  }
  throw new Error(`not found: ${needle}`);
}

async function withServer(
  fn: (client: TestClient) => Promise<void>,
  init?: { options?: unknown; params?: object },
): Promise<void> {
  const client = startServer();
  try {
    await client.initialize(init?.options ?? {}, {}, init?.params ?? {});
    await fn(client);
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr.join(''));
  }
}

const request = <T>(client: TestClient, method: string, params: unknown) =>
  client.connection.sendRequest(method, params) as Promise<T>;

test('outline (documentSymbol) and foldingRange on the seed', async () => {
  await withServer(async (client) => {
    client.open(uri, seed);
    await client.diagnostics(uri, (p) => p.version === 1);
    const symbols = await request<DocumentSymbol[]>(client, 'textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.range.start.line]),
      [
        ['一、2021年工作回顾', 1, 13],
        ['二、2022 年工作安排', 1, 43],
        ['三、全面加强政府自身建设', 1, 175],
        ['相关注释', 1, 195],
      ],
      'the four parts, as pages (File)',
    );
    const [review, plan, self] = symbols;
    // The review part's two runs of items, each under the paragraph that introduces it (Enum).
    assert.deepEqual(
      review.children!.map((c) => [c.kind, c.children!.length]),
      [
        [10, 6],
        [10, 4],
      ],
    );
    assert.deepEqual(
      review.children![0].children!.slice(0, 2).map((c) => c.name),
      ['一是综合实力稳步增强', '二是城市品质显著提升'],
    );
    // Part two: the ten sections (一)…(十), as headings (String), in order.
    const sections = plan.children!;
    assert.equal(sections.length, 10);
    assert.ok(sections.every((s) => s.kind === 15));
    assert.equal(sections[0].name, '（一）突出转型发展，着力构建现代产业新体系');
    assert.equal(sections[0].range.start.line, 57);
    assert.equal(sections[9].name, '（十）统筹发展安全，全力营造和谐稳定新环境');
    assert.equal(self.children![0].name, '一是强化政治引领，提升政治能力');
    // Every child lies inside its parent; selection ranges inside ranges.
    const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
      a.line < b.line || (a.line === b.line && a.character <= b.character);
    const walk = (s: DocumentSymbol) => {
      assert.ok(before(s.range.start, s.selectionRange.start) && before(s.selectionRange.end, s.range.end), s.name);
      for (const c of s.children ?? []) {
        assert.ok(
          before(s.range.start, c.range.start) && before(c.range.end, s.range.end),
          `${c.name} inside ${s.name}`,
        );
        walk(c);
      }
    };
    symbols.forEach(walk);

    const folding = await request<FoldingRange[]>(client, 'textDocument/foldingRange', { textDocument: { uri } });
    assert.equal(folding.length, 14, 'four parts and ten sections');
    assert.ok(folding.every((f) => f.endLine > f.startLine && f.kind === 'region'));
    for (const s of [...symbols, ...sections]) {
      assert.ok(
        folding.some((f) => f.startLine === s.range.start.line && f.endLine === s.range.end.line),
        `a fold for ${s.name}`,
      );
    }
  });
});

test('hover, definition and references for terms', async () => {
  await withServer(async (client) => {
    client.open(uri, seed);
    await client.diagnostics(uri, (p) => p.version === 1);
    const at = positionOf(seed, '“六稳”', 1);
    assert.equal(at.line, 15, 'the first “六稳” is in the body');
    const liuwen = await request<Hover>(client, 'textDocument/hover', { textDocument: { uri }, position: at });
    const value = (h: Hover) => (h.contents as { value: string }).value;
    assert.match(value(liuwen), /稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期/);
    assert.match(value(liuwen), /本文注释第 1 条/);
    assert.deepEqual(liuwen.range, { start: at, end: { line: 15, character: at.character + 2 } });
    const shisiwu = await request<Hover>(client, 'textDocument/hover', {
      textDocument: { uri },
      position: positionOf(seed, '“十四五”', 1),
    });
    assert.match(value(shisiwu), /全国通用提法/);
    assert.match(value(shisiwu), /2021/);
    assert.equal(
      await request(client, 'textDocument/hover', { textDocument: { uri }, position: positionOf(seed, '各位代表', 1) }),
      null,
      'plain prose: no hover',
    );

    // Definition: body “六稳” → the headword of note 1.
    const note1 = positionOf(seed, '1. “六稳”：', 4);
    const def = await request<Location>(client, 'textDocument/definition', { textDocument: { uri }, position: at });
    assert.deepEqual(def, { uri, range: { start: note1, end: { line: note1.line, character: note1.character + 2 } } });
    assert.ok(note1.line > 195);

    // References from the headword: every body use (and the headword itself when asked).
    const refs = await request<Location[]>(client, 'textDocument/references', {
      textDocument: { uri },
      position: note1,
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      refs.map((r) => [r.range.start.line, r.range.start.character, r.range.end.character]),
      [
        [note1.line, note1.character, note1.character + 2],
        [15, at.character, at.character + 2],
        [47, 174, 176],
      ],
    );
    const lines = seed.split('\n');
    for (const r of refs)
      assert.equal(lines[r.range.start.line].slice(r.range.start.character, r.range.end.character), '六稳');
    const bodyOnly = await request<Location[]>(client, 'textDocument/references', {
      textDocument: { uri },
      position: note1,
      context: { includeDeclaration: false },
    });
    assert.deepEqual(bodyOnly, refs.slice(1));
  });
});

test('completion after “: the document’s notes first, then the glossaries', async () => {
  await withServer(async (client) => {
    client.open(uri, seed);
    await client.diagnostics(uri, (p) => p.version === 1);
    // Type `扎实做好“` on a new line before part one, then `六`.
    const where = positionOf(seed, '## 一、');
    client.change(uri, 2, [{ range: { start: where, end: where }, text: '扎实做好“\n\n' }]);
    const afterQuote = { line: where.line, character: 5 };
    const all = await request<CompletionItem[]>(client, 'textDocument/completion', {
      textDocument: { uri },
      position: afterQuote,
      context: { triggerKind: 2, triggerCharacter: '“' },
    });
    assert.ok(all.length > 36, `${all.length} items`);
    assert.deepEqual(
      all.slice(0, 3).map((c) => [c.label, c.detail]),
      [
        ['六稳', '本文注释第 1 条'],
        ['六保', '本文注释第 2 条'],
        ['专精特新', '本文注释第 3 条'],
      ],
    );
    assert.ok(
      all.some((c) => c.label === '十四五' && /全国通用提法/.test(c.detail ?? '')),
      'national terms follow',
    );
    assert.deepEqual((all[0].textEdit as TextEdit).range, { start: afterQuote, end: afterQuote });
    assert.equal((all[0].textEdit as TextEdit).newText, '六稳”');

    client.change(uri, 3, [{ range: { start: afterQuote, end: afterQuote }, text: '六' }]);
    const end = { line: where.line, character: 6 };
    const six = await request<CompletionItem[]>(client, 'textDocument/completion', {
      textDocument: { uri },
      position: end,
      context: { triggerKind: 1 },
    });
    assert.deepEqual(six.map((c) => c.label).slice(0, 3), ['六稳', '六保', '六乱']);
    assert.ok(six.every((c) => c.label.startsWith('六')));
    assert.deepEqual((six[0].textEdit as TextEdit).range, { start: afterQuote, end });
    assert.match((six[0].documentation as { value: string }).value, /稳就业/);
    // Not after a quote: nothing.
    assert.deepEqual(
      await request(client, 'textDocument/completion', {
        textDocument: { uri },
        position: { line: where.line, character: 2 },
      }),
      [],
    );
  });
});

test('govreport.annotate: the edit comes as workspace/applyEdit; a second run changes nothing', async () => {
  await withServer(async (client) => {
    const stripped = seed.slice(0, seed.indexOf('## 相关注释')).trimEnd() + '\n';
    const sUri = 'file:///tmp/govreport-features/stripped.md';
    client.open(sUri, stripped);
    const v1 = await client.diagnostics(sUri, (p) => p.version === 1);
    assert.deepEqual(
      v1.diagnostics.filter((d) => d.code === 'terms/undefined').length > 0,
      true,
      'without notes, terms are undefined',
    );
    const message = await request<string>(client, 'workspace/executeCommand', {
      command: 'govreport.annotate',
      arguments: [sUri],
    });
    assert.match(message, /相关注释已更新：共 39 条，新增 39 条（其中 4 条待补充释义）/);
    assert.equal(client.applyEdits.length, 1, 'one workspace/applyEdit');
    assert.match(client.applyEdits[0].label ?? '', /相关注释/);
    assert.deepEqual(Object.keys(client.applyEdits[0].edit.changes ?? {}), [sUri]);
    const doc = client.texts.get(sUri)!;
    assert.equal(doc.version, 2);
    assert.ok(doc.text.startsWith(stripped), 'the body is untouched');
    assert.match(doc.text, /\n## 相关注释\n\n1\. “五抓一优一促”：（待补充释义）\n\n2\. “六稳”：稳就业/);
    const notes = [...doc.text.slice(stripped.length).matchAll(/^(\d+)\. (.*)$/gm)];
    assert.deepEqual(
      notes.map((m) => Number(m[1])),
      Array.from({ length: 39 }, (_, i) => i + 1),
    );
    assert.match(notes[38][2], /^“13710”督办平台：/);
    for (const gap of SEED_GAPS)
      assert.ok(
        notes.some((m) => m[2] === `“${gap}”：（待补充释义）`),
        gap,
      );

    // The placeholders are still flagged, now as placeholders, at version 2.
    const v2 = await client.diagnostics(sUri, (p) => p.version === 2);
    const undef = v2.diagnostics.filter((d) => d.code === 'terms/undefined');
    assert.equal(undef.length, SEED_GAPS.length);
    for (const d of undef) assert.match(d.message, /还没有释义/);

    const again = await request<string>(client, 'workspace/executeCommand', {
      command: 'govreport.annotate',
      arguments: [{ uri: sUri }],
    });
    assert.match(again, /已是最新/);
    assert.equal(client.applyEdits.length, 1, 'no second edit');
    assert.equal(client.texts.get(sUri)!.version, 2);

    // A document the server does not have: a message, no edit.
    const missing = await request<string>(client, 'workspace/executeCommand', {
      command: 'govreport.annotate',
      arguments: ['file:///tmp/not-open.md'],
    });
    assert.match(missing, /没有找到要生成注释的文档/);
    assert.equal(client.applyEdits.length, 1);
  });
});

test('govreport.figures returns the seed’s rows; hover on a figure explains it', async () => {
  await withServer(async (client) => {
    client.open(uri, seed);
    await client.diagnostics(uri, (p) => p.version === 1);
    const r = await request<{
      uri: string;
      rows: Array<{
        indicator: string;
        value: string;
        change: string;
        period: string;
        [column: string]: unknown;
        range: { startLine: number; start: number; end: number };
      }>;
      message?: string;
    }>(client, 'workspace/executeCommand', {
      command: 'govreport.figures',
      arguments: [uri],
    });
    assert.equal(r.uri, uri);
    assert.equal(r.message, undefined);
    assert.ok(r.rows.length > 50, `${r.rows.length} rows`);
    const gdp = r.rows.find((row) => row.indicator === '地区生产总值' && String(row.value).includes('359.8'));
    assert.ok(gdp, 'a row for 地区生产总值 359.8 亿元');
    assert.equal(gdp.value, '359.8 亿元');
    assert.equal(gdp.change, '增长 8.1%');
    assert.match(gdp.period, /2021/);
    assert.equal(gdp.range.startLine, 17);
    assert.equal(seed.slice(gdp.range.start, gdp.range.end).includes('359.8'), true);
    // Hover on the figure shows what the tool understood.
    const hover = await request<Hover>(client, 'textDocument/hover', {
      textDocument: { uri },
      position: positionOf(seed, '359.8', 1),
    });
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /地区生产总值/);
    assert.match(text, /359\.8/);
    assert.match(text, /8\.1%/);
    assert.match(text, /2021/);
    const none = await request<{ rows: unknown[]; message?: string }>(client, 'workspace/executeCommand', {
      command: 'govreport.figures',
      arguments: ['file:///tmp/not-open.md'],
    });
    assert.deepEqual(none.rows, []);
    assert.match(none.message ?? '', /没有找到/);
  });
});

test('govreport.checkFiles publishes the diagnostics of a file on disk, the same as when open', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-checkfiles-'));
  const path = join(dir, 'yanhu-2022.md');
  copyFileSync(seedPath, path);
  const fileUri = pathToFileURL(path).href;
  await withServer(async (client) => {
    const r = await request<{ reports: number; findings: number }>(client, 'workspace/executeCommand', {
      command: 'govreport.checkFiles',
      arguments: [[fileUri, pathToFileURL(join(dir, 'missing.md')).href, 'untitled:Untitled-1']],
    });
    const published = await client.diagnostics(fileUri);
    assert.equal(r.reports, 1);
    assert.equal(r.findings, published.diagnostics.length);
    assert.equal(published.diagnostics.filter((d) => d.code === BROKEN).length, 23);
    // The same findings as the open document.
    client.open(uri, seed);
    const open = await client.diagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(published.diagnostics, open.diagnostics);
    // Open documents are left to their own diagnostics.
    const skipped = await request<{ reports: number }>(client, 'workspace/executeCommand', {
      command: 'govreport.checkFiles',
      arguments: [uri],
    });
    assert.equal(skipped.reports, 0);
  });
});

test('.govreportrc.json in the workspace root: its errors are diagnostics on it; a rule turned off loses its findings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-rc-'));
  const rcPath = join(dir, '.govreportrc.json');
  const rcUri = pathToFileURL(rcPath).href;
  const rcText = '{\n  "rules": { "structure/no-such-rule": "off" },\n  "colour": "red"\n}\n';
  writeFileSync(rcPath, rcText);
  const docPath = join(dir, 'yanhu-2022.md');
  copyFileSync(seedPath, docPath);
  const docUri = pathToFileURL(docPath).href;
  await withServer(
    async (client) => {
      const rc = await client.diagnostics(rcUri);
      const where = (d: Diagnostic) =>
        rcText.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);
      assert.deepEqual(rc.diagnostics.map((d) => [d.severity, d.code, where(d)]).sort(), [
        [1, 'config', '"colour"'],
        [1, 'config', '"structure/no-such-rule"'],
      ]);
      assert.ok(rc.diagnostics.some((d) => /未知的配置项“colour”/.test(d.message)));
      assert.ok(rc.diagnostics.some((d) => /未知的规则“structure\/no-such-rule”/.test(d.message)));

      client.open(docUri, seed);
      const before = await client.diagnostics(docUri, (p) => p.version === 1);
      assert.equal(before.diagnostics.filter((d) => d.code === BROKEN).length, 23);

      // Fix the file and turn the rule off; the editor reports the change on disk.
      writeFileSync(rcPath, '{ "rules": { "structure/broken-paragraph": "off" } }\n');
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: rcUri, type: 2 }],
      });
      const cleared = await client.diagnostics(rcUri, (p) => p.diagnostics.length === 0);
      assert.deepEqual(cleared.diagnostics, []);
      const after = await client.diagnostics(docUri, (p) => !p.diagnostics.some((d) => d.code === BROKEN));
      assert.deepEqual(
        after.diagnostics,
        before.diagnostics.filter((d) => d.code !== BROKEN),
        'only that rule’s findings go',
      );
    },
    { params: { rootUri: pathToFileURL(dir).href } },
  );
});

// Deleting a broken `.govreportrc.json` must take its errors out of the Problems panel.
test('deleting a broken .govreportrc.json clears its diagnostics', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-rc-deleted-'));
  const rcPath = join(dir, '.govreportrc.json');
  const rcUri = pathToFileURL(rcPath).href;
  writeFileSync(rcPath, '{ "colour": 1 }\n');
  await withServer(
    async (client) => {
      assert.equal((await client.diagnostics(rcUri)).diagnostics.length, 1);
      unlinkSync(rcPath);
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: rcUri, type: 3 }],
      });
      // Messages are handled in order: once this document's diagnostics are in, the server is done with the deletion.
      client.open(uri, seed);
      await client.diagnostics(uri, (p) => p.version === 1);
      assert.deepEqual((await client.diagnostics(rcUri)).diagnostics, [], 'the deleted file’s errors are cleared');
    },
    { params: { rootUri: pathToFileURL(dir).href } },
  );
});
