/** documentSymbol and foldingRange from the outline, without the protocol. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver';
import { ReportDocument } from '../../../server/src/core/model/document';
import { outlineFolding, outlineSymbols } from '../../../server/src/lsp/symbols';

const root = join(__dirname, '..', '..', '..');
const seed = new ReportDocument(
  'file:///seed.md',
  readFileSync(join(root, 'seeds', 'yanhu-2022.md'), 'utf8'),
  'markdown',
);

const inside = (a: Range, b: Range) =>
  (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
  (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));

test('document symbols: parts > sections > items, Chinese names, ranges that nest', () => {
  const symbols = outlineSymbols(seed);
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['一、2021年工作回顾', '二、2022 年工作安排', '三、全面加强政府自身建设', '相关注释'],
  );
  const plan = symbols[1];
  assert.equal(plan.children?.length, 10);
  assert.equal(plan.children?.[0].name, '（一）突出转型发展，着力构建现代产业新体系');
  assert.equal(plan.children?.[0].children?.[0].name, '一是推动传统产业内涵集约发展');
  assert.equal(plan.selectionRange.start.line, 43);
  const check = (s: DocumentSymbol, parent?: DocumentSymbol) => {
    assert.ok(s.name.length > 0);
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} inside ${parent.name}`);
    for (const c of s.children ?? []) check(c, s);
  };
  for (const s of symbols) check(s);
  // A section's range covers its subtree: (一) runs from line 58 to line 68.
  assert.deepEqual([plan.children[0].range.start.line + 1, plan.children[0].range.end.line + 1], [58, 68]);
});

test('runs of items under one part go under the paragraph that introduces each; prose kinds', () => {
  const review = outlineSymbols(seed)[0];
  const groups = review.children ?? [];
  assert.deepEqual(
    groups.map((g) => g.name),
    [
      '刚刚过去的2021年，是党和国家历史上具有里程碑意义的一年',
      '各位代表，在总结成绩的同时，我们也清醒地认识到全区经济社会发…',
    ],
  );
  assert.deepEqual(
    groups.map((g) => g.children?.map((c) => c.name.slice(0, 2))),
    [
      ['一是', '二是', '三是', '四是', '五是', '六是'],
      ['一是', '二是', '三是', '四是'],
    ],
  );
  assert.deepEqual(
    groups.map((g) => g.kind),
    [SymbolKind.Enum, SymbolKind.Enum],
  );
  assert.equal(groups[0].range.start.line + 1, 16);
  // One run: no group (the self-building part's 一是…四是 are its children).
  const selfBuilding = outlineSymbols(seed)[2];
  assert.deepEqual(
    selfBuilding.children?.map((c) => c.kind),
    [SymbolKind.EnumMember, SymbolKind.EnumMember, SymbolKind.EnumMember, SymbolKind.EnumMember],
  );
  assert.equal(selfBuilding.kind, SymbolKind.File);
  assert.equal(outlineSymbols(seed)[1].children?.[0].kind, SymbolKind.String);
});

test('folding ranges: one per part and per section', () => {
  const folds = outlineFolding(seed).map((f) => [f.startLine + 1, f.endLine + 1]);
  assert.deepEqual(folds.slice(0, 3), [
    [14, 42],
    [44, 174],
    [58, 68],
  ]);
  assert.equal(folds.length, 3 + 1 + 10);
  assert.deepEqual(folds.at(-1), [196, 272]);
});

test('an empty or outline-free document has no symbols and no folds', () => {
  for (const text of ['', '正文一段。', '\u0000']) {
    const doc = new ReportDocument('file:///x.md', text, 'markdown');
    assert.deepEqual(outlineSymbols(doc), []);
    assert.deepEqual(outlineFolding(doc), []);
  }
});
