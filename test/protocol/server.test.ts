/** Spawns the bundled server over stdio and speaks LSP to it. No sleeps: every wait is on a message. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, startServer } from '../helpers/lsp-client';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';

const seed = readFileSync(join(repoRoot, 'seeds', 'yanhu-2022.md'), 'utf8');
const uri = 'file:///tmp/govreport-protocol/yanhu-2022.md';
const ours = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'structure/broken-paragraph');

test('diagnostics, incremental changes, quick fixes and fix-all over stdio', async () => {
  const client = startServer();
  try {
    const init = await client.initialize();
    const sync = init.capabilities.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, 2, 'incremental sync');
    client.open(uri, seed);
    const first = await client.diagnostics(uri, (p) => p.version === 1);
    const breaks = ours(first.diagnostics);
    assert.equal(breaks.length, 23);
    for (const d of first.diagnostics) {
      assert.equal(d.source, 'govreport');
      assert.match(d.message, /[\u4e00-\u9fff]/);
    }
    const d0 = breaks[0];
    assert.deepEqual(d0.range.start, { line: 19, character: 109 });
    assert.equal(d0.severity, 2);
    const dup = breaks.find((d) => d.severity === 1)!;
    assert.equal(dup.range.start.line, 137);

    // The quick fix, computed from the server's current result when asked for.
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d0.range,
      context: { diagnostics: [d0], only: ['quickfix'] },
    })) as CodeAction[];
    // The rule's own fix, then the switch that turns the check off there (every finding has it).
    assert.deepEqual(
      actions.map((a) => a.kind),
      ['quickfix', 'quickfix'],
    );
    assert.match(actions[0].title, /合并第 20 行与第 22 行/);
    assert.equal(actions[1].title, '在此处关闭此检查（structure/broken-paragraph）');
    assert.deepEqual(actions[1].edit!.changes![uri], [
      {
        range: { start: { line: 19, character: 0 }, end: { line: 19, character: 0 } },
        newText: '<!-- govreport-disable-next-line structure/broken-paragraph -->\n',
      },
    ]);
    const edits = actions[0].edit!.changes![uri];
    assert.deepEqual(edits, [
      { range: { start: { line: 19, character: 110 }, end: { line: 21, character: 0 } }, newText: '' },
    ]);

    // Apply it as an editor would (incremental change); the finding goes away at version 2.
    client.change(uri, 2, [{ range: edits[0].range, text: '' }]);
    const second = await client.diagnostics(uri, (p) => p.version === 2);
    assert.equal(ours(second.diagnostics).length, 22);
    assert.ok(!second.diagnostics.some((d) => d.message.includes('第 20 行')));

    // Rapid changes: only the last version's diagnostics matter; stale ones are never published after it.
    client.change(uri, 3, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' },
    ]);
    client.change(uri, 4, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }]);
    const fourth = await client.diagnostics(uri, (p) => p.version === 4);
    assert.equal(ours(fourth.diagnostics).length, 22);

    // Fix-all: one source action with every safe edit.
    const all = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(all.length, 1);
    assert.equal(all[0].kind, 'source.fixAll.govreport');
    const allEdits = all[0].edit!.changes![uri].map((e) => JSON.stringify(e));
    // Diagnostics carry no fix (a smaller payload): each one's quick fix is asked for.
    assert.ok(fourth.diagnostics.every((d) => d.data === undefined));
    const joinEdits = new Set<string>();
    for (const d of ours(fourth.diagnostics)) {
      const fixes = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      })) as CodeAction[];
      // The finding's own fix (preferred), and 在此处关闭此检查 that every finding gets.
      const own = fixes.filter((f) => f.isPreferred);
      assert.equal(own.length, 1, `one quick fix of its own for ${d.message}`);
      assert.ok(
        fixes.some((f) => /在此处关闭此检查/.test(f.title)),
        `the switch for ${d.message}`,
      );
      for (const e of own[0].edit!.changes![uri]) joinEdits.add(JSON.stringify(e));
    }
    assert.equal(joinEdits.size, 21, 'the 21 remaining joins (the one that drops the duplicate is one edit)');
    for (const e of joinEdits) assert.ok(allEdits.includes(e), `fix-all includes ${e}`);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('the server survives empty, binary, huge and pathological documents', async () => {
  const client = startServer();
  try {
    await client.initialize();
    const cases: Array<[string, string]> = [
      ['empty.md', ''],
      ['binary.md', '\u0000\u0001\u0002PNG\u0000'.repeat(100)],
      ['long-line.md', '甲'.repeat(1_000_000)],
      ['quotes.md', '“'.repeat(100_000)],
      ['nested.md', '> '.repeat(500) + '- '.repeat(500) + '内容'],
      ['crlf.txt', '第一行，\r\n\r\n第二行。\r\n'],
      ['huge.md', '各位代表，'.repeat(2_200_000)],
    ];
    for (const [name, text] of cases)
      client.open(`file:///tmp/p/${name}`, text, name.endsWith('.txt') ? 'plaintext' : 'markdown');
    for (const [name, text] of cases) {
      const p = await client.diagnostics(`file:///tmp/p/${name}`, () => true, 60000);
      for (const d of p.diagnostics) assert.ok(d.range.start.line >= 0);
      if (name === 'binary.md') assert.match(p.diagnostics[0].message, /不是文本/);
      if (name === 'huge.md') assert.match(p.diagnostics[0].message, /超过检查上限/, `${text.length} chars`);
    }
    // Still answering after all of that.
    client.open('file:///tmp/p/after.md', seed);
    const after = await client.diagnostics('file:///tmp/p/after.md');
    assert.equal(ours(after.diagnostics).length, 23);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});
