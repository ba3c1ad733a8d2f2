/**
 * textDocument/documentSymbol (the outline from the numbering: parts > sections > items,
 * for VS Code's Outline view and breadcrumbs) and textDocument/foldingRange (per part and
 * section). `outlineSymbols` and `outlineFolding` are pure and protocol-free.
 */
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { ReportDocument } from '../core/model/document';
import { outlineOf, type OutlineNode } from '../core/outline/outline';
import type { Feature } from './host';
import { formatMessage, type Locale } from '../core/messages/catalogue';

/** Kinds that suit prose (the icons VS Code shows): a part is a page, a section a heading, items a list. */
function kindOf(n: OutlineNode): SymbolKind {
  switch (n.kind) {
    case 'part':
    case 'notes':
      return SymbolKind.File;
    case 'section':
      return SymbolKind.String;
    default:
      return SymbolKind.EnumMember;
  }
}

const INTRO_MAX = 30;

/** A paragraph's opening words, for the name of the run it introduces. */
function introName(text: string): string {
  const s = text.replace(/\*\*|__/g, '').trim();
  const first = /^[^。；！？]*/.exec(s)?.[0].replace(/[：:，,]+$/, '') || s;
  return first.length > INTRO_MAX ? `${first.slice(0, INTRO_MAX)}…` : first;
}

/**
 * Several runs of items under one parent (一是…六是 of achievements, then 一是…四是 of
 * shortcomings): each run goes under the paragraph that introduces it, the one just before
 * its first item (or, for items inside a paragraph, that paragraph's opening).
 */
function groupRuns(
  doc: ReportDocument,
  parent: OutlineNode | undefined,
  nodes: OutlineNode[],
  symbols: DocumentSymbol[],
  lo: number,
  hi: number,
): DocumentSymbol[] {
  const keys = new Set(nodes.filter((n) => n.number !== undefined && n.kind !== 'section').map((n) => n.runKey));
  if (keys.size < 2) return symbols;
  const out: DocumentSymbol[] = [];
  for (let i = 0; i < nodes.length;) {
    const first = nodes[i];
    let j = i + 1;
    while (j < nodes.length && nodes[j].runKey === first.runKey) j++;
    if (first.number === undefined || first.kind === 'section') {
      out.push(...symbols.slice(i, j));
      i = j;
      continue;
    }
    let introStart: number;
    let introEnd: number;
    let name: string;
    if (first.inline) {
      introStart = first.paragraph.blocks[0].start;
      introEnd = Math.max(introStart, first.headStart);
      name = introName(doc.text.slice(introStart, introEnd));
    } else {
      const prev = doc.blocks[first.block.index - 1];
      const usable =
        prev && prev.kind === 'paragraph' && prev.start >= (parent?.headEnd ?? lo) && prev.text.trim() !== '';
      introStart = usable ? prev.start : first.headStart;
      introEnd = usable ? prev.end : first.headEnd;
      name = usable ? introName(prev.text) : symbols[i].name;
    }
    const last = symbols[j - 1];
    const start = Math.max(lo, introStart);
    const end = Math.min(hi, Math.max(doc.lines.offsetAt(last.range.end), introEnd));
    out.push({
      name: name || '—',
      kind: SymbolKind.Enum,
      range: doc.range(start, end),
      selectionRange: doc.range(start, Math.min(end, introEnd)),
      children: symbols.slice(i, j),
    });
    i = j;
  }
  return out;
}

export function outlineSymbols(doc: ReportDocument, locale: Locale = 'zh-cn'): DocumentSymbol[] {
  const list = formatMessage('symbols.inlineList', {}, locale);
  const convert = (n: OutlineNode, lo: number, hi: number): DocumentSymbol => {
    const start = Math.max(lo, Math.min(n.start, n.headStart));
    const end = Math.min(hi, Math.max(n.end, n.headEnd, start));
    const headStart = Math.max(start, n.headStart);
    const headEnd = Math.min(end, Math.max(n.headEnd, headStart));
    const children = n.children.map((c) => convert(c, start, end));
    return {
      name: n.name || '—',
      detail: n.inline ? list : undefined,
      kind: kindOf(n),
      range: doc.range(start, end),
      selectionRange: doc.range(headStart, headEnd),
      children: groupRuns(doc, n, n.children, children, start, end),
    };
  };
  return outlineOf(doc).roots.map((n) => convert(n, 0, doc.text.length));
}

export function outlineFolding(doc: ReportDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const n of outlineOf(doc).nodes) {
    if (n.inline || n.rank > 2) continue;
    const startLine = doc.lines.positionAt(n.headStart).line;
    const endLine = doc.lines.positionAt(n.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: '政府工作报告' }, foldingRangeProvider: true },
  register(host) {
    host.connection.onDocumentSymbol((params) => {
      const doc = host.documents.get(params.textDocument.uri);
      const model = doc && host.result(doc).doc;
      return model ? outlineSymbols(model, host.locale()) : [];
    });
    host.connection.onFoldingRanges((params) => {
      const doc = host.documents.get(params.textDocument.uri);
      const model = doc && host.result(doc).doc;
      return model ? outlineFolding(model) : [];
    });
  },
};
