/**
 * structure/numbering-style: within one outline level, a different bracket width (`(九)`
 * among `（一）`), stray marks or blanks after the marker (`（一）、`, `一、 `), a different
 * separator (`一．`), or a different heading depth / bold extent than the rest of the
 * level. Bracket, separator and stray marks are fixed mechanically; markup differences
 * are reported (at information severity for bold) with the majority style to follow.
 */
import { outlineFootprint } from './footprint';
import { z } from 'zod';
import { defineRule, Report, TextEdit } from '../types';
import { outlineOf, type OutlineNode } from '../../outline/outline';
import { BoldStyle } from '../../outline/markers';
import { forDeviants, markupOf } from '../../facts/numbering';
import { ref } from '../../messages/catalogue';
import type { Block } from '../../model/blocks';

const BOLD: Record<BoldStyle, `structure/numbering-style.bold.${BoldStyle}`> = {
  all: 'structure/numbering-style.bold.all',
  title: 'structure/numbering-style.bold.title',
  marker: 'structure/numbering-style.bold.marker',
  partial: 'structure/numbering-style.bold.partial',
  none: 'structure/numbering-style.bold.none',
};

export default defineRule({
  id: 'structure/numbering-style',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/numbering-style.description',
  fixes: { fixAll: 'some' },
  footprint: outlineFootprint,
  options: z
    .object({
      /** Compare heading depth and bold extent within a level (Markdown only). */
      markup: z.boolean().default(true),
    })
    .strict(),
  check({ doc, options, env, report }) {
    const nodes = outlineOf(doc).nodes;
    for (const n of nodes) {
      const m = n.marker;
      if (!m || n.inline) continue;
      const t = n.block.text;
      if (m.open !== undefined && m.close !== undefined && (m.open !== '（' || m.close !== '）')) {
        const edits: TextEdit[] = [];
        const openAt = t.lastIndexOf(m.open, m.numStart);
        const closeAt = t.indexOf(m.close, m.numEnd);
        if (m.open !== '（') edits.push(charEdit(n.block, openAt, '（'));
        if (m.close !== '）') edits.push(charEdit(n.block, closeAt, '）'));
        const marker = t.slice(m.start, m.end);
        const fixed = '（' + t.slice(m.numStart, m.numEnd) + '）';
        report({
          start: n.block.sourceOffset(m.start),
          end: n.block.sourceEnd(m.end),
          message: 'structure/numbering-style.bracket',
          args: { marker, fixed },
          fix: { message: 'structure/numbering-style.fixBracket', args: { marker, fixed }, edits, safe: true },
        });
      }
      if (n.kind === 'part' && m.sep !== undefined && m.sep !== '、') {
        const at = m.numEnd;
        report({
          start: n.block.sourceOffset(m.start),
          end: n.block.sourceEnd(m.end),
          message: 'structure/numbering-style.separator',
          args: { marker: t.slice(m.start, m.end), fixed: t.slice(m.numStart, m.numEnd) + '、' },
          fix: {
            message: 'structure/numbering-style.fixSeparator',
            args: { fixed: t.slice(m.numStart, m.numEnd) + '、' },
            edits: [charEdit(n.block, at, '、')],
            safe: true,
          },
        });
      }
      if (m.stray && (n.kind === 'part' || n.kind === 'section' || n.kind === 'paren')) {
        const [s, e] = m.stray;
        const stray = t.slice(s, e);
        const shown = stray.replace(/\s/g, '␠');
        report({
          start: n.block.sourceOffset(m.start),
          end: n.block.sourceEnd(e),
          message: 'structure/numbering-style.stray',
          args: { marker: t.slice(m.start, m.end), stray: shown },
          fix: {
            message: 'structure/numbering-style.fixStray',
            args: { stray: shown },
            edits: [{ start: n.block.sourceOffset(s), end: n.block.sourceEnd(e), newText: '' }],
            safe: true,
          },
        });
      }
    }
    if (!options.markup || doc.format !== 'markdown') return;

    // Level 1: heading depth and bold, compared across the numbered parts.
    const parts = nodes.filter((n) => n.kind === 'part' && n.marker);
    const l1Default = env.template?.numbering.find((l) => l.level === 'part')?.markup;
    forDeviants(parts, markupOf, l1Default, (n, style, major) => {
      const fix = l1Fix(n.block, doc.text.slice(n.block.start, n.block.end), major);
      report({
        start: n.block.start,
        end: n.headEnd,
        message: 'structure/numbering-style.markup',
        args: {
          level: ref('structure/numbering-style.level.part'),
          marker: markerText(n),
          actual: describe(style),
          expected: describe(major),
        },
        fix,
      });
    });
    // Level 2 across the document; level 3 items within each part.
    const l2Default = env.template?.numbering.find((l) => l.level === 'section')?.markup;
    forDeviants(
      nodes.filter((n) => n.kind === 'section' && !n.inline && n.marker),
      markupOf,
      l2Default,
      (n, style, major) => report(boldReport(n, ref('structure/numbering-style.level.section'), style, major)),
    );
    for (const part of parts) {
      const items = collect(part, (n) => (n.kind === 'shi' || n.kind === 'yao' || n.kind === 'di') && !n.inline);
      const l3Default = env.template?.numbering.find((l) => l.level === 'item')?.markup;
      forDeviants(items, markupOf, l3Default, (n, style, major) =>
        report(boldReport(n, ref('structure/numbering-style.level.item'), style, major)),
      );
    }
  },
});

