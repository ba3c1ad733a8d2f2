/** Reading the files a drafter names (glossaries, templates, the seed): errors in the reader's words. */
import { clause, formatRef, ref } from '../core/messages/catalogue';

/**
 * Why a file could not be used, in words for the drafter (Node's errors are English): a message
 * argument, worded in the reader's locale when the message is formatted (see ref).
 */
export function fileErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return ref('files.reason.notFound');
  if (code === 'EACCES' || code === 'EPERM') return ref('files.reason.noPermission');
  if (code === 'EISDIR') return ref('files.reason.isFolder');
  if (e instanceof ReasonError) return clause(e.reason);
  // Anything else keeps its code (or text) for the maintainers.
  return e instanceof Error && !code ? e.message : String(code ?? e);
}

/** An error whose reason is a catalogue reference (see ref), worded where it is shown; its message is the Chinese. */
export class ReasonError extends Error {
  constructor(readonly reason: string) {
    super(formatRef(reason));
  }
}

export class JsonSyntaxError extends ReasonError {
  constructor(
    reason: string,
    /** Where the parser stopped, as an offset in the text. */
    readonly offset: number,
  ) {
    super(reason);
  }
}

/** JSON.parse, with a reason that gives the line. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const offset = pos ? Number(pos[1]) : 0;
    throw new JsonSyntaxError(
      ref('environment.jsonSyntax', { line: text.slice(0, offset).split('\n').length }),
      offset,
    );
  }
}
