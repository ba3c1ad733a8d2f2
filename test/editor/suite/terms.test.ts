// Terms: hover on a shorthand (note / national glossary) and the command
// govreport.annotate (生成/更新相关注释) run from the palette on a report without notes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  assertInDisplayLanguage,
  isChinese,
  openDoc,
  ours,
  readDisk,
  test,
  waitForDiagnostics,
  waitForDocument,
  workspaceFile,
} from './harness';
import { SEED_GAPS } from '../../helpers/seed-terms';

const SEED = 'yanhu-2022.md';
const NOTES_HEADING = '## 相关注释';
const PLACEHOLDER = '（待补充释义）';
/** Shorthand used in the body with no definition in any glossary: the regenerated notes get a placeholder. */

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

async function hoverAt(doc: vscode.TextDocument, term: string): Promise<string> {
  const text = doc.getText();
  const bodyEnd = text.indexOf(NOTES_HEADING);
  const at = text.indexOf(term);
  assert.ok(at >= 0 && at < bodyEnd, `“${term}” does not occur in the body of ${doc.uri.fsPath}`);
  const pos = doc.positionAt(at + 1); // inside the term
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  const mine = (hovers ?? []).filter((h) => hoverText([h]).includes(`“${term}”`));
  assert.ok(
    mine.length > 0,
    `no hover for “${term}” at line ${pos.line + 1}; hovers: ${hoverText(hovers).slice(0, 300) || 'none'}`,
  );
  return hoverText(mine);
}

test('hover on “六稳” in the body shows note 1 of the report', async () => {
  await activateExtension();
  const uri = workspaceFile(SEED);
  const editor = await openDoc(uri);
  await waitForDiagnostics(uri, () => ours(uri).length > 0, undefined, 'the seed to be checked');
  const text = await hoverAt(editor.document, '六稳');
  assert.ok(
    text.includes('稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期'),
    `hover lacks note 1's definition:\n${text}`,
  );
  const source = isChinese() ? '本文注释第 1 条' : 'note 1 of this report';
  assert.ok(
    text.includes(source),
    `hover should name its source "${source}" (language ${vscode.env.language}):\n${text}`,
  );
});

test('hover on “十四五” shows the national entry and its years', async () => {
  const uri = workspaceFile(SEED);
  const editor = await openDoc(uri);
  await waitForDiagnostics(uri, () => ours(uri).length > 0, undefined, 'the seed to be checked');
  const text = await hoverAt(editor.document, '十四五');
  assert.ok(text.includes('2021—2025'), `hover lacks the definition's years 2021—2025:\n${text}`);
  const expected = isChinese() ? ['全国通用提法', '适用年份：2021—2025 年'] : ['national term', 'valid 2021–2025'];
  for (const s of expected)
    assert.ok(text.includes(s), `hover lacks "${s}" (language ${vscode.env.language}):\n${text}`);
});

interface Note {
  number: number;
  label: string;
  definition: string;
}

/** The notes of a section: "N. label：definition" items (bold markers removed), in order. */
function parseNotes(section: string): Note[] {
  const out: Note[] = [];
  for (const raw of section.split('\n')) {
    const line = raw.replace(/\*\*/g, '');
    const m = /^(\d+)\.\s*(.+?)[：:](.*)$/.exec(line);
    if (m) out.push({ number: Number(m[1]), label: m[2].trim(), definition: m[3].trim() });
  }
  return out;
}

/** A note's headwords: its quoted terms, or the whole label when nothing is quoted. */
function headwords(label: string): string[] {
  const quoted = [...label.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  return quoted.length > 0 ? quoted : [label];
}

function notesSection(text: string): string {
  const at = text.indexOf(NOTES_HEADING);
  return at < 0 ? '' : text.slice(at);
}

test('govreport.annotate regenerates the deleted notes section (palette, active editor); a second run changes nothing', async () => {
  await activateExtension();
  const seed = await readDisk(workspaceFile(SEED));
  const original = parseNotes(notesSection(seed));
  const originalHeadwords = original.flatMap((n) => headwords(n.label));
  assert.equal(
    originalHeadwords.length,
    36,
    `the seed's notes should have 36 headwords: ${originalHeadwords.join('、')}`,
  );
  const withoutNotes = seed.slice(0, seed.indexOf(NOTES_HEADING)).trimEnd() + '\n';

  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: withoutNotes });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  try {
    assert.equal(doc.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the untitled report is not the active editor');
    // The server knows the document once it published diagnostics for it.
    await waitForDiagnostics(doc.uri, () => ours(doc.uri).length > 0, undefined, 'the untitled report to be checked');

    const changed = waitForDocument(
      doc,
      () => doc.getText().includes(NOTES_HEADING),
      'the notes section to be inserted',
      30_000,
    );
    // No arguments, as from the command palette: the client's middleware passes the active editor's URI.
    const message = await vscode.commands.executeCommand<unknown>('govreport.annotate');
    await changed;
    console.log(`[editor-suite] annotate: ${String(message)}`);
    assert.equal(typeof message, 'string', `the command should return its summary, got ${JSON.stringify(message)}`);
    assertInDisplayLanguage(message as string, 'annotate summary');
    assert.ok((message as string).includes('39'), `summary should count 39 notes: ${message}`);

    const after = doc.getText();
    assert.ok(after.startsWith(withoutNotes.trimEnd()), 'the body was changed, not just the notes appended');
    const regenerated = parseNotes(notesSection(after));
    assert.deepEqual(
      regenerated.map((n) => n.number),
      regenerated.map((_, i) => i + 1),
      'notes are not numbered 1..n',
    );
    const placeholders = regenerated.filter((n) => n.definition === PLACEHOLDER);
    assert.deepEqual(placeholders.map((n) => headwords(n.label)).flat(), SEED_GAPS, 'placeholder notes');
    const kept = regenerated.filter((n) => n.definition !== PLACEHOLDER);
    const keptHeadwords = kept.flatMap((n) => headwords(n.label));
    assert.equal(
      keptHeadwords.length,
      36,
      `expected 36 headwords besides the placeholders, got ${keptHeadwords.length}: ${keptHeadwords.join('、')}`,
    );
    assert.deepEqual(keptHeadwords, originalHeadwords, "headwords differ from the seed's notes (content or order)");
    assert.deepEqual(keptHeadwords.slice(0, 3), ['六稳', '六保', '专精特新']);
    assert.equal(keptHeadwords[keptHeadwords.length - 1], '13710');
    assert.ok(kept[0].definition.startsWith('稳就业、稳金融'), `“六稳” definition: ${kept[0].definition}`);
    assert.equal(regenerated.length, 39);

    // Idempotent: a second run leaves the text alone.
    const version = doc.version;
    const again = await vscode.commands.executeCommand<unknown>('govreport.annotate');
    assertInDisplayLanguage(String(again), 'second annotate summary');
    const upToDate = isChinese() ? '相关注释已是最新' : 'The notes are up to date';
    assert.ok(String(again).includes(upToDate), `second run should report "${upToDate}": ${again}`);
    assert.equal(doc.getText(), after, 'the second run changed the text');
    assert.equal(doc.version, version, 'the second run edited the document');
  } finally {
    await vscode.window.showTextDocument(doc, { preview: false });
    if (vscode.window.activeTextEditor?.document === doc) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  void editor;
});
