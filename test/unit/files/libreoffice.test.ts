/**
 * The exported Word file in a real word processor: LibreOffice (headless) opens it and
 * makes a PDF with A4 pages; page 1 is rendered to test/.output/ for a person to look at;
 * the PDF is imported back and its text compared with the source. Needs the Debian
 * packages libreoffice-writer-nogui and poppler-utils (see .ci/run).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportDocx } from '../../../server/src/node/export/docx';
import { importFile, ImportError } from '../../../server/src/node/import';
import { withoutAutoSpace } from '../../../server/src/node/import/pdf';
import { ReportDocument } from '../../../server/src/core/model/document';

const root = join(__dirname, '..', '..', '..');
const output = join(root, 'test', '.output');
const seed = readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'govreport-lo-'));
// A profile of our own: no clash with a running LibreOffice or another test run.
const profile = pathToFileURL(join(dir, 'profile')).href;

function tool(name: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
  assert.ok(found, `${name} is missing: apt-get install libreoffice-writer-nogui poppler-utils (.ci/run does)`);
}

function toPdf(docx: string, filter = 'pdf'): string {
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', filter, '--outdir', join(dir, 'pdf'), docx],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const pdf = join(dir, 'pdf', docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
  assert.ok(existsSync(pdf), `LibreOffice made no PDF of ${docx}`);
  return pdf;
}

/** The checker's paragraphs (page-break splits joined), spacing between Chinese and Latin text aside. */
function paragraphs(markdown: string): string[] {
  return new ReportDocument('file:///x.md', markdown, 'markdown').repaired.map((p) => withoutAutoSpace(p.text));
}

/**
 * Source and imported paragraphs agree, except for punctuation LibreOffice leaves undrawn
 * where it would hang past the line end (a handful in the seed); returns how many.
 */
function compare(source: string[], imported: string[]): number {
  assert.equal(imported.length, source.length, 'paragraph count');
  let dropped = 0;
  source.forEach((s, i) => {
    const t = imported[i];
    let a = 0;
    let b = 0;
    while (a < s.length || b < t.length) {
      if (s[a] === t[b]) {
        a++;
        b++;
      } else if ('，、。；：'.includes(s[a]) && a < s.length) {
        dropped++;
        a++;
      } else
        assert.fail(
          `paragraph ${i + 1} differs at ${a}: “${s.slice(Math.max(0, a - 15), a + 15)}” / “${t.slice(Math.max(0, b - 15), b + 15)}”`,
        );
    }
  });
  return dropped;
}

test('the exported report opens in LibreOffice, prints on A4 and imports back to the same text', async () => {
  tool('soffice');
  tool('pdfinfo');
  tool('pdftoppm');
  const docx = join(dir, 'report.docx');
  writeFileSync(docx, await exportDocx(seed, 'markdown'));
  const pdf = toPdf(docx);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // 15,849 characters at 22 × 28 a page, and the notes on pages of their own.
  assert.ok(pages >= 24 && pages <= 32, `${pages} pages`);
  // Page 1, for a person to look at.
  mkdirSync(output, { recursive: true });
  execFileSync('pdftoppm', [
    '-r',
    '80',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(output, 'export-page1'),
  ]);
  assert.ok(statSync(join(output, 'export-page1.png')).size > 10_000);
  copyFileSync(pdf, join(output, 'export.pdf'));
  // The page numbers: “— 1 —” on page 1 (odd, right), “— 2 —” on page 2 (even, left).
  const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(page1, /\n\s{20,}—\s?1\s?—\s*$/);
  assert.match(
    execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' }),
    /\n\s{0,12}—\s?2\s?—\s*$/,
  );
  // 22 lines on a full page of body text.
  const page3 = execFileSync('pdftotext', ['-f', '3', '-l', '3', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.trim() && !/—\s?\d+\s?—/.test(l));
  assert.equal(page3.length, 22);
  // 28 characters on a full line of Chinese text (29 when a full stop hangs at the end).
  const chinese = page3.filter((l) => !/[0-9A-Za-z ]/.test(l)).map((l) => l.length);
  assert.ok(chinese.filter((n) => n === 28).length >= 6 && Math.max(...chinese) <= 29, chinese.join(' '));
  const back = await importFile(pdf);
  const dropped = compare(paragraphs(seed), paragraphs(back.markdown));
  assert.ok(dropped <= 5, `${dropped} punctuation marks missing`);
  // Headers, footers and page numbers are gone; the title and part headings are headings again.
  assert.ok(!/—\s?\d+\s?—/.test(back.markdown));
  assert.match(back.markdown, /^# 政府工作报告\n/);
  assert.match(back.markdown, /\n## 一、2021年工作回顾\n/);
  assert.match(back.markdown, /\n## 相关注释\n/);
});

test('a password-protected PDF is refused with a clear message', async () => {
  tool('soffice');
  const docx = join(dir, 'secret.docx');
  writeFileSync(docx, await exportDocx(seed.slice(0, 2000), 'markdown'));
  const pdf = toPdf(
    docx,
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
  );
  await assert.rejects(
    importFile(pdf),
    (e: unknown) => e instanceof ImportError && e.key === 'files.pdf.encrypted' && /设有密码/.test(e.message),
  );
});

test('a PDF with running headers and “第 N 页” footers: dropped on import, paragraphs joined across pages', async () => {
  tool('soffice');
  const { Document, Packer, Paragraph, TextRun, Header, Footer, PageNumber } = await import('docx');
  const body = paragraphs(seed).slice(5, 40);
  const doc = new Document({
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun('盐湖区人民政府工作报告（2022年）')] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'] })] })],
          }),
        },
        children: body.map(
          (text) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun({ text, size: 24 })] }),
        ),
      },
    ],
  });
  const docx = join(dir, 'headers.docx');
  writeFileSync(docx, await Packer.toBuffer(doc));
  const pdf = toPdf(docx);
  assert.ok(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]) >= 5);
  const back = await importFile(pdf);
  assert.ok(!back.markdown.includes('盐湖区人民政府工作报告（2022年）'), 'running header dropped');
  assert.ok(!/第\s?\d+\s?页/.test(back.markdown), 'page numbers dropped');
  const dropped = compare(body, paragraphs(back.markdown));
  assert.ok(dropped <= 5, `${dropped} punctuation marks missing`);
});
