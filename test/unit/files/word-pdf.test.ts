/**
 * Word and PDF files as drafters have them: checked, imported, used as template/baseline/glossary, exported;
 * bad ones refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../../server/src/cli';
import { exportDocx } from '../../../server/src/node/export/docx';
import { importBytes, importFile, ImportError, preloadImports } from '../../../server/src/node/import';
import { loadGlossaryFile } from '../../../server/src/node/glossaries';
import { ReportDocument } from '../../../server/src/core/model/document';
import { SEED_GAPS } from '../../helpers/seed-terms';

const root = join(__dirname, '..', '..', '..');
const seedPath = join(root, 'seeds', 'yanhu-2022.md');
const seed = readFileSync(seedPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'govreport-word-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (s) => void out.push(s),
    (s) => void err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What the checker reads of a document: each block's kind, level, text and bold ranges. */
function blocks(text: string) {
  return new ReportDocument('file:///x.md', text, 'markdown').blocks.map((b) => ({
    kind: b.kind,
    depth: b.depth,
    text: b.text,
    strong: b.data.strong,
  }));
}

let seedDocx: string;
test.before(async () => {
  seedDocx = join(dir, '2022年政府工作报告.docx');
  writeFileSync(seedDocx, await exportDocx(seed, 'markdown'));
});

test('export, then import, gives back the same text: blocks, levels and bold runs', async () => {
  const back = await importFile(seedDocx);
  assert.deepEqual(blocks(back.markdown), blocks(seed));
  // One paragraph per Word paragraph, numbered from the top.
  assert.equal(back.paragraphLines.length, blocks(seed).length);
});

test('the Word file is laid out as GB/T 9704-2012 asks', async () => {
  const zip = await JSZip.loadAsync(readFileSync(seedDocx));
  const xml = await zip.file('word/document.xml')!.async('string');
  const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(xml)![0];
  assert.match(sect, /<w:pgSz w:w="11906" w:h="16838"/); // A4
  assert.match(sect, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/); // 37/26/35/28 mm
  assert.match(sect, /<w:docGrid w:type="lines" w:linePitch="579"\/>/); // 22 lines
  assert.match(sect, /<w:footerReference w:type="even"/);
  assert.match(xml, /w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/); // title 2号
  assert.ok(xml.includes('<w:ind w:right="-120" w:firstLine="640"/>')); // 2-character indent, 28 characters
  // The salutation starts at the margin: the paragraph holding 各位代表： has no first-line indent.
  const salutation = [...xml.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('>各位代表：<'));
  assert.ok(salutation, 'a paragraph with the salutation');
  assert.match(salutation, /w:firstLine="0"/);
  assert.match(xml, /w:eastAsia="黑体"/);
  assert.match(xml, /w:eastAsia="楷体_GB2312"/);
  assert.match(xml, /w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/); // body 3号
  const footer = await zip.file('word/footer1.xml')!.async('string');
  assert.match(footer, /— <\/w:t>.*PAGE.* —/s);
  assert.match(footer, /<w:sz w:val="28"\/>/); // 4号
  const fonts = await zip.file('word/fontTable.xml')!.async('string');
  assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
  assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
});

