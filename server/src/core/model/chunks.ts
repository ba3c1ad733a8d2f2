/**
 * Cutting the source into chunks: runs of non-blank lines (blank lines inside fenced code
 * kept), the units the parser reads and caches (see parse.ts). Plain text: one chunk a line.
 */
export type SourceFormat = 'markdown' | 'plaintext';

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/gm;

/**
 * The format a text is read in: a plain-text file written in Markdown (two `#` headings or
 * more, as the seed's own .txt is) is read as Markdown, so that its headings, bold and line
 * breaks are markup and not text.
 */
export function readingFormat(text: string, format: SourceFormat): SourceFormat {
  if (format === 'markdown' || !text.includes('#')) return format;
  ATX_HEADING.lastIndex = 0;
  let headings = 0;
  while (ATX_HEADING.exec(text)) if (++headings >= 2) return 'markdown';
  return format;
}

/**
 * Calls `fn` for each chunk from offset `from` (a line start outside any chunk): runs of
 * non-blank lines (blank lines inside fences kept). `fn` returns true to stop.
 */
export function forEachChunk(
  text: string,
  format: SourceFormat,
  from: number,
  fn: (start: number, end: number) => boolean | void,
): void {
  let chunkStart = -1;
  let chunkEnd = -1;
  let fence: string | null = null;
  let pos = from;
  const n = text.length;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const blank = isBlankLine(text, pos, lineEnd);
    if (format === 'plaintext') {
      // Every non-empty line is a paragraph of its own.
      if (!blank && fn(pos, lineEnd)) return;
    } else {
      if (fence === null && blank) {
        if (chunkStart >= 0 && fn(chunkStart, chunkEnd)) return;
        chunkStart = -1;
      } else {
        if (chunkStart < 0) chunkStart = pos;
        chunkEnd = lineEnd;
        const f = fenceMarker(text, pos, lineEnd);
        if (f) {
          if (fence === null) fence = f;
          else if (f.startsWith(fence[0]) && f.length >= fence.length) fence = null;
        }
      }
    }
    if (eol >= n) break;
    pos = eol + 1;
  }
  if (format === 'markdown' && chunkStart >= 0) fn(chunkStart, chunkEnd);
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff && c !== 0x200b) return false;
  }
  return true;
}

/** The fence (``` or ~~~ run) opening a line, if any. */
function fenceMarker(text: string, start: number, end: number): string | null {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  const c = text[i];
  if (c !== '`' && c !== '~') return null;
  let j = i;
  while (j < end && text[j] === c) j++;
  return j - i >= 3 ? text.slice(i, j) : null;
}
