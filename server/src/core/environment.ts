/**
 * Everything a check needs besides the document: prepared once at start-up (or when its
 * files change), never on the keystroke path.
 */
export interface CheckEnvironment {
  /** Where rule failures and other internals are logged (the output channel, stderr). */
  log(message: string): void;
}

export function defaultEnvironment(log: (m: string) => void = () => {}): CheckEnvironment {
  return { log };
}
