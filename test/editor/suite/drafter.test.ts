// What a drafter meets in the editor (issue 16): the report's language mode and its defaults,
// the outline, the hover on an undefined term, the extra quick fixes, the figures table's data.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  documentSymbols,
  activateExtension,
  codeActions,
  codeOf,
  isChinese,
  openDoc,
  ours,
  revertAndClose,
  test,
  waitForDiagnostics,
  workspaceFile,
} from './harness';

const SEED = 'yanhu-2022.md';

/** The open document of `uri` once VS Code shows it in `language` (the switch reopens it). */
async function documentIn(uri: vscode.Uri, language: string, timeoutMs = 30_000): Promise<vscode.TextDocument> {
  const find = () =>
    vscode.workspace.textDocuments.find(
      (d) => d.uri.toString() === uri.toString() && !d.isClosed && d.languageId === language,
    );
  const now = find();
  if (now) return now;
  return new Promise((resolve, reject) => {
    const sub = vscode.workspace.onDidOpenTextDocument(() => {
      const d = find();
      if (d) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = vscode.workspace.textDocuments
        .filter((d) => d.uri.toString() === uri.toString())
        .map((d) => d.languageId);
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${uri.fsPath} in language ${language} (open as: ${seen.join(', ') || 'not open'})`,
        ),
      );
    }, timeoutMs);
  });
}

test('a Markdown report switches to the 政府工作报告 mode, with prose defaults', async () => {
  await activateExtension();
  const uri = workspaceFile(SEED);
  await openDoc(uri);
  const doc = await documentIn(uri, 'govreport');
  await vscode.window.showTextDocument(doc, { preview: false });
  const editor = vscode.workspace.getConfiguration('editor', doc);
  assert.equal(editor.get('wordWrap'), 'on');
  assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
  assert.equal(editor.get('occurrencesHighlight'), 'off');
  // A Markdown file that is not a report stays Markdown.
  const readme = await vscode.workspace.openTextDocument(workspaceFile('README.md'));
  await vscode.window.showTextDocument(readme, { preview: false });
  await waitForDiagnostics(uri, () => ours(uri).length > 0, undefined, 'the seed to be checked');
  assert.equal(readme.languageId, 'markdown');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test("outline: only the report's own structure, runs grouped under their paragraph, prose kinds", async () => {
  const uri = workspaceFile(SEED);
  await documentIn(uri, 'govreport');
  const symbols = await documentSymbols(uri);
  // No Markdown heading provider competes: the top level is exactly the report's parts.
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['一、2021年工作回顾', '二、2022 年工作安排', '三、全面加强政府自身建设', '相关注释'],
  );
  assert.ok(
    symbols.every((s) => s.kind === vscode.SymbolKind.File),
    symbols.map((s) => vscode.SymbolKind[s.kind]).join(','),
  );
  const groups = symbols[0].children;
  assert.deepEqual(
    groups.map((g) => g.children.length),
    [6, 4],
    groups.map((g) => g.name).join(' | '),
  );
  assert.ok(groups[1].name.startsWith('各位代表，在总结成绩的同时'), groups[1].name);
  assert.equal(groups[0].children[0].name, '一是综合实力稳步增强');
});

test('hover on an undefined term says once what to do, with command links and no setting id', async () => {
  const uri = workspaceFile(SEED);
  const doc = await documentIn(uri, 'govreport');
  await waitForDiagnostics(uri, () => ours(uri, 'terms/undefined').length > 0, undefined, 'terms/undefined');
  const d = ours(uri, 'terms/undefined').find((x) => doc.getText(x.range).includes('1311'));
  assert.ok(d, 'a terms/undefined finding on 1311');
  const hovers =
    (await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      d.range.start.translate(0, 1),
    )) ?? [];
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /command:govreport\.addToGlossary\?/);
  assert.match(text, /command:govreport\.annotate\?/);
  assert.doesNotMatch(text, /govReport\.glossaries/);
  // The problem is the diagnostic's to say (VS Code shows it in the same hover): not repeated.
  assert.ok(!text.includes(d.message.slice(0, 12)), `hover repeats the diagnostic: ${text}`);
  if (isChinese()) assert.match(text, /还没有释义/);
});

test('quick fixes: 在此处关闭此检查 on every finding, 加入术语表… on a term; the switch turns the finding off', async () => {
  const uri = workspaceFile(SEED);
  const doc = await documentIn(uri, 'govreport');
  await vscode.window.showTextDocument(doc, { preview: false });
  const term = ours(uri, 'terms/undefined').find((x) => doc.getText(x.range).includes('1311'))!;
  const actions = await codeActions(uri, term.range, vscode.CodeActionKind.QuickFix.value);
  const titles = actions.map((a) => a.title);
  const off = isChinese() ? '在此处关闭此检查（terms/undefined）' : 'Turn off this check here (terms/undefined)';
  const add = isChinese() ? '加入术语表…（“1311”）' : 'Add to glossary… ("1311")';
  assert.ok(titles.includes(off), titles.join(' | '));
  assert.ok(titles.includes(add), titles.join(' | '));
  assert.equal(actions.find((a) => a.title === add)?.command?.command, 'govreport.addToGlossary');
  // The placeholder fix says what it inserts.
  const placeholder = actions.find((a) => a.edit && /待补充释义/.test(a.title));
  if (isChinese()) {
    assert.ok(placeholder, titles.join(' | '));
    const inserted = placeholder
      .edit!.get(uri)
      .map((e) => e.newText)
      .join('');
    assert.ok(inserted.includes('（待补充释义）'), inserted);
  }
  // Every finding of another rule gets the switch too; applying it removes that finding only.
  const broken = ours(uri, 'structure/broken-paragraph')[0];
  const brokenActions = await codeActions(uri, broken.range, vscode.CodeActionKind.QuickFix.value);
  const switchAction = brokenActions.find((a) => a.title.includes('structure/broken-paragraph') && !a.isPreferred);
  assert.ok(switchAction?.edit, brokenActions.map((a) => a.title).join(' | '));
  const before = ours(uri).length;
  assert.ok(await vscode.workspace.applyEdit(switchAction.edit));
  assert.match(doc.getText(), /<!-- govreport-disable-next-line structure\/broken-paragraph -->\n/);
  await waitForDiagnostics(uri, () => ours(uri).length === before - 1, undefined, 'one finding fewer');
  assert.ok(!ours(uri).some((x) => codeOf(x) === 'structure/broken-paragraph' && x.message === broken.message));
  await revertAndClose(uri);
});

test('数据一览 data: targets judged against results, line numbers, checkable rows', async () => {
  const uri = workspaceFile('2023-report.md');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  const report = await documentIn(uri, 'govreport');
  const result = await vscode.commands.executeCommand<{ rows: Array<Record<string, unknown>> }>(
    'govreport.figures',
    report.uri.toString(),
  );
  const gdp = result.rows.find((r) => r.indicator === '地区生产总值' && r.targetStatus);
  assert.ok(gdp, 'a GDP row with a target verdict');
  assert.equal(gdp.target, '增长 8.5%');
  assert.equal(gdp.targetVerdict, 'missed');
  assert.equal(gdp.line, String(Number((gdp.range as { startLine: number }).startLine) + 1));
  assert.ok(result.rows.some((r) => r.targetVerdict === 'met'));
  assert.ok(result.rows.some((r) => r.checkable === false) && result.rows.some((r) => r.checkable === true));
  assert.ok(!result.rows.some((r) => String(r.indicator).startsWith('、')));
  // The rule speaks at the claim.
  await waitForDiagnostics(
    uri,
    () => ours(uri, 'figures/target-claim').length === 1,
    undefined,
    'figures/target-claim',
  );
  const claim = ours(uri, 'figures/target-claim')[0];
  assert.match(report.getText(claim.range), /完成了全年各项目标任务/);
  await revertAndClose(uri);
});
