/**
 * The outline tree, built from the numbering in the text (not from Markdown): parts >
 * sections > items, with inline enumerations as items too. Built on the repaired view so
 * a list split by a page break stays one list. The notes section is a leaf: its `1.`
 * entries are notes, not outline.
 */
import type { Block } from '../model/blocks';
import type { ReportDocument } from '../model/document';
import type { RepairedParagraph } from '../model/repair';
import { CN_NUMERAL_CHARS } from '../model/numerals';
import { blockMarkers, boldStyle, detectMarker, Marker, MarkerKind, RANK } from './markers';

export type OutlineKind = MarkerKind | 'notes';

export interface OutlineNode {
  kind: OutlineKind;
  rank: number;
  number?: number;
  /** The block holding the marker and the marker in that block's plain text. */
  block: Block;
  marker?: Marker;
  /** Found inside a paragraph (`…：一是…；二是…`), not opening it. */
  inline: boolean;
  /** The repaired paragraph the node was found in. */
  paragraph: RepairedParagraph;
  /** Display name: marker and title (`（一）突出转型发展，着力构建现代产业新体系`). */
  name: string;
  /** Source range of the heading / title, and of the whole subtree. */
  headStart: number;
  headEnd: number;
  start: number;
  end: number;
  children: OutlineNode[];
  parent?: OutlineNode;
  /** Sequence group: siblings numbered as one run (same parent, same kind, same list). */
  runKey: string;
}

export interface Outline {
  roots: OutlineNode[];
  /** Every node in document order. */
  nodes: OutlineNode[];
  /** Numbered nodes grouped by run key, in document order. */
  runs: Map<string, OutlineNode[]>;
}

const NAME_MAX = 40;

function nameOf(block: Block, from: number, to: number): string {
  let s = block.text
    .slice(from, to)
    .replace(/\*\*|__/g, '')
    .trim();
  if (!s)
    s =
      block.text
        .slice(from, from + NAME_MAX)
        .replace(/\*\*|__/g, '')
        .trim() || '—';
  return s.length > NAME_MAX ? s.slice(0, NAME_MAX) + '…' : s;
}

/** The outline tree from the numbering in the text (parts > sections > items), once per version. */
export function outlineOf(doc: ReportDocument): Outline {
  return doc.memo('outline', buildOutline);
}

export function buildOutline(doc: ReportDocument): Outline {
  const roots: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const runs = new Map<string, OutlineNode[]>();
  const ids = new Map<OutlineNode, number>();
  let nextId = 0;
  const partAt = new Map<number, (typeof doc.parts)[number]>();
  for (const p of doc.parts) if (p.number !== undefined || p.role === 'notes') partAt.set(p.start, p);
  const notesStart = doc.notesPart?.start ?? Infinity;
  const stack: OutlineNode[] = [];
  let paraIndex = 0;
  // Each 附件 numbers its items afresh (its own root).
  let annex = 0;

  const idOf = (n: OutlineNode | undefined) => {
    if (!n) return annex ? `annex${annex}` : 'root';
    let id = ids.get(n);
    if (id === undefined) ids.set(n, (id = nextId++));
    return String(id);
  };
  const attach = (node: OutlineNode, parent: OutlineNode | undefined) => {
    node.parent = parent;
    (parent ? parent.children : roots).push(node);
    nodes.push(node);
    if (node.number !== undefined) {
      const run = runs.get(node.runKey);
      if (run) run.push(node);
      else runs.set(node.runKey, [node]);
    }
  };
  const parentFor = (rank: number) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].rank < rank) return stack[k];
    return undefined;
  };

  for (const p of doc.repaired) {
    paraIndex++;
    const first = p.blocks[0];
    if (first.index < doc.bodyStart) continue;
    if (first.index >= notesStart) {
      if (first.index === notesStart) {
        stack.length = 0;
        const node = leadNode(p, first, 'notes', undefined, undefined, first.text, 'notes');
        attach(node, undefined);
        stack.push(node);
      }
      continue;
    }
    const markers = blockMarkers(first);
    let lead: OutlineNode | undefined;
    const part = partAt.get(first.index);
    if (!part && isAnnexHeading(first)) {
      stack.length = 0;
      annex++;
      continue;
    }
    const split = markers.lead ? undefined : splitLead(p);
    if (part) {
      stack.length = 0;
      const m = markers.lead?.kind === 'part' ? markers.lead : undefined;
      lead = leadNode(p, first, 'part', m, part.number, first.text, 'parts');
      attach(lead, undefined);
      stack.push(lead);
    } else if (markers.lead && markers.lead.kind !== 'part') {
      const m = markers.lead;
      const rank = RANK[m.kind];
      while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
      const parent = stack[stack.length - 1];
      lead = leadNode(p, first, m.kind, m, m.number, nameOf(first, 0, m.titleEnd), `${idOf(parent)}:${m.kind}`);
      attach(lead, parent);
      stack.push(lead);
    } else if (split) {
      // A marker cut by a page break (`（` | `三）…`) still numbers its item; without a marker
      // in one block, the node has none (no marker fixes), only its number.
      const rank = RANK[split.kind];
      while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
      const parent = stack[stack.length - 1];
      lead = leadNode(
        p,
        first,
        split.kind,
        undefined,
        split.number,
        p.text.slice(0, split.titleEnd),
        `${idOf(parent)}:${split.kind}`,
      );
      attach(lead, parent);
      stack.push(lead);
    }
    // Inline items, across the blocks of the repaired paragraph.
    let prev: OutlineNode | undefined;
    for (let k = 0; k < p.blocks.length; k++) {
      const b = p.blocks[k];
      const skip = p.skips[k];
      for (const m of blockMarkers(b).inline) {
        if (m.start < skip) continue;
        let runKey: string;
        let parent: OutlineNode | undefined;
        // `一是…。二是…` opening a paragraph: the inline items continue the lead's run.
        const after = prev && prev.runKey === lead?.runKey ? prev : prev ? undefined : lead;
        if (lead && after && lead.kind === m.kind && after.number! + 1 === m.number) {
          runKey = lead.runKey;
          parent = lead.parent;
        } else {
          runKey = `p${paraIndex}:${m.kind}`;
          parent = lead ?? parentFor(RANK[m.kind]);
        }
        const start = b.sourceOffset(m.start);
        const node: OutlineNode = {
          kind: m.kind,
          rank: RANK[m.kind],
          number: m.number,
          block: b,
          marker: m,
          inline: true,
          paragraph: p,
          name: nameOf(b, m.start, m.titleEnd),
          headStart: start,
          headEnd: b.sourceEnd(m.titleEnd),
          start,
          end: b.sourceEnd(m.titleEnd),
          children: [],
          runKey,
        };
        attach(node, parent);
        prev = node;
      }
    }
  }
  finishRanges(roots, doc);
  return { roots, nodes, runs };
}

