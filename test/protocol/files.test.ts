/**
 * Word, PDF and encodings in the language server, over stdio against the bundled server:
 * a report opened with the wrong encoding gets one finding; the import and export commands;
 * a Word file named as template is converted, and a broken one reported on that file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as iconv from 'iconv-lite';
import { repoRoot, startServer, TestClient } from '../helpers/lsp-client';
import { ReportDocument } from '../../server/src/core/model/document';

const seed = readFileSync(join(repoRoot, 'seeds', 'yanhu-2022.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'govreport-files-'));

async function withServer(fn: (client: TestClient) => Promise<void>, options: unknown = {}): Promise<void> {
  const client = startServer();
  try {
    await client.initialize(options);
    await fn(client);
  } finally {
    assert.equal(await client.shutdown(), 0, client.stderr.join(''));
  }
}

const command = <T>(client: TestClient, name: string, args: unknown[]) =>
  client.connection.sendRequest('workspace/executeCommand', { command: name, arguments: args }) as Promise<T>;
const texts = (markdown: string) => new ReportDocument('file:///x.md', markdown, 'markdown').blocks.map((b) => b.text);

test('a GBK report opened as UTF-8 gets one finding that says to reopen it as GB18030', async () => {
  const garbled = new TextDecoder().decode(iconv.encode(seed, 'gbk'));
  await withServer(async (client) => {
    const uri = 'file:///tmp/govreport-files/gbk.md';
    client.open(uri, garbled);
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'general/document');
    assert.match(diagnostics[0].message, /错误的编码.+通过编码重新打开.+GB18030/);
  });
});

test('export to Word and import it back through the server commands; a broken file gets a Chinese message', async () => {
  await withServer(async (client) => {
    const uri = pathToFileURL(join(dir, '2022年政府工作报告.md')).href;
    client.open(uri, seed);
    await client.diagnostics(uri, (p) => p.version === 1);
    const target = join(dir, '2022年政府工作报告.docx');
    const exported = await command<{ path?: string; message?: string; error?: string }>(
      client,
      'govreport.exportDocx',
      [uri, target],
    );
    assert.equal(exported.error, undefined);
    assert.match(exported.message!, /已按公文格式/);
    assert.equal(readFileSync(target).subarray(0, 2).toString(), 'PK');
    const imported = await command<{ markdown?: string; paragraphs?: number }>(client, 'govreport.importFile', [
      pathToFileURL(target).href,
    ]);
    assert.deepEqual(texts(imported.markdown!), texts(seed));
    const broken = join(dir, '损坏.docx');
    writeFileSync(broken, 'PK 不是 Word');
    const bad = await command<{ markdown?: string; error?: string }>(client, 'govreport.importFile', [
      pathToFileURL(broken).href,
    ]);
    assert.equal(bad.markdown, undefined);
    assert.match(bad.error!, /无法读取 Word 文件.+另存为/);
    // Garbled text is not exported.
    const garbledUri = pathToFileURL(join(dir, 'gbk.md')).href;
    client.open(garbledUri, new TextDecoder().decode(iconv.encode(seed, 'gbk')));
    const refused = await command<{ path?: string; error?: string }>(client, 'govreport.exportDocx', [
      garbledUri,
      join(dir, 'gbk.docx'),
    ]);
    assert.equal(refused.path, undefined);
    assert.match(refused.error!, /通过编码重新打开/);
  });
});

test('a broken Word file named as template is reported on that file, once converted', async () => {
  const broken = join(dir, '去年报告.docx');
  writeFileSync(broken, 'PK 不是 Word');
  await withServer(
    async (client) => {
      const problems = await client.diagnostics(pathToFileURL(broken).href);
      assert.equal(problems.diagnostics.length, 1);
      assert.match(problems.diagnostics[0].message, /无法读取 Word 文件.+已损坏/);
    },
    { settings: { template: broken } },
  );
  // In the client's language, the reason too.
  await withServer(
    async (client) => {
      const problems = await client.diagnostics(pathToFileURL(broken).href);
      assert.equal(problems.diagnostics.length, 1);
      const message = problems.diagnostics[0].message.split(broken).join('');
      assert.match(message, /^Template file "" cannot be used: .*Word.*\. The built-in reference report/);
      assert.doesNotMatch(message, /[\u4e00-\u9fff]/);
    },
    { locale: 'en', settings: { template: broken } },
  );
});
