/**
 * PDF → paragraphs, with pdf.js: text lines assembled by position. Line wraps are joined,
 * an indented or centred line or a short line before it starts a paragraph, running
 * headers, footers and page numbers are dropped. A paragraph cut by a page break is
 * joined afterwards by the core's page-break repair (see index.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ImportError } from './types';
import { MARKER_NUMERAL } from '../../core/model/numerals';
import type { Paragraph } from './markdown';

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** pdf.js' character maps (needed for Chinese fonts without embedded ToUnicode tables). */
function cMapDir(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    for (const c of [
      join(dir, 'dist', 'pdfjs', 'cmaps'),
      join(dir, 'pdfjs', 'cmaps'),
      join(dir, 'node_modules', 'pdfjs-dist', 'cmaps'),
    ])
      if (existsSync(c)) return c + '/';
    dir = dirname(dir);
  }
  return undefined;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/** pdf.js with its worker on the main thread: bundled, no separate worker file, no network. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // @ts-expect-error: the worker module has no type declarations
    const worker: unknown = await quietly(() => import('pdfjs-dist/legacy/build/pdf.worker.mjs'));
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return quietly(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
  })();
  return loaded;
}

/**
 * pdf.js warns on the console while loading that it cannot draw (no canvas in Node); we
 * only read text, so those lines are not shown to the drafter.
 */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning:')) return;
    log(...args);
  };
  try {
    return await load();
  } finally {
    console.log = log;
  }
}

export async function readPdf(bytes: Buffer, path: string): Promise<Paragraph[]> {
  const lib = await pdfjs();
  const cMapUrl = cMapDir();
  let doc;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl,
      cMapPacked: true,
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string } | undefined)?.name;
    if (name === 'PasswordException') throw new ImportError('files.pdf.encrypted', { path });
    throw new ImportError('files.pdf.corrupt', { path, reason: e instanceof Error ? e.message : String(e) });
  }
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((i) => 'str' in i)));
      page.cleanup();
    }
    const paragraphs = assemble(dropRunningLines(pages));
    if (paragraphs.length === 0) throw new ImportError('files.pdf.noText', { path });
    return paragraphs;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('files.pdf.corrupt', { path, reason: e instanceof Error ? e.message : String(e) });
  } finally {
    void doc.destroy();
  }
}

const ASCII_WORD = /[A-Za-z0-9]$/;

/** Text items → lines, top to bottom (items on one baseline, left to right). */
function linesOf(items: PdfTextItem[]): Line[] {
  const pieces = items
    .filter((i) => i.str.length > 0)
    .map((i) => ({
      text: i.str,
      x: i.transform[4],
      y: i.transform[5],
      w: i.width,
      size: Math.hypot(i.transform[2], i.transform[3]) || i.height || 10,
    }));
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let cur: (Line & { parts: typeof pieces }) | undefined;
  for (const p of pieces) {
    if (cur && Math.abs(p.y - cur.y) <= Math.max(p.size, cur.size) * 0.4) {
      cur.parts.push(p);
      continue;
    }
    cur = { text: '', x0: 0, x1: 0, y: p.y, size: p.size, parts: [p] };
    lines.push(cur);
  }
  return lines
    .map((l) => {
      const parts = (l as Line & { parts: typeof pieces }).parts.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const p of parts) {
        // A visible gap between Latin words or digits is a space; CJK text has none.
        if (text && p.x - end > p.size * 0.25 && ASCII_WORD.test(text) && /^[A-Za-z0-9]/.test(p.text)) text += ' ';
        text += p.text;
        end = p.x + p.w;
      }
      const size = Math.max(...parts.map((p) => p.size));
      return { text: withoutAutoSpace(unstretched(text.trim())), x0: parts[0].x, x1: end, y: l.y, size };
    })
    .filter((l) => l.text.length > 0);
}

const CJK = '\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d\u2018\u2019';
const LATIN = 'A-Za-z0-9%()\\[\\]+\\-./';
const AUTO_SPACE = new RegExp(
  `(?<=[${CJK}])[ \\u00a0]+(?=[${LATIN}])|(?<=[${LATIN}])[ \\u00a0]+(?=[${CJK}])|(?<=[，。；：、！？“‘（])[ \\u00a0]+|[ \\u00a0]+(?=[，。；：、！？”’）])`,
  'g',
);

/**
 * Word, WPS and LibreOffice set Chinese apart from Latin letters and digits by a small gap
 * that pdf.js reads as a space (`2022 年`), and a justified line puts gaps after Chinese
 * punctuation; the text has neither.
 */
export function withoutAutoSpace(text: string): string {
  // A number that opens a note keeps its space (`1. “六稳”`: a list item in Markdown).
  const lead = /^\d+\.\s/.exec(text)?.[0] ?? '';
  return lead + text.slice(lead.length).replace(AUTO_SPACE, '');
}

