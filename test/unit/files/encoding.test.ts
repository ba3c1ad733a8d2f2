/** Text files in the encodings drafters have: detected, checked like UTF-8, written back the same way or not at all. */
import { test } from 'node:test';
import { formatMessage } from '../../../server/src/core/messages/catalogue';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { runCli } from '../../helpers/cli';
import { decode, encode, EncodeError } from '../../../server/src/node/encoding';
import { checkText } from '../../../server/src/core/check';
import { buildEnvironment } from '../../../server/src/node/environment';

const root = join(__dirname, '..', '..', '..');
const seedPath = join(root, 'seeds', 'yanhu-2022.md');
const seed = readFileSync(seedPath, 'utf8');

const copies: Record<string, Buffer> = {
  gbk: iconv.encode(seed, 'gbk'),
  gb18030: iconv.encode(seed, 'gb18030'),
  'utf-16le-bom': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, 'utf-16le')]),
  'utf-16be-bom': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(seed, 'utf-16be')]),
  'utf-16le': iconv.encode(seed, 'utf-16le'),
  'utf-8-bom': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]),
  crlf: Buffer.from(seed.replace(/\n/g, '\r\n')),
};

test('each encoding is detected and decodes to the seed', () => {
  const expected: Record<string, [string, boolean]> = {
    gbk: ['gb18030', false],
    gb18030: ['gb18030', false],
    'utf-16le-bom': ['utf-16le', true],
    'utf-16be-bom': ['utf-16be', true],
    'utf-16le': ['utf-16le', false],
    'utf-8-bom': ['utf-8', true],
    crlf: ['utf-8', false],
  };
  for (const [name, bytes] of Object.entries(copies)) {
    const d = decode(bytes);
    assert.deepEqual([d.encoding, d.bom], expected[name], name);
    assert.ok(d.clean, name);
    assert.equal(d.text.replace(/\r\n/g, '\n'), seed, name);
    assert.equal(d.eol, name === 'crlf' ? 'crlf' : 'lf', name);
  }
  // The seed's GBK bytes are not UTF-8: read as UTF-8 they would be garbage.
  assert.ok(new TextDecoder().decode(copies.gbk).includes('\ufffd'));
});

test("a GBK, UTF-16 and UTF-8-BOM copy of the seed each give the seed's findings", () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-enc-'));
  const findings = (path: string) => {
    const r = runCli(['check', '--format', 'json', path]);
    const json = JSON.parse(r.out) as {
      files: Array<{ diagnostics: Array<{ range: unknown; code: string; message: string }> }>;
    };
    return {
      code: r.code,
      diagnostics: json.files[0].diagnostics.map((d) => ({ range: d.range, code: d.code, message: d.message })),
    };
  };
  const reference = findings(seedPath);
  assert.ok(reference.diagnostics.length > 20);
  for (const name of ['gbk', 'utf-16le-bom', 'utf-16be-bom', 'utf-8-bom']) {
    const p = join(dir, `${name}.md`);
    writeFileSync(p, copies[name]);
    assert.deepEqual(findings(p), reference, name);
  }
});

test('annotate --write keeps a GBK file GBK and a CRLF file CRLF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-enc-'));
  // The seed without its notes section: annotate has something to write.
  const body = seed.slice(0, seed.indexOf('相关注释') - 3);
  for (const [name, bytes, enc] of [
    ['gbk.md', iconv.encode(body, 'gbk'), 'gb18030'],
    [
      'crlf-bom.md',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body.replace(/\n/g, '\r\n'))]),
      'utf-8',
    ],
    [
      'utf16.md',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body.replace(/\n/g, '\r\n'), 'utf-16le')]),
      'utf-16le',
    ],
  ] as const) {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    const r = runCli(['annotate', '--write', p]);
    assert.equal(r.code, 0, r.err);
    const after = readFileSync(p);
    assert.ok(after.length > bytes.length, name);
    const d = decode(after);
    assert.equal(d.encoding, enc, name);
    assert.ok(d.clean, name);
    assert.equal(d.bom, name !== 'gbk.md', name);
    assert.equal(d.eol, name === 'gbk.md' ? 'lf' : 'crlf', name);
    assert.ok(d.text.includes('相关注释'), name);
    assert.ok(d.text.replace(/\r\n/g, '\n').startsWith(body.slice(0, 2000)), name);
  }
});

test('a file that did not decode cleanly is never written: exit 2, bytes untouched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-enc-'));
  const body = seed.slice(0, seed.indexOf('相关注释') - 3);
  // GBK text with a UTF-8 paragraph pasted in: neither decoding is clean.
  const bytes = Buffer.concat([iconv.encode(body, 'gbk'), Buffer.from('\n\n混入的一段 UTF-8 文字。\n')]);
  const p = join(dir, 'mixed.md');
  writeFileSync(p, bytes);
  assert.equal(decode(bytes).clean, false);
  const r = runCli(['annotate', '--write', p]);
  assert.equal(r.code, 2);
  assert.match(r.err, /没有写回.+文件保持原样.+另存为 UTF-8/);
  assert.deepEqual(readFileSync(p), bytes);
});

test('encode refuses text its encoding cannot hold and a source that was not clean', () => {
  const gb = decode(copies.gbk);
  assert.deepEqual(decode(encode(gb.text + '新增一句。', gb)).text, gb.text + '新增一句。');
  assert.throws(() => encode('孤立的代理项\ud800', decode(Buffer.from('文字'))), EncodeError);
  assert.throws(() => encode('x', { ...gb, clean: false }), EncodeError);
  // A CRLF file edited with \n gets CRLF back.
  const crlf = decode(copies.crlf);
  assert.equal(decode(encode('一\n二\n', crlf)).text, '一\r\n二\r\n');
});

test('a report opened with the wrong encoding gets one finding that says how to reopen it', () => {
  const garbled = new TextDecoder().decode(copies.gbk);
  const env = buildEnvironment({ log: () => {} });
  const r = checkText(garbled, env, { uri: 'file:///x.md', format: 'markdown' });
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].message, 'general.wrongEncoding');
  assert.equal(r.findings[0].ruleId, 'general/document');
  const cli = runCli(['check', '--lang', 'zh-cn', join(root, 'seeds', 'yanhu-2022.md')]);
  assert.ok(!cli.out.includes('通过编码重新打开'));
  // The message itself names the way out.
  assert.match(formatMessage('general.wrongEncoding', { count: 5 }), /通过编码重新打开.+GB18030/);
  // A single stray U+FFFD in a real report is not this finding.
  assert.ok(
    !checkText(seed.replace('各位代表', '各位代\ufffd'), env, {
      uri: 'file:///x.md',
      format: 'markdown',
    }).findings.some((f) => f.message === 'general.wrongEncoding'),
  );
});