function leadNode(
  p: RepairedParagraph,
  b: Block,
  kind: OutlineKind,
  m: Marker | undefined,
  number: number | undefined,
  name: string,
  runKey: string,
): OutlineNode {
  const last = p.blocks[p.blocks.length - 1];
  const headEnd = m ? b.sourceEnd(Math.max(m.titleEnd, m.end)) : b.end;
  return {
    kind,
    rank: kind === 'notes' || kind === 'part' ? 1 : RANK[kind as MarkerKind],
    number,
    block: b,
    marker: m,
    inline: false,
    paragraph: p,
    name: (name = name.replace(/\*\*|__/g, '')).length > NAME_MAX ? name.slice(0, NAME_MAX) + '…' : name,
    headStart: b.start,
    headEnd,
    start: b.start,
    end: last.end,
    children: [],
    runKey,
  };
}

/**
 * Parts and sections extend to the next node of the same or a higher rank; items cover
 * their own paragraph and their descendants.
 */
function finishRanges(roots: OutlineNode[], doc: ReportDocument): void {
  const blocks = doc.blocks;
  /** The end of the last block starting before `before` (blocks are in source order). */
  const lastBlockEnd = (before: number) => {
    let lo = 0;
    let hi = blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].start < before) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? blocks[found].end : 0;
  };
  const walk = (list: OutlineNode[], limit: number) => {
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      const nextStart = i + 1 < list.length ? list[i + 1].start : limit;
      if (n.rank <= 2 && !n.inline) n.end = Math.max(n.end, lastBlockEnd(nextStart));
      walk(n.children, n.rank <= 2 ? nextStart : limit);
      const lastChild = n.children[n.children.length - 1];
      if (lastChild) n.end = Math.max(n.end, lastChild.end);
    }
  };
  walk(roots, Infinity);
}

/** Ordinary paragraphs with no outline marker in any of their blocks (nor across them), not an 附件 heading. */
export function isPlain(p: RepairedParagraph): boolean {
  for (const b of p.blocks) {
    if (b.kind !== 'paragraph' || b.data.quoted) return false;
    const { lead, inline } = blockMarkers(b);
    if (lead || inline.length > 0) return false;
  }
  return !isAnnexHeading(p.blocks[0]) && !splitLead(p);
}

const ANNEX = new RegExp(`^附\\s*件\\s*[\\d${CN_NUMERAL_CHARS}]{0,3}\\s*(?:[:：.．、]\\s*[^。；！？]{0,40})?$`);

/** An 附件 heading (`附件`, `附件2`, `附件：2026年民生实事`): numbering starts again after it. */
export function isAnnexHeading(b: Block): boolean {
  return (
    (b.kind === 'paragraph' || b.kind === 'heading') &&
    b.memo('outline.annex', (x) => ANNEX.test(x.text.replace(/\*\*|__/g, '').trim()))
  );
}

/** The lead marker of a paragraph joined across a page break that cut its marker (`（` | `三）…`). */
function splitLead(p: RepairedParagraph): Marker | undefined {
  if (p.blocks.length < 2 || p.blocks[0].kind !== 'paragraph' || blockMarkers(p.blocks[0]).lead) return undefined;
  const m = detectMarker(p.text, false);
  return m && m.kind !== 'part' && m.end > p.blocks[0].text.length - p.skips[0] ? m : undefined;
}

/** The first block's kind, and every block's markers with their bold and titles. */
export function markersOf(p: RepairedParagraph): string {
  let out = isAnnexHeading(p.blocks[0]) ? '¶annex' : '¶';
  const split = splitLead(p);
  if (split) out += `split${JSON.stringify(split)}${p.text.slice(0, split.titleEnd)}`;
  p.blocks.forEach((b, k) => {
    const { lead, inline } = blockMarkers(b);
    // The outline reads the first block's kind, and the markers of every block (with the
    // characters a page break repeated): a later block without markers changes nothing.
    if (k > 0 && !lead && inline.length === 0) return;
    out += `|${k}:${p.skips[k]}:${b.kind}${b.depth ?? ''}${b.data.quoted ? 'q' : ''}`;
    for (const m of lead ? [lead, ...inline] : inline)
      out += `;${JSON.stringify(m)}${boldStyle(b, m)}${b.text.slice(0, Math.max(m.titleEnd, m.end))}`;
  });
  return out;
}
