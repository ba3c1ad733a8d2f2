/**
 * textDocument/documentSymbol (the outline from the numbering: parts > sections > items,
 * for VS Code's Outline view and breadcrumbs) and textDocument/foldingRange (per part and
 * section). `outlineSymbols` and `outlineFolding` are pure and protocol-free.
 */
import { DocumentSymbol, FoldingRange, FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import type { ReportDocument } from '../core/model/document';
import { outlineOf, type OutlineNode } from '../core/outline/outline';
import type { Feature } from './host';

function kindOf(n: OutlineNode): SymbolKind {
  switch (n.kind) {
    case 'part':
    case 'notes':
      return SymbolKind.Module;
    case 'section':
      return SymbolKind.Namespace;
    case 'paren':
      return SymbolKind.Key;
    default:
      return SymbolKind.Field;
  }
}

export function outlineSymbols(doc: ReportDocument): DocumentSymbol[] {
  const convert = (n: OutlineNode, lo: number, hi: number): DocumentSymbol => {
    const start = Math.max(lo, Math.min(n.start, n.headStart));
    const end = Math.min(hi, Math.max(n.end, n.headEnd, start));
    const headStart = Math.max(start, n.headStart);
    const headEnd = Math.min(end, Math.max(n.headEnd, headStart));
    return {
      name: n.name || '—',
      detail: n.inline ? '列举' : undefined,
      kind: kindOf(n),
      range: doc.range(start, end),
      selectionRange: doc.range(headStart, headEnd),
      children: n.children.map((c) => convert(c, start, end)),
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
      return model ? outlineSymbols(model) : [];
    });
    host.connection.onFoldingRanges((params) => {
      const doc = host.documents.get(params.textDocument.uri);
      const model = doc && host.result(doc).doc;
      return model ? outlineFolding(model) : [];
    });
  },
};