test("a Word copy of the seed gives the seed's findings, by paragraph (第 N 段)", async () => {
  const md = await run(['check', '--lang', 'zh-cn', seedPath]);
  const word = await run(['check', '--lang', 'zh-cn', seedDocx]);
  assert.equal(word.code, 1);
  const lines = word.out.split('\n');
  const split = lines.filter((l) => l.includes('[structure/broken-paragraph]'));
  assert.equal(split.length, 23);
  assert.ok(
    split.some((l) => /:第 65 段 警告 段落在句中断开：第 65 段“…战，协同控制细颗”与第 66 段“粒物/.test(l)),
    split.join('\n'),
  );
  assert.ok(split.some((l) => /:第 66 段 错误 断行处文字重复：第 65 段末尾与第 66 段开头都是“颗”/.test(l)));
  const undefinedTerms = lines.filter((l) => l.includes('[terms/undefined]')).map((l) => /“(.+?)”是简称/.exec(l)?.[1]);
  assert.deepEqual(undefinedTerms, SEED_GAPS);
  for (const l of lines.slice(0, -1)) assert.match(l, /\.docx:第 \d+ 段 (错误|警告|提示|建议) /);
  assert.ok(!word.out.includes(' 行'), 'no line numbers for a Word file');
  // The same findings as the Markdown seed: same rules, same summary.
  assert.equal(lines.at(-1), md.out.split('\n').at(-1));
  const rules = (s: string) =>
    s
      .split('\n')
      .map((l) => /\[(.+)\]$/.exec(l)?.[1])
      .filter(Boolean);
  assert.deepEqual(rules(word.out), rules(md.out));
  // JSON: the paragraph with each diagnostic, no fix (it would edit the Markdown, not the Word file).
  const json = JSON.parse((await run(['check', '--format', 'json', seedDocx])).out) as {
    files: Array<{ diagnostics: Array<{ paragraph: number; data?: unknown }> }>;
  };
  assert.ok(json.files[0].diagnostics.every((d) => d.paragraph >= 1 && d.data === undefined));
});

test('govreport import writes the Markdown form (bold kept, numbering as text); without -o to standard output', async () => {
  const out = join(dir, 'imported.md');
  const r = await run(['import', seedDocx, '-o', out]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /已导入.+（\d+ 段）/);
  const md = readFileSync(out, 'utf8');
  assert.ok(md.includes('**三是推动现代服务业锻长补短、分类提升。**深入实施'));
  assert.ok(md.includes('\n1. “六稳”：稳就业'));
  assert.equal((await run(['import', seedDocx])).out + '\n', md);
  const same = await run(['import', seedDocx, '-o', seedDocx]);
  assert.equal(same.code, 2);
  assert.match(same.err, /与要导入的文件相同/);
  const txt = await run(['import', seedPath]);
  assert.equal(txt.code, 2);
  assert.match(txt.err, /不是 Word（\.docx）或 PDF 文件/);
});

test('Word paragraphs: bold, headings from styles, Word numbering as text', async () => {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, LevelFormat, AlignmentType } = await import('docx');
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'n',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('政府工作报告')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、2023年工作回顾')] }),
          new Paragraph({
            children: [new TextRun({ text: '（一）稳增长。', bold: true }), new TextRun('全年增长 5%。')],
          }),
          new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new TextRun('“六稳”：稳就业。')] }),
          new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new TextRun('“六保”：保民生。')] }),
        ],
      },
    ],
  });
  const r = await importBytes(await Packer.toBuffer(doc), 'x.docx');
  assert.equal(
    r.markdown,
    '# 政府工作报告\n\n## 一、2023年工作回顾\n\n**（一）稳增长。**全年增长 5%。\n\n1. “六稳”：稳就业。\n\n2. “六保”：保民生。\n',
  );
});

test("last year's report as a Word file serves as template, baseline and glossary", async () => {
  const tplMd = await run(['template', '--template', seedPath]);
  const tplDocx = await run(['template', '--template', seedDocx]);
  assert.equal(tplDocx.code, 0, tplDocx.err);
  const noSource = (s: string) => ({ ...(JSON.parse(s) as Record<string, unknown>), source: undefined });
  assert.deepEqual(noSource(tplDocx.out), noSource(tplMd.out));
  const figMd = await run(['figures', '--format', 'json', '--baseline', seedPath, seedPath]);
  const figDocx = await run(['figures', '--format', 'json', '--baseline', seedDocx, seedPath]);
  assert.equal(figDocx.err, '');
  assert.deepEqual(JSON.parse(figDocx.out), JSON.parse(figMd.out));
  // The figures table of a Word file counts paragraphs, not lines.
  const table = await run(['figures', seedDocx]);
  assert.match(table.out.split('\n')[1], /^段 /);
  assert.match(table.out, /\n8 +地区生产总值 /);
  await preloadImports([seedDocx]);
  const glossary = loadGlossaryFile(seedDocx);
  assert.deepEqual(glossary.problems, []);
  assert.equal(glossary.entries.length, 35);
  const checked = await run([
    'check',
    '--glossary',
    seedDocx,
    '--template',
    seedDocx,
    '--baseline',
    seedDocx,
    seedPath,
  ]);
  assert.equal(checked.err, '');
});

