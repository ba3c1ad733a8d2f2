/**
 * structure/enumeration-count: a count that introduces a list (`以下八个方面`, `十大重点民生
 * 保障工程。` followed by `一是…十是`) differs from the number of items listed. Counted on
 * the outline, which is built on the repaired text (page-break splits joined). Only a
 * count that closes its sentence introduces a list: `A、B、C三大X` mentions are ignored.
 */
import { isPlain, markersOf, outlineOf } from '../../outline/outline';
import { blockMarkers } from '../../outline/markers';
import { defineRule, noOptions } from '../types';
import type { OutlineNode } from '../../outline/outline';
import type { RepairedParagraph } from '../../model/repair';
import { paragraphMemo, repairedSourceEnd, repairedSourceOffset } from '../../model/repair';
import { CN_NUMERAL_CHARS, parseChineseNumeral } from '../../model/numerals';

/** `以下八个方面工作：`, `八个方面的重点工作。`, `十大重点民生保障工程。` at the end of a clause. */
const TRIGGER = new RegExp(
  `(?:以下)?([${CN_NUMERAL_CHARS}]{1,3}|\\d{1,2})(个方面|方面|个|项|件|大)([^，。；：、,;:]{0,12}?)(工作|任务|事情|实事|事|工程|行动|举措|措施|方面|领域|重点)?[：:。]$`,
);

export default defineRule({
  id: 'structure/enumeration-count',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/enumeration-count.description',
  // The outline's footprint with each paragraph's list introductions. A plain paragraph
  // that introduces nothing only matters right after one that does (it is not the list).
  footprint: (w) => {
    const all = w.doc.repaired;
    let out = '';
    for (const p of w.paragraphs) {
      const t = triggers(p);
      if (!isPlain(p) || !NONE.test(t)) out += `${markersOf(p)}#${t}`;
      else {
        const k = all.indexOf(p);
        if (k > 0 && !NONE.test(triggers(all[k - 1]))) out += '¶·';
      }
    }
    return out;
  },
  options: noOptions,
  check({ doc, report }) {
    const { nodes } = outlineOf(doc);
    if (nodes.length === 0) return;
    // First node starting in each repaired paragraph, and inline nodes per paragraph.
    const leadOf = new Map<RepairedParagraph, OutlineNode>();
    const inlineOf = new Map<RepairedParagraph, OutlineNode[]>();
    for (const n of nodes) {
      if (n.inline) {
        const list = inlineOf.get(n.paragraph);
        if (list) list.push(n);
        else inlineOf.set(n.paragraph, [n]);
      } else if (!leadOf.has(n.paragraph)) leadOf.set(n.paragraph, n);
    }
    const paragraphs = doc.repaired;
    const notesStart = doc.notesPart?.start ?? Infinity;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k];
      const first = p.blocks[0];
      if (first.index < doc.bodyStart || first.index >= notesStart) continue;
      const inline = inlineOf.get(p);
      // The text that may introduce a list: up to the first inline item, else the whole.
      const t = triggerAt(p, inline ? offsetIn(p, inline[0]) : p.text.length);
      if (!t) continue;
      let items: OutlineNode[] | undefined;
      if (inline) items = runFrom(inline[0], nodes);
      else {
        const next = paragraphs[k + 1];
        const lead = next && leadOf.get(next);
        if (lead && lead.number === 1 && !lead.inline) items = runFrom(lead, nodes);
      }
      // One item is no list (`…达标。第一、二轮…` is not `第一，`).
      if (!items || items.length < 2 || items.length === t.stated) continue;
      const last = items[items.length - 1];
      report({
        start: repairedSourceOffset(p, t.start),
        end: repairedSourceEnd(p, t.end),
        message: 'structure/enumeration-count.mismatch',
        args: {
          phrase: p.text.slice(t.start, t.end),
          stated: t.stated,
          listed: items.length,
          first: items[0].name.slice(0, 6),
          last: last.name.slice(0, 6),
        },
        lines: { line: items[0].headStart },
        related: [
          {
            start: items[0].headStart,
            end: last.headEnd,
            message: 'structure/enumeration-count.list',
            args: { listed: items.length },
          },
        ],
      });
    }
  },
});

function offsetIn(p: RepairedParagraph, n: OutlineNode): number {
  const k = p.blocks.indexOf(n.block);
  return k < 0 ? p.text.length : p.starts[k] + n.marker!.start - p.skips[k];
}

interface Trigger {
  /** The count phrase in the paragraph text, without its closing punctuation. */
  start: number;
  end: number;
  stated: number;
}

/** The list introduction ending at `cut` in a paragraph, memoised on its text. */
function triggerAt(p: RepairedParagraph, cut: number): Trigger | undefined {
  const byCut = paragraphMemo(p, 'enumeration-count', () => new Map<number, Trigger | null>());
  let t = byCut.get(cut);
  if (t === undefined) byCut.set(cut, (t = findTrigger(p.text, cut)));
  return t ?? undefined;
}

function findTrigger(text: string, cut: number): Trigger | null {
  const { sentence, m } = countPhrase(text, cut);
  if (!m) return null;
  if (m[2] === '大' && !m[4]) return null; // `三大` + a noun we do not know: not a list intro
  // A quantity, not a list intro: the count after its noun (`实施重点项目17个。`), or an Arabic
  // count neither after 以下 nor before a colon (`14个市州空气质量全面达标。`).
  if (m[2] === '个' && !m[3] && !m[4]) return null;
  if (/\d/.test(m[1]) && !m[0].startsWith('以下') && !/[：:]$/.test(m[0])) return null;
  const stated = parseChineseNumeral(m[1]);
  if (stated === undefined || stated < 2 || stated > 99) return null;
  const start = sentence.start + m.index;
  return { start, end: start + m[0].length - 1, stated };
}

/** The count phrase (TRIGGER) closing the text before `cut`, if any, in its last clause. */
function countPhrase(
  text: string,
  cut: number,
): { sentence: { text: string; start: number }; m: RegExpExecArray | null } {
  const sentence = lastClause(text.slice(0, cut).replace(/\*+$/, ''));
  return { sentence, m: TRIGGER.exec(sentence.text) };
}

/** The last clause of a text (after the last 。；！？), with its start offset. */
function lastClause(text: string): { text: string; start: number } {
  let i = text.length - 2;
  while (i >= 0 && !'。；！？'.includes(text[i])) i--;
  return { text: text.slice(i + 1), start: i + 1 };
}

/** The run a node starts: following siblings of the same run, numbered 1, 2, 3… */
function runFrom(first: OutlineNode, nodes: readonly OutlineNode[]): OutlineNode[] {
  const out = [first];
  let i = nodes.indexOf(first) + 1;
  for (; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.rank < first.rank) break;
    if (n.runKey !== first.runKey) continue;
    if (n.number !== out[out.length - 1].number! + 1) break;
    out.push(n);
  }
  return out;
}

/** No list introduction at any cut (see triggers). */
const NONE = /^\|*$/;

/** The list introductions a paragraph could hold: before each inline marker, and whole. */
function triggers(p: RepairedParagraph): string {
  const cuts = [p.text.length];
  p.blocks.forEach((b, k) => {
    for (const m of blockMarkers(b).inline) if (m.start >= p.skips[k]) cuts.push(p.starts[k] + m.start - p.skips[k]);
  });
  return cuts.map((cut) => countPhrase(p.text, cut).m?.[0] ?? '').join('|');
}
