/** Reading and writing a drafter's text files in their own encoding (see encoding.ts). */
import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { decode, Decoded, encode } from './encoding';
import { ref } from '../core/messages/catalogue';
import { ReasonError } from './files';
import { looksBinary } from '../core/check';
import { importedSync, importKind } from './import';

/** Reads and decodes a text file; Node's file errors (ENOENT…) are thrown as they are. */
export function readTextFile(path: string): Decoded {
  return decode(readFileSync(path));
}

/**
 * Writes text back to a file read as `from`, in the same encoding and line endings. Throws
 * EncodeError (before touching the file) when that is impossible. The new bytes go to a
 * temporary file first, so a failed write never leaves half a report behind.
 */
export function writeTextFile(path: string, text: string, from: Decoded): void {
  const bytes = encode(text, from);
  const tmp = join(dirname(path), `.${basename(path)}.govreport-${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  try {
    chmodSync(tmp, statSync(path).mode);
  } catch {
    // a new file: default permissions
  }
  renameSync(tmp, path);
}

/** Why a file's text cannot be used: it did not decode cleanly in any encoding we know. */
export class UndecodableError extends ReasonError {}

/**
 * The text of a file the tools only read (template, glossary, baseline, a checked file in
 * the workspace): decoded in its own encoding; a file no encoding fits throws
 * UndecodableError (its reason says what to do) rather than giving garbled text.
 */
export function readText(path: string): string {
  // Word and PDF files: the Markdown converted beforehand (preloadImports).
  if (importKind(path)) return importedSync(path).markdown;
  const d = readTextFile(path);
  // Binary data (NUL bytes) is returned as it is: the loaders say it is not text.
  if (!d.clean && !looksBinary(d.text)) {
    const count = (d.text.match(/\ufffd/g) ?? []).length;
    throw new UndecodableError(ref('files.undecodable', { path, count }));
  }
  return d.text;
}
