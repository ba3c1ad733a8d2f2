/**
 * Word and PDF files → the Markdown form the editor uses. `importFile` is async (mammoth,
 * pdf.js); the loaders that must stay synchronous (template, glossary, baseline) read the
 * results `preloadImports` put in the cache.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkText } from '../../core/check';
import { applyEdits } from '../../core/fixes';
import type { TextEdit } from '../../core/rules/types';
import { activeRules, configSchema } from '../../core/config';
import { toMarkdown } from './markdown';
import { readDocx } from './docx';
import { readPdf } from './pdf';
import { Imported, ImportError } from './types';

export { ImportError, paragraphOfLine } from './types';
export type { Imported } from './types';

export function importKind(path: string): 'docx' | 'pdf' | 'doc' | undefined {
  const m = /\.(docx|pdf|doc|wps)$/i.exec(path);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  return ext === 'docx' ? 'docx' : ext === 'pdf' ? 'pdf' : 'doc';
}

export async function importBytes(bytes: Buffer, path: string): Promise<Imported> {
  const kind = importKind(path);
  if (kind === 'doc') throw new ImportError('files.docx.oldFormat', { path });
  if (kind === 'docx') {
    const { markdown, paragraphLines } = toMarkdown(await readDocx(bytes, path));
    return { markdown, paragraphLines, kind };
  }
  const { markdown } = toMarkdown(await readPdf(bytes, path));
  const repaired = repairPageBreaks(markdown);
  return { markdown: repaired, paragraphLines: paragraphStarts(repaired), kind: 'pdf' };
}

/** Reads and converts a .docx or .pdf file; Node's file errors are thrown as they are. */
export async function importFile(path: string): Promise<Imported> {
  return importBytes(readFileSync(path), path);
}

/**
 * Paragraphs cut by a page break are joined and the character repeated at the break is
 * dropped: the fixes of the page-break rule (structure/broken-paragraph), applied at once.
 */
export function repairPageBreaks(markdown: string): string {
  const rules = activeRules(configSchema.parse({})).filter((r) => r.rule.id === 'structure/broken-paragraph');
  const { findings } = checkText(markdown, { log: () => {} }, { uri: 'file:///import.md', format: 'markdown', rules });
  const seen = new Set<readonly TextEdit[]>();
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix || seen.has(f.fix.edits)) continue;
    seen.add(f.fix.edits);
    edits.push(...f.fix.edits);
  }
  // Two findings of one break (split and duplicate) share their edits; others never overlap.
  const unique = [...new Map(edits.map((e) => [`${e.start}:${e.end}:${e.newText}`, e])).values()];
  return applyEdits(markdown, unique);
}

function paragraphStarts(markdown: string): number[] {
  const lines = markdown.split('\n');
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.trim() && (i === 0 || !lines[i - 1].trim())) out.push(i);
  });
  return out;
}

/** Imports by path and modification time, for the synchronous loaders. */
const cache = new Map<string, { mtime: number; result: Imported | ImportError }>();

/** Converts the .docx/.pdf files among `paths` into the cache (errors are cached too). */
export async function preloadImports(paths: ReadonlyArray<string | undefined>): Promise<void> {
  for (const path of paths) {
    if (!path || !importKind(path)) continue;
    let mtime: number;
    try {
      mtime = statSync(path).mtimeMs;
    } catch {
      continue; // the loader reports the missing file
    }
    if (cache.get(path)?.mtime === mtime) continue;
    let result: Imported | ImportError;
    try {
      result = await importFile(path);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      result = e;
    }
    cache.set(path, { mtime, result });
  }
}

/** Some of `paths` are Word/PDF files not yet converted (or changed since). */
export function needsImport(paths: ReadonlyArray<string | undefined>): boolean {
  return paths.some((path) => {
    if (!path || !importKind(path)) return false;
    try {
      return cache.get(path)?.mtime !== statSync(path).mtimeMs;
    } catch {
      return false;
    }
  });
}

/** The converted text of a preloaded .docx/.pdf; throws ImportError when it could not be converted. */
export function importedSync(path: string): Imported {
  const hit = cache.get(path);
  if (!hit || hit.mtime !== statSync(path).mtimeMs) throw new ImportError('files.notConverted', { path });
  if (hit.result instanceof ImportError) throw hit.result;
  return hit.result;
}
