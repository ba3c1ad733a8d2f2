// Diagnostics and quick fixes of structure/broken-paragraph on the bundled seed report.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  CJK, SOURCE, activateExtension, codeOf, openDoc, ours, revertAndClose,
  test, waitForDiagnostics, waitForDiagnosticsQuiet, workspaceFile,
} from './harness';

const SEED = 'yanhu-2022.md'; // a copy in the test workspace; the repo's seed is never touched
const RULE = 'structure/broken-paragraph';
const EXPECTED = 23; // 22 paragraphs split by page breaks + 1 duplicated character across a break
const DUPLICATE_LINE = 138; // 1-based line of the error (细颗 / 颗粒物)

test('extension is present and activates', async () => {
  const ext = await activateExtension();
  assert.ok(ext.isActive, 'extension did not activate');
});

test(`seed report gets ${EXPECTED} ${RULE} diagnostics in Chinese`, async () => {
  const uri = workspaceFile(SEED);
  await openDoc(uri);
  const all = await waitForDiagnostics(uri, () => ours(uri, RULE).length >= EXPECTED, undefined, `${EXPECTED} ${RULE}`);
  const mine = ours(uri, RULE);
  assert.equal(mine.length, EXPECTED, `expected ${EXPECTED} ${RULE} diagnostics, got ${mine.length}`);
  for (const d of mine) {
    assert.equal(d.source, SOURCE);
    assert.match(d.message, CJK, `message is not Chinese: ${d.message}`);
  }
  const errors = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
  const warnings = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning);
  assert.equal(errors.length, 1, `expected 1 error (duplicated character), got ${errors.length}`);
  assert.equal(warnings.length, EXPECTED - 1, `expected ${EXPECTED - 1} warnings`);
  const errLines = [errors[0].range.start.line + 1, errors[0].range.end.line + 1];
  assert.ok(
    errLines.some((l) => Math.abs(l - DUPLICATE_LINE) <= 2),
    `the duplicated-character error should be at about line ${DUPLICATE_LINE}, is at lines ${errLines.join('-')}`,
  );
  assert.ok(all.length >= mine.length);
});

test('quick fix joins the first broken paragraph', async () => {
  const uri = workspaceFile(SEED);
  const editor = await openDoc(uri);
  const doc = editor.document;
  const before = doc.getText();
  assert.ok(!before.includes('高效完成创新生态集聚区'), 'seed copy already has the first split joined');
  await waitForDiagnostics(uri, () => ours(uri, RULE).length === EXPECTED, undefined, `${EXPECTED} ${RULE}`);
  const first = ours(uri, RULE)[0];
  try {
    const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', uri, first.range,
    )) ?? [];
    const fixes = actions.filter(
      (a): a is vscode.CodeAction =>
        'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && !!a.edit,
    );
    const forIt = fixes.filter((a) =>
      (a.diagnostics ?? []).some((d) => codeOf(d) === RULE && d.range.isEqual(first.range)));
    const titles = actions.map((a) => a.title).join(' | ');
    assert.ok(forIt.length >= 1, `no quickfix with an edit for the first ${RULE} diagnostic; actions: ${titles || 'none'}`);
    const fix = forIt[0];
    assert.match(fix.title, CJK, `quick fix title is not Chinese: ${fix.title}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit returned false');
    const after = doc.getText();
    assert.ok(after.includes('高效完成创新生态集聚区、南山新境市民广场'), 'the two halves were not joined');
    assert.equal(doc.lineCount, before.split('\n').length - 2, 'the fix should remove the line break and the blank line');
    await waitForDiagnostics(uri, () => ours(uri, RULE).length === EXPECTED - 1, undefined, `${EXPECTED - 1} ${RULE} after the fix`);
  } finally {
    await revertAndClose(uri);
  }
  const reopened = await vscode.workspace.openTextDocument(uri);
  assert.equal(reopened.getText(), before, 'reverting did not restore the seed copy');
  assert.equal(reopened.isDirty, false);
});

test.skip('a README that is not a report gets no govreport diagnostics', 'enabled by a later issue', async () => {
  const uri = workspaceFile('README.md');
  await openDoc(uri);
  const all = await waitForDiagnosticsQuiet(uri);
  assert.deepEqual(all.filter((d) => d.source === SOURCE).map((d) => d.message), []);
  await revertAndClose(uri);
});
