// Diagnostics and quick fixes of structure/broken-paragraph on the bundled seed report.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  CJK,
  SOURCE,
  activateExtension,
  assertInDisplayLanguage,
  firstDifference,
  isChinese,
  openDoc,
  ours,
  readDisk,
  revertAndClose,
  test,
  touches,
  waitForDiagnostics,
  waitForDiagnosticsQuiet,
  workspaceFile,
} from './harness';

const SEED = 'yanhu-2022.md'; // a copy in the test workspace; the repo's seed is never touched
const RULE = 'structure/broken-paragraph';
const EXPECTED = 23; // 22 paragraphs split by page breaks + 1 duplicated character across a break
const DUPLICATE_LINE = 138; // 1-based line of the error (细颗 / 颗粒物)

test('extension is present and activates', async () => {
  const ext = await activateExtension();
  assert.ok(ext.isActive, 'extension did not activate');
  console.log(`[editor-suite] ${ext.id} ${ext.packageJSON.version} from ${ext.extensionPath}`);
});

test(`seed report gets ${EXPECTED} ${RULE} diagnostics in the display language`, async () => {
  const uri = workspaceFile(SEED);
  await openDoc(uri);
  const all = await waitForDiagnostics(uri, () => ours(uri, RULE).length >= EXPECTED, undefined, `${EXPECTED} ${RULE}`);
  const mine = ours(uri, RULE);
  assert.equal(mine.length, EXPECTED, `expected ${EXPECTED} ${RULE} diagnostics, got ${mine.length}`);
  for (const d of mine) {
    assert.equal(d.source, SOURCE);
    // The client passes vscode.env.language to the server (govReport.locale = auto).
    assertInDisplayLanguage(d.message, 'diagnostic message');
    assert.match(d.message, CJK, `message quotes no Chinese text: ${d.message}`);
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
  const prefix = isChinese() ? '段落在句中断开' : 'Paragraph broken mid-sentence';
  assert.ok(
    mine[0].message.startsWith(prefix),
    `message should start with "${prefix}" (language ${vscode.env.language}): ${mine[0].message}`,
  );
});

test('VS Code pulls the diagnostics of open reports (nothing is pushed for them)', async () => {
  const ext = await activateExtension();
  // activate() returns the LanguageClient.
  const client = ext.exports as {
    initializeResult?: { capabilities: { diagnosticProvider?: unknown } };
    diagnostics?: vscode.DiagnosticCollection;
  };
  assert.ok(client.initializeResult?.capabilities.diagnosticProvider, 'the server offers textDocument/diagnostic');
  const uri = workspaceFile(SEED);
  await openDoc(uri);
  await waitForDiagnostics(uri, () => ours(uri, RULE).length === EXPECTED, undefined, `${EXPECTED} ${RULE}`);
  assert.equal(client.diagnostics?.get(uri)?.length ?? 0, 0, 'pushed diagnostics for an open report');
});

test('quick fix joins the first broken paragraph', async () => {
  const uri = workspaceFile(SEED);
  const editor = await openDoc(uri);
  const doc = editor.document;
  const before = doc.getText();
  assert.ok(!before.includes('高效完成创新生态集聚区'), 'seed copy already has the first split joined');
  await waitForDiagnostics(uri, () => ours(uri, RULE).length === EXPECTED, undefined, `${EXPECTED} ${RULE}`);
  const first = ours(uri, RULE)[0];
  // The test never saves; anything that does (auto save, a participant) is reported.
  const saves: string[] = [];
  const saveSubs = [
    vscode.workspace.onWillSaveTextDocument((e) => {
      if (e.document === doc)
        saves.push(`will save (reason ${vscode.TextDocumentSaveReason[e.reason]}, dirty ${e.document.isDirty})`);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d === doc) saves.push('saved');
    }),
  ];
  try {
    // Ask for quick fixes only: unfiltered, VS Code may cut the list short after other
    // providers' actions (markdown's "surround" refactorings on a non-empty range).
    // The API command does not return an action's `diagnostics`, so the fix for this
    // diagnostic is the one whose edit touches its range.
    // Observed here: now and then a request comes back empty or is rejected with
    // "Canceled" (the workbench cancels it when the model changes under it, e.g. a
    // reload of the freshly copied file), so such an answer is asked again a few
    // times, and each retry is logged so it stays visible.
    let actions: (vscode.CodeAction | vscode.Command)[] = [];
    const t0 = Date.now();
    const trace: string[] = [];
    const traceSubs = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc)
          trace.push(
            `+${Date.now() - t0}ms text change v${doc.version} (${e.contentChanges.length} changes, reason ${e.reason}, dirty ${doc.isDirty})`,
          );
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString()))
          trace.push(`+${Date.now() - t0}ms diagnostics (${ours(uri, RULE).length})`);
      }),
    ];
    for (let attempt = 1; attempt <= 5; attempt++) {
      let why: string;
      trace.push(
        `+${Date.now() - t0}ms request ${attempt} (v${doc.version}, ${vscode.languages.getDiagnostics(uri).length} diagnostics)`,
      );
      try {
        actions =
          (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
            'vscode.executeCodeActionProvider',
            uri,
            first.range,
            vscode.CodeActionKind.QuickFix.value,
          )) ?? [];
        if (actions.length > 0) break;
        why = 'no actions';
      } catch (e) {
        if (!(e instanceof Error && e.name === 'Canceled') || attempt === 5) throw e;
        why = 'Canceled';
      }
      trace.push(`+${Date.now() - t0}ms ${why}`);
      console.log(`[editor-suite] note: executeCodeActionProvider: ${why} (attempt ${attempt}), asking again`);
      // Ask again once the diagnostics have settled (an event-driven quiet window, not a fixed sleep).
      await waitForDiagnosticsQuiet(uri, 200, 5_000);
    }
    traceSubs.forEach((s) => s.dispose());
    if (trace.some((l) => /no actions|Canceled/.test(l)))
      console.log(`[editor-suite] code action trace: ${trace.join(' | ')}`);
    const fixes = actions.filter(
      (a): a is vscode.CodeAction =>
        'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && !!a.edit,
    );
    const forIt = fixes.filter((a) => a.edit!.get(uri).some((e) => touches(e.range, first.range)));
    const titles = actions.map((a) => a.title).join(' | ');
    assert.ok(
      forIt.length >= 1,
      `no quickfix with an edit for the first ${RULE} diagnostic; actions: ${titles || 'none'}`,
    );
    const fix = forIt[0];
    assertInDisplayLanguage(fix.title, 'quick fix title');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit returned false');
    assert.ok(doc.isDirty, `the document is not dirty right after the fix (saves seen: ${saves.join('; ') || 'none'})`);
    const after = doc.getText();
    assert.ok(after.includes('高效完成创新生态集聚区、南山新境市民广场'), 'the two halves were not joined');
    assert.equal(
      doc.lineCount,
      before.split('\n').length - 2,
      'the fix should remove the line break and the blank line',
    );
    await waitForDiagnostics(
      uri,
      () => ours(uri, RULE).length === EXPECTED - 1,
      undefined,
      `${EXPECTED - 1} ${RULE} after the fix`,
    );
  } finally {
    await revertAndClose(uri);
    saveSubs.forEach((s) => s.dispose());
  }
  const disk = await readDisk(uri);
  assert.ok(
    disk === before,
    `the seed copy on disk differs from the text before the fix (saves seen: ${saves.join('; ') || 'none'}): ${firstDifference(disk, before)}`,
  );
  assert.equal(doc.isDirty, false, 'the document is still dirty after the revert');
  assert.ok(doc.getText() === before, `reverting did not restore the text: ${firstDifference(doc.getText(), before)}`);
});