/**
 * A justified line stretched wide (`营 商 环 境`) comes out of pdf.js with a space between
 * every character; a line with several such gaps loses the ones between Chinese characters.
 */
function unstretched(text: string): string {
  const gaps = text.match(new RegExp(`[${CJK}] (?=[${CJK}])`, 'g'))?.length ?? 0;
  return gaps >= 3 ? text.replace(new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g'), '') : text;
}

const PAGE_NUMBER =
  /^(?:[-—–－_\s]*\d{1,4}[-—–－_\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/** Drops page numbers and running headers/footers: the same text at the top or bottom of several pages. */
function dropRunningLines(pages: Line[][]): Line[][] {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const count = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(key));
    for (const k of edge) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const repeated = (l: Line) => pages.length >= 3 && (count.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i < 2 || i >= lines.length - 2;
      return !(atEdge && (PAGE_NUMBER.test(l.text.trim()) || repeated(l)));
    }),
  );
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}

/** The notes section's title, centred on a line of its own. */
const NOTES_TITLE = /^(相关注释|注释|名词解释|名词注释|注解|有关注释|附注)[:：]?$/;

/** A Chinese part heading on a line of its own (`一、2021年工作回顾`). */
const PART_HEADING = new RegExp(`^${MARKER_NUMERAL}、[^。；，]{1,40}$`);

function assemble(pages: Line[][]): Paragraph[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const body = mode(all.map((l) => l.size));
  const left = mode(all.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.x0));
  // The right edge of full lines (a high percentile: punctuation may hang past it).
  const edge = (ls: Line[]) => {
    const xs = ls.map((l) => l.x1).sort((a, b) => a - b);
    return xs[Math.floor(xs.length * 0.9)] ?? 0;
  };
  const right = edge(all.filter((l) => Math.abs(l.size - body) < 0.5));
  // Text in another size (the notes in 4号) may end its full lines elsewhere.
  const bySize = new Map<number, Line[]>();
  for (const l of all) bySize.set(Math.round(l.size), [...(bySize.get(Math.round(l.size)) ?? []), l]);
  const rightBySize = new Map([...bySize].map(([size, ls]) => [size, edge(ls)]));
  const edgeOf = (l: Line) => Math.min(right, rightBySize.get(Math.round(l.size)) ?? right);
  const full = (l: Line) => l.x1 >= edgeOf(l) - l.size * 1.6;
  // A line ends short when the next line opens with a number or word that did not fit (`增长` | `15.8%；`).
  const noRoomFor = (last: Line, next: Line) => {
    const m = /^([A-Za-z0-9.%+\-/]+)([，。；：、）”]?)/.exec(next.text);
    // Latin letters and digits are about half a character wide; a closing mark goes with them.
    return !!m && edgeOf(last) - last.x1 < (m[1].length * 0.6 + m[2].length + 1.5) * last.size;
  };
  const out: Paragraph[] = [];
  let titleDone = false;
  // A paragraph whose last line fills the line continues on the next page when that page's
  // first line is not indented.
  let open: { p: Paragraph; last: Line; centred: boolean } | undefined;
  for (const lines of pages) {
    for (const l of lines) {
      const indented = l.x0 > left + l.size * 0.8;
      // Centred: well in from both edges, by about as much on each side.
      const centred =
        l.x0 - left > l.size * 2.5 &&
        right - l.x1 > l.size * 2.5 &&
        Math.abs(l.x0 - left - (right - l.x1)) < l.size * 2;
      const cont =
        open &&
        !indented &&
        !open.centred &&
        (full(open.last) || noRoomFor(open.last, l)) &&
        Math.abs(l.size - open.last.size) < 0.5;
      // A centred line continues a centred line above it (the dateline wraps) until it ends.
      const centredCont =
        open &&
        centred &&
        Math.abs(l.size - open.last.size) < 0.5 &&
        /^——/.test(runText(open.p)) &&
        !/[上）)]$/.test(open.last.text) &&
        !/^——/.test(l.text);
      if ((cont || centredCont) && open) {
        const prev = open.p.runs[open.p.runs.length - 1];
        prev.text += ASCII_WORD.test(prev.text) && /^[A-Za-z0-9]/.test(l.text) ? ` ${l.text}` : l.text;
        open.last = l;
        continue;
      }
      let heading = 0;
      if (!titleDone && centred && l.size > body * 1.15) {
        heading = 1;
        titleDone = true;
      } else if ((PART_HEADING.test(l.text) && l.x1 < right - l.size * 1.5) || (centred && NOTES_TITLE.test(l.text)))
        heading = 2;
      const p: Paragraph = { heading, runs: [{ text: l.text, bold: false }] };
      out.push(p);
      open = heading ? undefined : { p, last: l, centred };
    }
  }
  return out;
}

function runText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}
