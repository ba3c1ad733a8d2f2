/**
 * A report (Markdown or text) → a Word file laid out as GB/T 9704-2012 《党政机关公文格式》:
 * A4, margins 37/35/28/26 mm, body 3号 仿宋_GB2312 on a 22 × 28 grid with a two-character
 * first-line indent, title 2号 方正小标宋简体, headings 黑体 / 楷体_GB2312 / 仿宋 bold,
 * page numbers “— 1 —” in 4号 宋体 at the outside edge. The text is exported as written:
 * paragraphs, characters and bold runs are the source's (no repairs).
 */
// The docx package (640 KB bundled) is loaded on the first export, not with the server.
import type { Footer, IParagraphOptions, IRunOptions, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { ReportDocument } from '../../core/model/document';
import type { SourceFormat } from '../../core/model/parse';
import type { Block } from '../../core/model/blocks';
import { detectMarker, RANK } from '../../core/outline/markers';

/** Twips per millimetre. */
const MM = 1440 / 25.4;

type Docx = typeof import('docx');

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZE = { er: 44, san: 32, si: 28 } as const;

/**
 * Fonts as Word and WPS name them; each has a fallback (fontTable altName) for machines
 * without it. Latin letters and digits use Times New Roman.
 */
export const FONTS = {
  xiaobiaosong: { name: '方正小标宋简体', alt: '宋体' },
  fangsong: { name: '仿宋_GB2312', alt: '仿宋' },
  kaiti: { name: '楷体_GB2312', alt: '楷体' },
  heiti: { name: '黑体', alt: 'SimHei' },
  songti: { name: '宋体', alt: 'SimSun' },
} as const;

type FontKey = keyof typeof FONTS;

function font(key: FontKey): IRunOptions['font'] {
  return { eastAsia: FONTS[key].name, ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia' };
}

/** Exact line spacing of 28.95 pt: 22 lines in the 225 mm type area. */
const LINE = 579;
/** Two characters of 3号 text. */
const INDENT_2 = 640;
/**
 * 28 characters of 3号 a line: 28 × 16 pt = 448 pt, 5.8 pt more than the 156 mm type
 * area, which Word fits with a condensed character grid. LibreOffice lays such a grid out
 * with two cells a character (14 a line), so body lines reach 6 pt (120 twips) into the
 * right margin instead; the page margins stay as the standard gives them.
 */
const RIGHT_REACH = -120;

type Role =
  | 'title'
  | 'dateline'
  | 'speaker'
  | 'salutation'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'notesTitle'
  | 'note'
  | 'body';

interface Styled {
  role: Role;
  /** Plain-text end of a run-in heading (`（一）…。`) set in the heading's font; 0 when none. */
  runIn: number;
  runInFont?: FontKey;
}

/** What each block is in the 公文 layout. */
function classify(doc: ReportDocument, block: Block): Styled {
  const i = block.index;
  const notes = doc.notesPart;
  if (notes && i === notes.heading.index) return { role: 'notesTitle', runIn: 0 };
  if (notes && i > notes.start && i < notes.end) return { role: 'note', runIn: 0 };
  const dateline = doc.dateline?.block.index;
  if (block.kind === 'heading' && block.depth === 1 && i < doc.bodyStart) return { role: 'title', runIn: 0 };
  if (dateline !== undefined && i === dateline) return { role: 'dateline', runIn: 0 };
  if (dateline !== undefined && i > dateline && i < doc.bodyStart) return { role: 'speaker', runIn: 0 };
  if (dateline === undefined && i === 0 && i < doc.bodyStart && block.text.length <= 40)
    return { role: 'title', runIn: 0 };
  if (i === doc.front.salutation?.index) return { role: 'salutation', runIn: 0 };
  const heading = block.kind === 'heading';
  const m = detectMarker(block.text, heading);
  const rank = m ? RANK[m.kind] : heading ? Math.min(3, Math.max(1, block.depth - 1)) : 0;
  if (heading) return { role: rank <= 1 ? 'heading1' : rank === 2 ? 'heading2' : 'heading3', runIn: 0 };
  if (m && rank <= 2) {
    // A run-in heading: the marker and title sentence in the heading's font, the rest body text.
    const end = m.titleEnd < block.text.length && /[。：]/.test(block.text[m.titleEnd]) ? m.titleEnd + 1 : m.titleEnd;
    return { role: 'body', runIn: end, runInFont: rank === 1 ? 'heiti' : 'kaiti' };
  }
  return { role: 'body', runIn: 0 };
}

const ROLE_STYLE: Record<
  Role,
  {
    font: FontKey;
    size: number;
    align?: 'center' | 'left';
    indent: boolean;
    heading?: IParagraphOptions['heading'];
    bold?: boolean;
  }
> = {
  title: { font: 'xiaobiaosong', size: SIZE.er, align: 'center', indent: false, heading: 'Title' },
  dateline: { font: 'kaiti', size: SIZE.san, align: 'center', indent: false },
  speaker: { font: 'kaiti', size: SIZE.san, align: 'center', indent: false },
  salutation: { font: 'fangsong', size: SIZE.san, indent: false },
  heading1: { font: 'heiti', size: SIZE.san, indent: true, heading: 'Heading1' },
  heading2: { font: 'kaiti', size: SIZE.san, indent: true, heading: 'Heading2' },
  heading3: { font: 'fangsong', size: SIZE.san, indent: true, heading: 'Heading3', bold: true },
  notesTitle: { font: 'heiti', size: SIZE.san, align: 'center', indent: false, heading: 'Heading1' },
  note: { font: 'fangsong', size: SIZE.si, indent: true },
  body: { font: 'fangsong', size: SIZE.san, indent: true },
};

const HEADING_LEVELS: Array<IParagraphOptions['heading']> = [
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Heading5',
];

/** Plain offsets before which the source had a line break (a dateline written on two lines). */
function lineBreaks(doc: ReportDocument, block: Block): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < block.text.length; i++) {
    const a = block.sourceEnd(i);
    const b = block.sourceOffset(i);
    if (b > a && doc.text.slice(a, b).includes('\n')) out.add(i);
  }
  return out;
}

