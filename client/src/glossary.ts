/**
 * 加入术语表…: appends a term to the workspace glossary, asking for its definition.
 * The glossary is the first JSON glossary the settings (or .govreportrc.json) name; without
 * one, `术语表.json` is created in the report's folder and named in the workspace settings.
 * A glossary that is not UTF-8 JSON (an array of entries, or { entries: [...] }) is left alone:
 * nothing is written to a file that could not be read faithfully. The entry is inserted with
 * jsonc-parser, so the rest of the file (comments, layout) stays as it was.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyEdits, modify, parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import type { Translate } from '../../server/src/core/messages/catalogue';

type T = Translate;

export const DEFAULT_GLOSSARY = '术语表.json';
const RC_FILE = '.govreportrc.json';

interface Entry {
  term?: unknown;
  aliases?: unknown;
}

/** The JSON glossaries named for a folder: .govreportrc.json's first (it wins), then the settings'. */
async function namedGlossaries(folder: vscode.WorkspaceFolder, doc: vscode.Uri): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const resolveIn = (base: vscode.Uri, p: string) =>
    path.isAbsolute(p) ? vscode.Uri.file(p) : vscode.Uri.joinPath(base, p);
  try {
    const rcUri = vscode.Uri.joinPath(folder.uri, RC_FILE);
    const rc = parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(rcUri))) as
      { glossaries?: unknown } | undefined;
    if (Array.isArray(rc?.glossaries))
      for (const g of rc.glossaries) if (typeof g === 'string') out.push(resolveIn(folder.uri, g));
  } catch {
    // no configuration file
  }
  const fromSettings = vscode.workspace.getConfiguration('govReport', doc).get<string[]>('glossaries', []);
  for (const g of fromSettings) if (typeof g === 'string') out.push(resolveIn(folder.uri, g));
  return out.filter((u) => u.path.toLowerCase().endsWith('.json'));
}

/** Reads a glossary as text and entries; a message key when it cannot be read faithfully. */
export function readGlossary(
  bytes: Uint8Array,
): { text: string; bom: boolean; entries: Entry[]; path: (string | number)[] } | { error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not UTF-8' };
  }
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  if (text.trim() === '') return { text: '[]\n', bom, entries: [], path: [] };
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0) return { error: printParseErrorCode(errors[0].error) };
  if (Array.isArray(value)) return { text, bom, entries: value as Entry[], path: [] };
  const entries = (value as { entries?: unknown } | null)?.entries;
  if (value && typeof value === 'object' && Array.isArray(entries))
    return { text, bom, entries: entries as Entry[], path: ['entries'] };
  return { error: 'not an array of entries' };
}

/** The glossary text with one entry appended (undefined when the term is there already). */
export function appendEntry(
  text: string,
  entries: Entry[],
  arrayPath: (string | number)[],
  term: string,
  definition: string,
): string | undefined {
  const has = entries.some((e) => e?.term === term || (Array.isArray(e?.aliases) && e.aliases.includes(term)));
  if (has) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(
    text,
    [...arrayPath, entries.length],
    { term, definition, scope: 'local' },
    {
      isArrayInsertion: true,
      formattingOptions: { insertSpaces: true, tabSize: 2, eol },
    },
  );
  const out = applyEdits(text, edits);
  return out.endsWith(eol) ? out : out + eol;
}

export async function addToGlossary(t: T, term: unknown, docUri: unknown): Promise<void> {
  if (typeof term !== 'string' || !term) return;
  const doc = typeof docUri === 'string' ? vscode.Uri.parse(docUri) : vscode.window.activeTextEditor?.document.uri;
  const folder = doc ? vscode.workspace.getWorkspaceFolder(doc) : vscode.workspace.workspaceFolders?.[0];
  if (!folder || !doc) {
    void vscode.window.showWarningMessage(t('client.glossary.noWorkspace'));
    return;
  }
  const named = await namedGlossaries(folder, doc);
  const target = named[0] ?? vscode.Uri.joinPath(folder.uri, DEFAULT_GLOSSARY);
  const file = path.basename(target.path);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await vscode.workspace.fs.readFile(target);
  } catch {
    bytes = undefined; // created below
  }
  const read = bytes ? readGlossary(bytes) : { text: '[]\n', bom: false, entries: [], path: [] };
  if ('error' in read) {
    void vscode.window.showErrorMessage(t('client.glossary.unreadable', { file, error: read.error }));
    return;
  }
  if (appendEntry(read.text, read.entries, read.path, term, 'x') === undefined) {
    void vscode.window.showInformationMessage(t('client.glossary.exists', { term, file }));
    return;
  }
  const definition = await vscode.window.showInputBox({
    title: t('actions.addToGlossary', { term }),
    prompt: t('client.glossary.prompt', { term, file }),
    placeHolder: t('client.glossary.placeholder'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : t('client.glossary.placeholder')),
  });
  if (!definition?.trim()) return;
  const text = appendEntry(read.text, read.entries, read.path, term, definition.trim())!;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode((read.bom ? '\uFEFF' : '') + text));
  if (named.length === 0) {
    // A new glossary: name it in the workspace settings so that the checks read it.
    const config = vscode.workspace.getConfiguration('govReport', doc);
    const current = config.get<string[]>('glossaries', []);
    const target =
      vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : vscode.ConfigurationTarget.Workspace;
    await config.update('glossaries', [...current, DEFAULT_GLOSSARY], target);
    void vscode.window.showInformationMessage(t('client.glossary.created', { term, file }));
  } else void vscode.window.showInformationMessage(t('client.glossary.added', { term, file }));
}
