/**
 * structure/numbering-sequence: outline numbers that skip (一是, 二是, 四是), repeat, or do
 * not start from 一 under a new parent, at any level, in headings and in inline lists.
 * Fix: renumber the run.
 */
import { outlineFootprint } from './footprint';
import { defineRule, noOptions, TextEdit } from '../types';
import { outlineOf, type OutlineNode } from '../../outline/outline';
import { toChineseNumeral } from '../../model/numerals';

export default defineRule({
  id: 'structure/numbering-sequence',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/numbering-sequence.description',
  fixes: { fixAll: 'all' },
  footprint: outlineFootprint,
  options: noOptions,
  check({ doc, report }) {
    for (const run of outlineOf(doc).runs.values()) {
      // A run restarts at 一 when a new list begins under the same parent; headings
      // (parts, sections) and inline lists never restart within their parent.
      const lists: OutlineNode[][] = [];
      let cur: OutlineNode[] = [];
      for (const n of run) {
        const restart = n.number === 1 && cur.length > 0 && n.rank >= 3 && !n.inline;
        if (restart) {
          lists.push(cur);
          cur = [];
        }
        cur.push(n);
      }
      if (cur.length > 0) lists.push(cur);
      for (const list of lists) checkList(list);
    }

    function checkList(list: OutlineNode[]): void {
      const bad: Array<{ node: OutlineNode; expected: number; why: 'start' | 'gap' | 'repeat' | 'order' }> = [];
      list.forEach((n, i) => {
        const expected = i + 1;
        if (n.number === expected) return;
        const prev = list[i - 1]?.number;
        const why =
          i === 0 ? 'start' : prev === n.number ? 'repeat' : prev !== undefined && n.number! > prev ? 'gap' : 'order';
        // After a gap, later items that follow their predecessor are not faults of their own.
        if (i > 0 && prev !== undefined && n.number === prev + 1) return;
        bad.push({ node: n, expected, why });
      });
      if (bad.length === 0) return;
      const edits: TextEdit[] = [];
      list.forEach((n, i) => {
        if (n.number === i + 1 || !n.marker) return;
        const m = n.marker;
        const text = numeralText(n, i + 1);
        edits.push({ start: n.block.sourceOffset(m.numStart), end: n.block.sourceEnd(m.numEnd), newText: text });
      });
      // `一、` `二、` listed with 、 between them: one mark (`一、二、四`, not `一、、二、、四、`).
      const names = list.map((n) => label(n, n.number!).replace(/[、，,]$/, '')).join('、');
      for (const { node, expected, why } of bad) {
        const m = node.marker;
        if (!m) continue;
        report({
          start: node.block.sourceOffset(m.start),
          end: node.block.sourceEnd(m.end),
          message: `structure/numbering-sequence.${why}`,
          args: { marker: label(node, node.number!), expected: label(node, expected), run: names },
          fix:
            edits.length > 0
              ? { message: 'structure/numbering-sequence.fix', args: { run: names }, edits, safe: true }
              : undefined,
        });
      }
    }
  },
});

function numeralText(n: OutlineNode, k: number): string {
  return n.kind === 'arabic' || n.kind === 'paren' ? String(k) : toChineseNumeral(k);
}

/** The marker as a reader names it: `（三）`, `三是`, `第三，`, `3.`. */
function label(n: OutlineNode, k: number): string {
  const m = n.marker;
  const num = numeralText(n, k);
  if (!m) return num;
  const t = n.block.text;
  return t.slice(m.start, m.numStart) + num + t.slice(m.numEnd, m.end);
}
