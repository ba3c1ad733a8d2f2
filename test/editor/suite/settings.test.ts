// Locale and settings: which files are checked, a rule turned off and on again without a
// reload, and messages in VS Code's display language.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SOURCE,
  activateExtension,
  codeActions,
  codeOf,
  isChinese,
  openDoc,
  ours,
  readDisk,
  revertAndClose,
  test,
  waitForDiagnostics,
  waitForDiagnosticsQuiet,
  workspaceFile,
} from './harness';

const SEED = 'yanhu-2022.md';
const RULE = 'structure/broken-paragraph';
const EXPECTED = 23;

test('the display language is the one the runner asked for', async () => {
  const want = process.env.GOVREPORT_EXPECT_LANGUAGE;
  if (!want) {
    console.log(`[editor-suite] note: GOVREPORT_EXPECT_LANGUAGE not set; language is ${vscode.env.language}`);
    return;
  }
  assert.equal(
    vscode.env.language.toLowerCase(),
    want.toLowerCase(),
    `vscode.env.language is ${vscode.env.language}, the runner started code-server with --locale ${want}`,
  );
});

test('a README that is not a report gets no govreport diagnostics', async () => {
  await activateExtension();
  const readme = workspaceFile('README.md');
  await openDoc(readme);
  // The server handles documents in the order they are opened: once a report opened after
  // the README has its diagnostics, the README has been checked too.
  const marker = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: await readDisk(workspaceFile(SEED)),
  });
  try {
    await waitForDiagnostics(
      marker.uri,
      () => ours(marker.uri, RULE).length > 0,
      undefined,
      'a report opened after the README to be checked',
    );
    const mine = vscode.languages.getDiagnostics(readme).filter((d) => d.source === SOURCE);
    assert.deepEqual(
      mine.map((d) => `${codeOf(d)}: ${d.message}`),
      [],
      'the README got govreport diagnostics',
    );
  } finally {
    await vscode.window.showTextDocument(marker, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await revertAndClose(readme);
  }
});

test(`govReport.rules turns ${RULE} off and on again without a reload`, async () => {
  await activateExtension();
  const uri = workspaceFile(SEED);
  await openDoc(uri);
  await waitForDiagnostics(uri, () => ours(uri, RULE).length === EXPECTED, undefined, `${EXPECTED} ${RULE}`);
  const others = ours(uri).filter((d) => codeOf(d) !== RULE).length;
  const config = () => vscode.workspace.getConfiguration('govReport');
  const dotVscode = workspaceFile('.vscode');
  const hadDotVscode = await vscode.workspace.fs.stat(dotVscode).then(
    () => true,
    () => false,
  );
  try {
    await config().update('rules', { [RULE]: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, () => ours(uri, RULE).length === 0, undefined, `no ${RULE} with the rule off`);
    assert.equal(ours(uri).filter((d) => codeOf(d) !== RULE).length, others, "other rules' findings changed too");
  } finally {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    // The update leaves an empty .vscode/settings.json behind; keep the workspace as it was.
    if (!hadDotVscode) await vscode.workspace.fs.delete(dotVscode, { recursive: true }).then(undefined, () => {});
  }
  await waitForDiagnostics(
    uri,
    () => ours(uri, RULE).length === EXPECTED,
    undefined,
    `${EXPECTED} ${RULE} back with the setting removed`,
  );
});

test('diagnostics, quick fixes and the fix-all action speak the display language', async () => {
  await activateExtension();
  const uri = workspaceFile(SEED);
  await openDoc(uri);
  const zh = isChinese();
  const prefix = zh ? '段落在句中断开' : 'Paragraph broken mid-sentence';
  await waitForDiagnostics(uri, () => ours(uri, RULE).length === EXPECTED, undefined, `${EXPECTED} ${RULE}`);
  const split = ours(uri, RULE).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning);
  const wrong = split.filter((d) => !d.message.startsWith(prefix));
  assert.deepEqual(
    wrong.map((d) => d.message),
    [],
    `${RULE} messages should start with "${prefix}" (language ${vscode.env.language})`,
  );
  const dup = ours(uri, RULE).find((d) => d.severity === vscode.DiagnosticSeverity.Error);
  const dupPrefix = zh ? '断行处文字重复' : 'Text repeated across a break';
  assert.ok(dup?.message.startsWith(dupPrefix), `duplicate message should start with "${dupPrefix}": ${dup?.message}`);

  // The fix-all source action's title comes from the server's catalogue too.
  const doc = await vscode.workspace.openTextDocument(uri);
  const all = new vscode.Range(0, 0, doc.lineCount, 0);
  const kind = vscode.CodeActionKind.SourceFixAll.append('govreport');
  // Asked again (after a quiet window, event-driven) when the answer is empty: the workbench
  // may ask while the server reopens the document (a language-mode switch); the trace says.
  const events: string[] = [];
  const subs = [
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.toString() === uri.toString()) events.push(`closed (${d.languageId})`);
    }),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === uri.toString()) events.push(`opened (${d.languageId})`);
    }),
  ];
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 1; attempt <= 5; attempt++) {
    actions = await codeActions(uri, all, kind.value);
    if (actions.length > 0) break;
    console.log(
      `[editor-suite] note: fix-all: no actions (attempt ${attempt}; ${doc.languageId} v${doc.version}; events: ${events.join(', ') || 'none'}), asking again`,
    );
    await waitForDiagnosticsQuiet(uri, 200, 5_000);
  }
  subs.forEach((s) => s.dispose());
  const fixAll = actions.find((a) => a.kind && kind.contains(a.kind));
  const title = zh ? '修复所有可自动修复的问题（政府工作报告助手）' : 'Fix all auto-fixable problems (Gov Report)';
  assert.equal(fixAll?.title, title, `fix-all action (actions: ${actions.map((a) => a.title).join(' | ') || 'none'})`);
});
