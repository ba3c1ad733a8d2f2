/**
 * The `{name}` placeholders of a message template, read by the compiler from the catalogue's
 * string literal types, so that a message's arguments are checked where they are passed
 * (see ArgsOf in catalogue.ts). It reads them as fillTemplate does (`/\{(\w+)\}/g`): a brace
 * not followed by a word and `}` is text (`{"severity": …}`).
 */

// prettier-ignore
type WordChar =
  | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm'
  | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z'
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M'
  | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z'
  | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '_';

/** `S` is a non-empty run of word characters (`\w+`). */
type IsName<S extends string> = S extends `${infer C}${infer Rest}`
  ? C extends WordChar
    ? Rest extends ''
      ? true
      : IsName<Rest>
    : false
  : false;

/** The placeholder names of a template, as a union (never when it has none). */
export type Placeholders<S extends string> = S extends `${string}{${infer After}`
  ? After extends `${infer Name}}${infer Rest}`
    ? IsName<Name> extends true
      ? Name | Placeholders<Rest>
      : Placeholders<After>
    : never
  : never;

/** The value of one argument: text, a number, or another message (see `ref`). */
export type ArgValue = string | number;