/** A minimal PDF whose one page has a drawn rectangle and no text: what a scan looks like to pdf.js. */
function pdfWithoutText(): Buffer {
  const objs = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>',
  ];
  const stream = '0 0 1 rg 100 100 300 500 re f';
  objs.push(`<</Length ${stream.length}>>\nstream\n${stream}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objs.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('bad Word and PDF files: a clear Chinese message, exit 2, nothing written', async () => {
  const cases: Array<[string, Buffer, RegExp]> = [
    ['损坏.docx', Buffer.from('PK\u0003\u0004 这不是完整的 Word 文件'), /无法读取 Word 文件.+已损坏.+另存为/],
    // A password-protected .docx is an OLE compound file holding an EncryptedPackage stream.
    [
      '加密.docx',
      Buffer.concat([
        Buffer.from('d0cf11e0a1b11ae1', 'hex'),
        Buffer.alloc(64),
        Buffer.from('EncryptedPackage', 'utf16le'),
        Buffer.alloc(64),
      ]),
      /设有打开密码.+取消密码/,
    ],
    [
      '旧版.doc',
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(128)]),
      /旧版 Word 文件（\.doc）.+另存为/,
    ],
    ['损坏.pdf', Buffer.from('%PDF-1.4\n这不是 PDF'), /无法读取 PDF 文件.+已损坏/],
    ['扫描件.pdf', pdfWithoutText(), /没有可提取的文字，可能是扫描件.+文字识别（OCR）/],
  ];
  for (const [name, bytes, message] of cases) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const check = await run(['check', path]);
    assert.equal(check.code, 2, name);
    assert.match(check.err, message, name);
    assert.equal(check.out, '', name);
    const out = join(dir, `${name}.md`);
    const imp = await run(['import', path, '-o', out]);
    assert.equal(imp.code, 2, name);
    assert.match(imp.err, message, name);
    assert.equal(existsSync(out), false, name);
    const exp = await run(['export', path, '-o', join(dir, `${name}.out.docx`)]);
    assert.equal(exp.code, 2, name);
    assert.equal(existsSync(join(dir, `${name}.out.docx`)), false, name);
    // As a template, the problem is reported and the bundled seed is used instead.
    const tpl = await run(['template', '--template', path]);
    assert.match(tpl.err, message, name);
    await assert.rejects(importBytes(bytes, path), ImportError);
  }
  // annotate never rewrites a Word file.
  const before = readFileSync(seedDocx);
  const ann = await run(['annotate', '--write', seedDocx]);
  assert.equal(ann.code, 2);
  assert.match(ann.err, /Word 或 PDF 文件不能直接改写.+govreport import/);
  assert.deepEqual(readFileSync(seedDocx), before);
});

test('export: default name, refuses the source itself and a file that did not decode cleanly', async () => {
  const md = join(dir, '草稿.md');
  writeFileSync(md, seed);
  const r = await run(['export', md]);
  assert.equal(r.code, 0, r.err);
  assert.ok(existsSync(join(dir, '草稿.docx')));
  assert.match(r.err, /已按公文格式（GB\/T 9704-2012）导出/);
  assert.equal((await run(['export', md, '-o', join(dir, 'x.pdf')])).code, 2);
  const docxSource = await run(['export', seedDocx]);
  assert.equal(docxSource.code, 2);
  assert.match(docxSource.err, /与原文件相同/);
  const bad = join(dir, '乱码.md');
  writeFileSync(
    bad,
    Buffer.concat([Buffer.from(seed.slice(0, 200)), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('\n')]),
  );
  const e = await run(['export', bad, '-o', join(dir, '乱码.docx')]);
  assert.equal(e.code, 2);
  assert.match(e.err, /没有写回.+无法识别的字符/);
  assert.equal(existsSync(join(dir, '乱码.docx')), false);
});
