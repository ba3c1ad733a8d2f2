/**
 * Reading one chunk into blocks: Markdown through remark (with CJK-friendly emphasis), plain
 * text line by line. Each block keeps its plain text and a map back to source offsets.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { BlockData, PlainBuilder, makeBlock } from './blocks';

export interface ChunkData {
  readonly blocks: readonly BlockData[];
}

// CommonMark's emphasis rules ignore CJK punctuation: `**一是…。**狠抓…` would stay literal.
const processor = unified().use(remarkParse).use(remarkCjkFriendly);

/** The source range [start, end) read as plain text (no Markdown). */
function plainRange(src: string, start: number, end: number): { text: string; map: Uint32Array } {
  const b = new PlainBuilder();
  for (let i = start; i < end; i++) b.pushCode(src.charCodeAt(i), i);
  return b.finish(end);
}

/**
 * remark's emphasis and list resolution is quadratic on some inputs (thousands of unmatched
 * `*_[` delimiters, lists nested hundreds deep). Such chunks are no report prose: read them
 * line by line as plain text so the editor stays responsive.
 */
const MAX_DELIMITERS = 2000;
const MAX_INDENT = 100;

export function isPathologicalChunk(chunk: string): boolean {
  let delimiters = 0;
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 42 || c === 95 || c === 96 || c === 126 || c === 91 || c === 93) {
      if (++delimiters > MAX_DELIMITERS) return true;
    }
    if (c === 10) {
      lineStart = true;
      indent = 0;
    } else if (lineStart && (c === 32 || c === 9 || c === 62)) {
      if (++indent > MAX_INDENT) return true;
    } else lineStart = false;
  }
  return false;
}

/** A line of a plain-text file: one paragraph. */
export function parsePlainParagraph(chunk: string): ChunkData {
  const { text, map } = plainRange(chunk, 0, chunk.length);
  return { blocks: text.length ? [makeBlock('paragraph', 0, 0, chunk.length, text, map, [], false)] : [] };
}

export function parseMarkdownChunkWithRemark(chunk: string): ChunkData {
  const blocks: BlockData[] = [];
  let root;
  try {
    root = processor.parse(chunk);
  } catch {
    // remark does not throw on any input we know of; never let one chunk sink the document.
    return parsePlainLines(chunk);
  }
  for (const node of root.children) collectBlocks(node, chunk, blocks, 0, false);
  return { blocks };
}

/** One paragraph per non-blank line, no Markdown: the fallback for chunks remark should not see. */
export function parsePlainLines(chunk: string): ChunkData {
  const blocks: BlockData[] = [];
  let start = 0;
  while (start <= chunk.length) {
    let end = chunk.indexOf('\n', start);
    if (end === -1) end = chunk.length;
    const { text, map } = plainRange(chunk, start, end);
    if (text.length > 0) blocks.push(makeBlock('paragraph', 0, start, end, text, map, [], false));
    start = end + 1;
  }
  return { blocks };
}

function collectBlocks(node: RootContent, src: string, out: BlockData[], listLevel: number, quoted: boolean): void {
  const pos = node.position;
  if (!pos) return;
  const start = pos.start.offset ?? 0;
  const end = pos.end.offset ?? src.length;
  switch (node.type) {
    case 'heading':
    case 'paragraph': {
      const b = new PlainBuilder();
      inline(node, src, b);
      const { text, map } = b.finish(end);
      out.push(makeBlock(node.type, node.type === 'heading' ? node.depth : 0, start, end, text, map, b.strong, quoted));
      return;
    }
    case 'list':
      for (const item of node.children) collectBlocks(item, src, out, listLevel + 1, quoted);
      return;
    case 'listItem': {
      const first = item0(node);
      const markerEnd = first?.position?.start.offset ?? end;
      const marker = src.slice(start, markerEnd).trim();
      const b = new PlainBuilder();
      // The marker is part of the text: outline and notes rules read it.
      for (let i = start; i < markerEnd; i++) b.push(src[i], i);
      if (first && first.type === 'paragraph') inline(first, src, b);
      const { text, map } = b.finish(first?.position?.end.offset ?? end);
      out.push(
        makeBlock(
          'listItem',
          listLevel,
          start,
          first?.position?.end.offset ?? end,
          text,
          map,
          b.strong,
          quoted,
          marker,
        ),
      );
      const rest = first && first.type === 'paragraph' ? node.children.slice(1) : node.children;
      for (const child of rest) collectBlocks(child, src, out, listLevel, quoted);
      return;
    }
    case 'blockquote':
      for (const child of node.children) collectBlocks(child, src, out, listLevel, true);
      return;
    case 'code': {
      const fenced = /^ {0,3}(`{3,}|~{3,})/.test(src.slice(start, Math.min(end, start + 8)));
      if (fenced) {
        out.push(makeBlock('code', 0, start, end, '', new Uint32Array([start]), [], quoted));
        return;
      }
      // An indented paragraph (drafters indent with spaces): read it as text.
      const { text, map } = plainRange(src, start, end);
      out.push(makeBlock('paragraph', 0, start, end, text, map, [], quoted));
      return;
    }
    case 'html': {
      const { text, map } = plainRange(src, start, end);
      out.push(makeBlock('html', 0, start, end, text, map, [], quoted));
      return;
    }
    default:
      // thematic breaks, definitions, yaml: not report text
      return;
  }
}

function item0(node: Parent): RootContent | undefined {
  return node.children[0];
}

function inline(node: Nodes, src: string, b: PlainBuilder): void {
  if (!('children' in node)) return;
  for (const child of node.children as PhrasingContent[]) {
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        pushAligned(child.value, src, child.position?.start.offset ?? 0, child.position?.end.offset ?? 0, b);
        break;
      case 'break':
        b.lineBreak(child.position?.start.offset ?? 0);
        break;
      case 'strong': {
        const s = b.length;
        inline(child, src, b);
        if (b.length > s) b.strong.push([s, b.length]);
        break;
      }
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        inline(child, src, b);
        break;
      default:
        // images, inline html, footnote references: not prose
        break;
    }
  }
}

/**
 * Pushes a node's value, pairing each character with its source offset. The value can
 * differ from the source (escapes, entities, CRLF, indentation): walk both, skipping
 * source characters that the value does not have.
 */
function pushAligned(value: string, src: string, start: number, end: number, b: PlainBuilder): void {
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (j < end && src[j] !== ch) {
      const limit = Math.min(end, j + 12);
      let k = j + 1;
      while (k < limit && src[k] !== ch) k++;
      if (k < limit) j = k;
    }
    b.push(ch, Math.min(j, Math.max(start, end - 1)));
    if (j < end && src[j] === ch) j++;
  }
}
