// Document symbols (the outline: parts > sections > 一是… items) on the seed copy.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, documentSymbols, openDoc, ours, test, waitForDiagnostics, workspaceFile } from './harness';

const SEED = 'yanhu-2022.md';
const PARTS = ['一、2021年工作回顾', '二、2022 年工作安排', '三、全面加强政府自身建设', '相关注释'];
const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function contains(outer: vscode.Range, inner: vscode.Range): boolean {
  return !inner.start.isBefore(outer.start) && !inner.end.isAfter(outer.end);
}

function tree(s: vscode.DocumentSymbol, depth = 0, maxDepth = 2): string {
  const line = `${'  '.repeat(depth)}${s.name} [${vscode.SymbolKind[s.kind]}] L${s.range.start.line + 1}`;
  if (depth >= maxDepth) return line;
  return [line, ...s.children.map((c) => tree(c, depth + 1, maxDepth))].join('\n');
}

test('outline: 3 parts + notes, 10 sections in the plan part, 一是… items as children', async () => {
  await activateExtension();
  const uri = workspaceFile(SEED);
  await openDoc(uri);
  // The server has the document once it published for it.
  await waitForDiagnostics(uri, () => ours(uri).length > 0, undefined, 'the seed to be checked');
  // The seed looks like a report: it is in the 政府工作报告 mode, where ours is the only
  // outline (no Markdown headings). Parts are pages (kind File) with children.
  const symbols = await documentSymbols(uri);
  const parts = symbols.filter((s) => s.kind === vscode.SymbolKind.File);
  const dump = () => parts.map((p) => tree(p)).join('\n');
  assert.deepEqual(
    parts.map((p) => p.name),
    PARTS,
    `top-level parts (all top-level: ${symbols.map((s) => `${s.name}[${vscode.SymbolKind[s.kind]}]`).join(', ')})`,
  );
  for (const p of parts) {
    for (const c of p.children) assert.ok(contains(p.range, c.range), `${c.name} lies outside its part ${p.name}`);
  }
  const [review, plan, selfBuilding] = parts;

  // The plan part: ten sections （一）…（十）; the seed writes (九) with half-width brackets.
  const sections = plan.children.filter((c) => c.kind === vscode.SymbolKind.String);
  assert.equal(sections.length, 10, `expected 10 sections in ${plan.name}:\n${dump()}`);
  assert.equal(plan.children.length, 10, `the plan part should only have sections as children:\n${dump()}`);
  sections.forEach((s, i) => {
    const n = SECTION_NUMERALS[i];
    const expected = i === 8 ? `(${n})` : `（${n}）`;
    assert.ok(s.name.startsWith(expected), `section ${i + 1} should start with ${expected}: ${s.name}`);
  });
  assert.ok(sections[0].name.startsWith('（一）突出转型发展'), sections[0].name);
  assert.ok(sections[8].name.startsWith('(九)兜牢民生底线'), sections[8].name);

  // Sections have 一是/二是/三是… items as children, in order, inside the section.
  for (const s of sections) {
    assert.ok(s.children.length >= 3, `${s.name} has ${s.children.length} children`);
    assert.ok(s.children[0].name.startsWith('一是'), `${s.name}: first child ${s.children[0].name}`);
    assert.ok(s.children[1].name.startsWith('二是'), `${s.name}: second child ${s.children[1].name}`);
    assert.ok(s.children[2].name.startsWith('三是'), `${s.name}: third child ${s.children[2].name}`);
    for (const c of s.children) {
      assert.ok(contains(s.range, c.range), `${c.name} lies outside ${s.name}`);
      assert.equal(c.kind, vscode.SymbolKind.EnumMember, `${c.name} kind ${vscode.SymbolKind[c.kind]}`);
    }
  }
  assert.deepEqual(
    sections[0].children.map((c) => c.name),
    ['一是推动传统产业内涵集约发展', '二是推动战略性新兴产业成链集群发展', '三是推动现代服务业锻长补短、分类提升'],
  );

  // The review part has two runs of items, each under the paragraph that introduces it;
  // the self-building part has one run, its items directly.
  assert.equal(review.children[0].kind, vscode.SymbolKind.Enum);
  assert.equal(review.children[0].children[0].name, '一是综合实力稳步增强');
  assert.deepEqual(
    selfBuilding.children.map((c) => c.name),
    [
      '一是强化政治引领，提升政治能力',
      '二是践行法治理念，推进依法行政',
      '三是改进工作作风，强化务实高效',
      '四是严守纪律规矩，建设清廉政府',
    ],
  );
  // Parts come in document order and do not overlap.
  for (let i = 1; i < parts.length; i++) {
    assert.ok(
      !parts[i].range.start.isBefore(parts[i - 1].range.end) ||
        parts[i].range.start.line >= parts[i - 1].range.end.line,
      `${parts[i].name} overlaps ${parts[i - 1].name}`,
    );
  }
});