function blockParagraph(d: Docx, doc: ReportDocument, block: Block): Paragraph {
  const styled = classify(doc, block);
  const style = ROLE_STYLE[styled.role];
  // A list item's text starts with its marker (`1. `): numbering as text.
  const text = block.text;
  const shift = 0;
  const breaks = block.kind === 'heading' ? new Set<number>() : lineBreaks(doc, block);
  // Run boundaries: bold ranges, the run-in heading's end, line breaks.
  const cuts = new Set<number>([0, text.length]);
  for (const [s, e] of block.data.strong) {
    cuts.add(s + shift);
    cuts.add(e + shift);
  }
  if (styled.runIn) cuts.add(styled.runIn + shift);
  for (const b of breaks) cuts.add(b + shift);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [s, e] = [points[k], points[k + 1]];
    if (s === e) continue;
    const plainStart = s - shift;
    const bold = plainStart >= 0 && block.isBold(plainStart, e - shift);
    const runInFont = styled.runIn && e - shift <= styled.runIn ? styled.runInFont : undefined;
    runs.push(
      new d.TextRun({
        text: text.slice(s, e),
        bold: bold || style.bold || undefined,
        font: font(runInFont ?? style.font),
        size: style.size,
        break: breaks.has(plainStart) ? 1 : undefined,
      }),
    );
  }
  return new d.Paragraph({
    children: runs,
    // Word's heading level follows the source's (`###` → 标题 2), so import gives it back.
    heading:
      block.kind === 'heading' && styled.role !== 'title'
        ? (HEADING_LEVELS[Math.min(block.depth, 6) - 2] ?? 'Heading1')
        : style.heading,
    alignment: style.align === 'center' ? 'center' : 'both',
    indent: {
      firstLine: style.indent ? (styled.role === 'note' ? 560 : INDENT_2) : 0,
      right: style.size === SIZE.san && style.align !== 'center' ? RIGHT_REACH : 0,
    },
    spacing: { line: styled.role === 'title' ? 700 : LINE, lineRule: 'exact', before: 0, after: 0 },
    // No extra space between Chinese and Latin letters or digits: spaces are the text's own.
    autoSpaceEastAsianText: false,
    // The notes start on a page of their own.
    pageBreakBefore: styled.role === 'notesTitle' || undefined,
  });
}

