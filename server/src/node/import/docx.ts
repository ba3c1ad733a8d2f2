/**
 * Word (.docx) → paragraphs, with mammoth: one paragraph per Word paragraph, bold kept,
 * the title and headings from their styles, Word's automatic numbering written as text.
 */
import { ImportError } from './types';
import type { Paragraph, Run } from './markdown';

/** Word's style names → HTML headings: 标题 (Title) is `#`, 标题 1 (Heading 1) is `##`… */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...[1, 2, 3, 4, 5].flatMap((n) => [
    `p[style-name='Heading ${n}'] => h${n + 1}:fresh`,
    `p[style-name='标题 ${n}'] => h${n + 1}:fresh`,
  ]),
];

/** An OLE compound file: an old .doc, or a password-protected .docx (EncryptedPackage). */
function compoundFileKind(bytes: Buffer): 'encrypted' | 'doc' | undefined {
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0xd0cf11e0 || bytes.readUInt32BE(4) !== 0xa1b11ae1)
    return undefined;
  return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le')) ? 'encrypted' : 'doc';
}

export async function readDocx(bytes: Buffer, path: string): Promise<Paragraph[]> {
  const ole = compoundFileKind(bytes);
  if (ole === 'encrypted') throw new ImportError('files.docx.encrypted', { path });
  if (ole === 'doc') throw new ImportError('files.docx.oldFormat', { path });
  // mammoth and its zip and XML readers (700 KB bundled) are loaded on the first import.
  const mammoth = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true })).value;
  } catch (e) {
    throw new ImportError('files.docx.corrupt', {
      path,
      reason: e instanceof Error ? e.message.split('\n')[0] : String(e),
    });
  }
  return htmlParagraphs(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function unescapeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** mammoth's HTML (p, h1–h6, strong, br, ol/ul/li, tables, links) → paragraphs. */
export function htmlParagraphs(html: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  let bold = 0;
  const lists: Array<{ ordered: boolean; n: number }> = [];
  const open = (heading: number, number?: string) => {
    current = { heading, runs: [], number };
    out.push(current);
  };
  const text = (t: string) => {
    if (!current) open(0);
    current!.runs.push({ text: t, bold: bold > 0 } satisfies Run);
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      text(unescapeHtml(m[3]));
      continue;
    }
    const close = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'strong' || tag === 'b') bold += close ? -1 : 1;
    else if (tag === 'br') text('\n');
    else if (/^h[1-6]$/.test(tag) || tag === 'p') {
      if (close) current = undefined;
      else if (current && lists.length && current.runs.length === 0 && tag === 'p') {
        // a list item's first paragraph: already opened with its number
      } else open(tag === 'p' ? 0 : Number(tag[1]));
    } else if (tag === 'ol' || tag === 'ul') {
      if (close) lists.pop();
      else lists.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'li') {
      if (close) current = undefined;
      else {
        const list = lists[lists.length - 1];
        if (list) list.n++;
        open(0, list?.ordered ? `${list.n}.` : '-');
      }
    } else if (tag === 'td' || tag === 'th' || tag === 'tr') current = undefined;
  }
  return out;
}