function charEdit(block: Block, i: number, newText: string): TextEdit {
  return { start: block.sourceOffset(i), end: block.sourceEnd(i + 1), newText };
}

function markerText(n: OutlineNode): string {
  return n.marker ? n.block.text.slice(n.marker.start, n.marker.end).replace(/\*/g, '') : '';
}

function describe(style: string): string {
  let d = described.get(style);
  if (d === undefined) {
    const [kind, bold] = style.split(':');
    const b = Object.hasOwn(BOLD, bold) ? ref(BOLD[bold as BoldStyle]) : bold;
    d =
      kind === 'p'
        ? ref('structure/numbering-style.style.paragraph', { bold: b })
        : ref('structure/numbering-style.style.heading', { hashes: '#'.repeat(Number(kind.slice(1))), bold: b });
    described.set(style, d);
  }
  return d;
}

/** A handful of styles (heading depth × bold extent) recur on every check. */
const described = new Map<string, string>();

function boldReport(n: OutlineNode, level: string, style: string, major: string): Report {
  const sameKind = style.split(':')[0] === major.split(':')[0];
  return {
    start: n.block.sourceOffset(n.marker!.start),
    end: n.headEnd,
    message: 'structure/numbering-style.markup',
    args: { level, marker: markerText(n), actual: describe(style), expected: describe(major) },
    // Bold extent alone is a matter of layout: a note, not a warning.
    severity: sameKind ? 'information' : undefined,
  };
}

function collect(root: OutlineNode, keep: (n: OutlineNode) => boolean): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (n: OutlineNode) => {
    for (const c of n.children) {
      if (keep(c) && !hasInlineSiblings(c)) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** `**一是**A；**二是**B` opening a paragraph: a list written inline, styled as such. */
function hasInlineSiblings(n: OutlineNode): boolean {
  return n.parent?.children.some((c) => c.inline && c.paragraph === n.paragraph && c.runKey === n.runKey) ?? false;
}

/** A level-1 heading rewritten with the majority markup, when its source is simple. */
function l1Fix(block: Block, source: string, major: string) {
  const [kind, bold] = major.split(':');
  if (bold !== 'all' && bold !== 'none') return undefined;
  const src = block.text.replace(/\*\*/g, '');
  // Only a one-line heading whose source is its text plus `#` and `**`: nothing else to lose.
  if (source.includes('\n') || source.replace(/^#{1,6}\s+|\*\*|\s+#*\s*$/g, '').trim() !== src) return undefined;
  const body = bold === 'all' ? `**${src}**` : src;
  const newText = kind === 'p' ? body : `${'#'.repeat(Number(kind.slice(1)))} ${body}`;
  return {
    message: 'structure/numbering-style.fixMarkup' as const,
    args: { fixed: newText },
    edits: [{ start: block.start, end: block.end, newText }],
    safe: true,
  };
}
