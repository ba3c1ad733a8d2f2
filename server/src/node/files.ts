/** Reading the files a drafter names (glossaries, templates, the seed): errors in Chinese. */
import { formatMessage, ref } from '../core/messages/catalogue';

/**
 * Why a file could not be used, in words for the drafter (Node's errors are English): a message
 * argument, worded in the reader's locale when the message is formatted (see ref).
 */
export function fileErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return ref('files.reason.notFound');
  if (code === 'EACCES' || code === 'EPERM') return ref('files.reason.noPermission');
  if (code === 'EISDIR') return ref('files.reason.isFolder');
  if (e instanceof JsonSyntaxError) return e.message;
  // Our own errors are already in Chinese; anything else keeps its code for the maintainers.
  // (without a final 。: the reason goes inside a sentence)
  return e instanceof Error && !code ? e.message.replace(/。$/, '') : String(code ?? e);
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Where the parser stopped, as an offset in the text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** JSON.parse, with a Chinese message that gives the line. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const offset = pos ? Number(pos[1]) : 0;
    throw new JsonSyntaxError(
      formatMessage('environment.jsonSyntax', { line: text.slice(0, offset).split('\n').length }),
      offset,
    );
  }
}