function pageNumberFooter(d: Docx, side: 'odd' | 'even'): Footer {
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: side === 'odd' ? 'right' : 'left',
        // One character (4号) in from the outside edge of the type area.
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [
          new d.TextRun({
            children: ['— ', d.PageNumber.CURRENT, ' —'],
            font: { ascii: FONTS.songti.name, hAnsi: FONTS.songti.name, eastAsia: FONTS.songti.name },
            size: SIZE.si,
          }),
        ],
      }),
    ],
  });
}

/** Heading styles without Word's colours and sizes: the 公文 fonts, at body size. */
function headingStyle(key: FontKey, size: number, extra: { bold?: boolean; center?: boolean } = {}) {
  return {
    run: { font: FONTS[key].name, size, bold: extra.bold ?? false, italics: false, color: '000000' },
    paragraph: {
      spacing: { line: LINE, lineRule: 'exact' as const, before: 0, after: 0 },
      alignment: extra.center ? ('center' as const) : undefined,
    },
  };
}

export async function exportDocx(text: string, format: SourceFormat, title = '政府工作报告'): Promise<Buffer> {
  const d = await import('docx');
  const doc = new ReportDocument('file:///export.md', text, format);
  const children: Paragraph[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'html' || !block.text.trim()) continue;
    const p = blockParagraph(d, doc, block);
    children.push(p);
    // A blank line after the title, and after the speaker line before the salutation.
    const role = classify(doc, block).role;
    if (role === 'title' || (block.index === doc.bodyStart - 1 && (role === 'speaker' || role === 'dateline')))
      children.push(new d.Paragraph({ spacing: { line: LINE, lineRule: 'exact' }, children: [] }));
  }
  const word = new d.Document({
    title,
    creator: '政府工作报告助手',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { eastAsia: FONTS.fangsong.name, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
            size: SIZE.san,
          },
          paragraph: { spacing: { line: LINE, lineRule: 'exact' } },
        },
        title: headingStyle('xiaobiaosong', SIZE.er, { center: true }),
        heading1: headingStyle('heiti', SIZE.san),
        heading2: headingStyle('kaiti', SIZE.san),
        heading3: headingStyle('fangsong', SIZE.san, { bold: true }),
        heading4: headingStyle('fangsong', SIZE.san, { bold: true }),
        heading5: headingStyle('fangsong', SIZE.san, { bold: true }),
      },
      // Word's Normal style, explicit: LibreOffice sizes the character grid from it.
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: {
            font: { eastAsia: FONTS.fangsong.name, ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
            size: SIZE.san,
          },
          paragraph: { spacing: { line: LINE, lineRule: 'exact' } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
              header: Math.round(15 * MM),
              footer: Math.round(23 * MM),
            },
          },
          // 22 lines a page: line pitch 28.95 pt (28 characters a line: see RIGHT_REACH).
          grid: { type: 'lines', linePitch: LINE },
        },
        footers: { default: pageNumberFooter(d, 'odd'), even: pageNumberFooter(d, 'even') },
        children,
      },
    ],
  });
  return finish(await d.Packer.toBuffer(word));
}

/**
 * What the docx package cannot say: the 公文 fonts in the font table with their GB2312
 * charset and a fallback name; no automatic space before Latin letters (autoSpaceDE); no
 * punctuation hanging past the 28th character (overflowPunct; LibreOffice may not draw it).
 */
async function finish(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const body = zip.file('word/document.xml');
  if (body)
    zip.file(
      'word/document.xml',
      (await body.async('string')).replace(
        /<w:autoSpaceDN w:val="(false|0)"\/>/g,
        '<w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>',
      ),
    );
  const file = zip.file('word/fontTable.xml');
  if (!file) return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  let xml = await file.async('string');
  const entries = Object.values(FONTS)
    .filter((f) => !xml.includes(`w:name="${f.name}"`))
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.name.includes('黑') ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  // The docx package writes an empty, self-closing font table.
  xml = /<\/w:fonts>\s*$/.test(xml)
    ? xml.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`)
    : xml.replace(/<w:fonts([^>]*?)\s*\/>\s*$/, `<w:fonts$1>${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
