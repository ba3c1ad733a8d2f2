/**
 * What a CLI command reads: text files in their own encoding, and Word/PDF files converted
 * to the editor's Markdown (see node/import). Conversion is asynchronous, so a command
 * converts every such file it names first (`withImports`) and then runs as before.
 */
import { statSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver';
import type { Decoded } from '../node/encoding';
import { Imported, importedSync, ImportError, importKind, paragraphOfLine, preloadImports } from '../node/import';
import type { Finding } from '../core/rules/types';
import type { Locale, MessageArgs } from '../core/messages/catalogue';
import { UsageError } from './context';
import { readTextFile } from '../node/textfile';

export interface Source {
  text: string;
  /** Set for text files: how to write them back. */
  decoded?: Decoded;
  /** Set for Word and PDF files. */
  imported?: Imported;
}

/** Runs `run` now, or once the Word and PDF files among `paths` are converted. */
export function withImports(
  paths: ReadonlyArray<string | undefined>,
  run: () => number | Promise<number>,
): number | Promise<number> {
  if (!paths.some((p) => p && importKind(p))) return run();
  return preloadImports(paths).then(run);
}

/** A file named on the command line: decoded text, or the converted Word/PDF file. */
export function readSource(path: string): Source {
  if (!importKind(path)) {
    const decoded = readReportFile(path);
    return { text: decoded.text, decoded };
  }
  try {
    statSync(path);
  } catch {
    readReportFile(path); // the usual missing-file / folder / permission message
  }
  try {
    const imported = importedSync(path);
    return { text: imported.markdown, imported };
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(e.key, e.args);
    throw e;
  }
}

/** A finding's line arguments as paragraph numbers, marked so the message can say 段. */
const MARK = '\u0001';

/**
 * A diagnostic for a Word/PDF source: Word has no lines, so positions and line numbers in
 * the message name the paragraph (第 N 段). `paragraph` is the paragraph of the finding.
 */
export function paragraphDiagnostic(
  imported: Imported,
  finding: Finding,
  convert: (f: Finding) => Diagnostic,
  locale: Locale,
): Diagnostic & { paragraph: number } {
  const args: MessageArgs = { ...finding.args };
  for (const k in finding.lines) {
    const line = Number(args[k]);
    if (Number.isFinite(line)) args[k] = `${MARK}${paragraphOfLine(imported, line - 1)}${MARK}`;
  }
  // A fix edits the Markdown form, not the Word file: it is left out.
  const d = convert({ ...finding, args, fix: undefined });
  d.message = d.message
    .replace(new RegExp(`第 ${MARK}(\\d+)${MARK} 行`, 'g'), locale === 'en' ? 'paragraph $1' : '第 $1 段')
    .replace(new RegExp(`lines? ${MARK}(\\d+)${MARK}`, 'g'), 'paragraph $1')
    .replace(new RegExp(`${MARK}(\\d+)${MARK}`, 'g'), '$1');
  return { ...d, paragraph: paragraphOfLine(imported, d.range.start.line) };
}

/** A text file named on the command line, decoded in its own encoding (see node/encoding.ts). */
export function readReportFile(path: string): Decoded {
  try {
    return readTextFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const key =
      code === 'ENOENT'
        ? 'cli.fileError.notFound'
        : code === 'EISDIR'
          ? 'cli.fileError.isDirectory'
          : code === 'EACCES'
            ? 'cli.fileError.noAccess'
            : 'cli.fileError';
    throw new UsageError(key, { path, reason: String(code ?? e) });
  }
}

export function readReport(path: string): string {
  return readReportFile(path).text;
}
