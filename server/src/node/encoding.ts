/**
 * Text files as drafters have them: UTF-8 (with or without BOM), UTF-16 LE/BE and
 * GB18030/GBK (Windows tools). `decode` detects the encoding and line endings; `encode`
 * writes text back the same way, or refuses when the result would not read back as the
 * same text. Every CLI read and write of a report goes through here.
 */
import { ref } from '../core/messages/catalogue';
import * as iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type Eol = 'lf' | 'crlf' | 'mixed' | 'none';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** The file started with a byte order mark (not part of `text`). */
  bom: boolean;
  eol: Eol;
  /** Every byte decoded to a character (no U+FFFD was made up, no NUL bytes). */
  clean: boolean;
}

const BOMS: Record<Encoding, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.length > 0 && buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** Counts U+FFFD. */
function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

export function detectEol(text: string): Eol {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1;
  if (lf === 0) return 'none';
  if (crlf === lf) return 'crlf';
  return crlf === 0 ? 'lf' : 'mixed';
}

/**
 * UTF-16 without a BOM: its ASCII characters (newlines, digits) give NUL bytes, nearly all
 * in odd (LE) or even (BE) positions (some CJK characters add a few in the others).
 */
function utf16WithoutBom(buf: Uint8Array): Encoding | undefined {
  const n = Math.min(buf.length, 65536) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  if (odd >= 4 && even * 4 <= odd) return 'utf-16le';
  if (even >= 4 && odd * 4 <= even) return 'utf-16be';
  return undefined;
}

function decodeAs(buf: Uint8Array, encoding: Encoding, bom: boolean): Decoded {
  const body = bom ? buf.subarray(BOMS[encoding].length) : buf;
  let text: string;
  let clean: boolean;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      clean = true;
    } catch {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      clean = false;
    }
  } else {
    text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding, { stripBOM: false });
    // Decoding made up characters where bytes did not fit: compare with an honest re-encoding.
    clean = replacements(text) === 0 || Buffer.compare(iconv.encode(text, encoding), Buffer.from(body)) === 0;
    if (encoding.startsWith('utf-16') && body.length % 2 === 1) clean = false;
  }
  if (clean && encoding !== 'utf-16le' && encoding !== 'utf-16be' && text.includes('\u0000')) clean = false;
  return { text, encoding, bom, eol: detectEol(text), clean };
}

/** Detects the encoding of a text file's bytes and decodes it. */
export function decode(bytes: Uint8Array): Decoded {
  for (const enc of ['utf-8', 'utf-16le', 'utf-16be'] as const)
    if (startsWith(bytes, BOMS[enc])) return decodeAs(bytes, enc, true);
  const utf8 = decodeAs(bytes, 'utf-8', false);
  if (utf8.clean) return utf8;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const d = decodeAs(bytes, utf16, false);
    if (d.clean && !/[\u0000-\u0008\u000e-\u001f]/.test(d.text)) return d;
  }
  const gb = decodeAs(bytes, 'gb18030', false);
  if (gb.clean) return gb;
  // Neither fits: the one that lost fewer characters, marked unclean (never written back).
  return replacements(gb.text) < replacements(utf8.text) ? gb : utf8;
}

export class EncodeError extends Error {}

/**
 * New text for a file read as `from`: in its encoding, with its BOM and its line endings
 * (text edited with `\n` in a CRLF file gets CRLF). Throws EncodeError when the bytes would
 * not decode back to the same text, or the file did not decode cleanly to begin with.
 */
export function encode(text: string, from: Pick<Decoded, 'encoding' | 'bom' | 'eol' | 'clean'>): Buffer {
  if (!from.clean) throw new EncodeError('source not clean');
  let out = text;
  if (from.eol === 'crlf') out = out.replace(/\r?\n/g, '\r\n');
  else if (from.eol === 'lf') out = out.replace(/\r\n/g, '\n');
  const body = from.encoding === 'utf-8' ? Buffer.from(out, 'utf8') : iconv.encode(out, from.encoding);
  const bytes = from.bom ? Buffer.concat([Buffer.from(BOMS[from.encoding]), body]) : body;
  const back = decodeAs(bytes, from.encoding, from.bom);
  if (!back.clean || back.text !== out) throw new EncodeError('does not round-trip');
  return bytes;
}

/** The encoding's name, a message argument (GB18030 covers GBK and GB2312). */
export function encodingLabel(d: Pick<Decoded, 'encoding' | 'bom'>): string {
  const name = d.encoding === 'gb18030' ? 'GB18030/GBK' : d.encoding.toUpperCase();
  return d.bom ? ref('files.encoding.withBom', { name }) : name;
}
