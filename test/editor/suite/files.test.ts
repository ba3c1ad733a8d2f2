// Word, PDF and encodings in the real editor: export to Word, import it back beside the
// original (never over a file), and a GBK report opened as UTF-8 gets one finding.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openDoc, ours, test, waitForDiagnostics, workspaceFile } from './harness';

const SEED = 'yanhu-2022.md';

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

test('导出为 Word（公文格式）, then 从 Word/PDF 导入: the Markdown opens beside, a second import does not overwrite it', async () => {
  await activateExtension();
  await openDoc(workspaceFile(SEED));
  const docx = workspaceFile('导出测试.docx');
  const exported = await vscode.commands.executeCommand<string | undefined>('govreport.exportWord', docx);
  assert.equal(exported, docx.fsPath);
  const bytes = await vscode.workspace.fs.readFile(docx);
  assert.equal(Buffer.from(bytes.subarray(0, 2)).toString(), 'PK');
  assert.ok(bytes.length > 10_000, `${bytes.length} bytes`);
  const created: vscode.Uri[] = [];
  try {
    const first = await vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.importWordPdf', docx);
    assert.ok(first, 'no Markdown file');
    created.push(first);
    assert.equal(first.path.replace(/^.*\//, ''), '导出测试.md');
    const opened = vscode.window.activeTextEditor?.document;
    assert.equal(opened?.uri.toString(), first.toString());
    const text = opened.getText();
    assert.match(text, /^# 政府工作报告\n/);
    assert.ok(text.includes('**三是推动现代服务业锻长补短、分类提升。**深入实施'));
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.importWordPdf', docx);
    assert.ok(second);
    created.push(second);
    assert.equal(second.path.replace(/^.*\//, ''), '导出测试（导入）.md');
    assert.equal(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(first)),
      text,
      'the first import was overwritten',
    );
  } finally {
    await closeAll();
    for (const u of [...created, docx]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
  }
});

test('a GBK report opened as UTF-8 gets one finding: reopen with encoding GB18030', async () => {
  await activateExtension();
  // “各位代表：” and the rest of a small report, in GBK (what Windows tools save).
  const report =
    '# 2023年政府工作报告\n\n——2023年1月10日在某区人民代表大会上\n\n各位代表：\n\n现在，我代表区人民政府向大会报告工作，请予审议。\n\n## 一、2022年工作回顾\n\n一年来，全区经济运行稳中有进，地区生产总值增长百分之六。\n';
  const gbk = workspaceFile('gbk-2023年政府工作报告.md');
  const encoder = await import('iconv-lite');
  await vscode.workspace.fs.writeFile(gbk, encoder.encode(report.repeat(3), 'gbk'));
  try {
    await openDoc(gbk);
    const all = await waitForDiagnostics(gbk, () => ours(gbk).length > 0, undefined, 'the wrong-encoding finding');
    const mine = ours(gbk);
    assert.equal(mine.length, 1, mine.map((d) => d.message).join('\n'));
    assert.match(mine[0].message, /GB18030/);
    assert.match(mine[0].message, /通过编码重新打开|Reopen with Encoding/);
    assert.ok(all.length >= 1);
  } finally {
    await closeAll();
    await vscode.workspace.fs.delete(gbk).then(undefined, () => undefined);
  }
});
