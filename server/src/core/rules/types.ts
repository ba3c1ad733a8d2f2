/** The rule API: one file per rule, each a `defineRule({...})`. */
import { z } from 'zod';
import type { ReportDocument } from '../model/document';
import type { ArgName, KeyedMessage, MessageArgs, MessageKey, NoArgs, PlainKey } from '../messages/catalogue';
import type { ArgValue } from '../messages/args';
import type { CheckEnvironment } from '../environment';
import type { EditWindow } from '../edit-window';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Category = 'structure' | 'terms' | 'figures' | 'general';

/** A replacement of the source range [start, end) (offsets into the document text). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Line numbers for a message, as source offsets by argument name. The runner turns them into
 * 1-based line numbers in `args` on every check, so that a finding kept across an edit that
 * added or removed lines above it still names the right lines.
 */
export type LineArgs = Record<string, number>;

/** The placeholders a rule fills through `lines` (see LineArgs), never through `args`. */
export type LineName = 'line' | `line${number}`;

/**
 * A message as a rule reports it, one member per key: `args` holds exactly the message's
 * placeholders except the line ones (left out when there are none), and `lines` exactly those.
 */
export type ReportedMessage<K extends MessageKey = MessageKey> = K extends MessageKey
  ? { message: K } & ArgsField<Exclude<ArgName<K>, LineName>> & LinesField<Extract<ArgName<K>, LineName>>
  : never;
type ArgsField<N extends string> = [N] extends [never] ? { args?: NoArgs } : { args: { readonly [P in N]: ArgValue } };
type LinesField<N extends string> = [N] extends [never]
  ? { lines?: undefined }
  : { lines: { readonly [P in N]: number } };

interface FixBase {
  edits: TextEdit[];
  /** Mechanical and safe to apply unattended (fix-all, fix on save). */
  safe: boolean;
}

/** A fix as a rule gives it (line numbers in its title given in `lines`, see LineArgs). */
export type FixReport = FixBase & ReportedMessage;

/**
 * A fix of a finding: its title's arguments filled in, line numbers included. Checked where the
 * rule made it (FixReport); here any message, so that adapters handle findings cheaply.
 */
export type Fix = FixBase & { message: MessageKey; args?: MessageArgs; lines?: LineArgs };

export type RelatedLocation = { start: number; end: number } & KeyedMessage;

interface FindingBase {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  /** The line arguments as offsets (see LineArgs); `args` has them as line numbers. */
  lines?: LineArgs;
  fix?: Fix;
  related?: RelatedLocation[];
}

/**
 * A finding: its message's arguments all filled in, line numbers included. They were checked
 * where the rule reported them (Report: exactly the message's placeholders); here any message,
 * read as a record (`f.args.term`).
 */
export interface Finding extends FindingBase {
  message: MessageKey;
  args: MessageArgs;
}

/** What a rule reports; the engine fills in the rule id and severity. */
export type Report = {
  start: number;
  end: number;
  fix?: FixReport;
  related?: RelatedLocation[];
  /** Overrides the rule's severity for this finding (e.g. an error case of a warning rule). */
  severity?: Severity;
} & ReportedMessage;

export interface RuleContext<O> {
  readonly doc: ReportDocument;
  readonly options: O;
  readonly env: CheckEnvironment;
  report(r: Report): void;
}

export interface Rule<S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly id: string;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  /** Catalogue key of a one-line description (docs, SARIF, settings). */
  readonly description: PlainKey;
  /**
   * For the docs' fix table (generated, see scripts/rule-docs.ts): absent when the rule offers no
   * fix; otherwise whether fix-all (and fix on save) applies its fixes: all of them, some (of
   * the fixes, or only some findings have one) or none. `fixAllNote` qualifies it, e.g. which.
   * test/unit/docs/generated.test.ts checks it against the fixes the rule gives on the fixtures.
   */
  readonly fixes?: { readonly fixAll: 'all' | 'some' | 'none'; readonly fixAllNote?: PlainKey };
  /** Options with their defaults: `options.parse({})` must succeed. */
  readonly options: S;
  check(ctx: RuleContext<z.infer<S>>): void;
  /**
   * For incremental re-checks: what the rule reads from the stretch of the document an edit
   * replaced, as a string. The runner calls it on the stretch before the edit and after it;
   * when the two are equal (and the parts, the report year, the options and the environment
   * are the same, and no previous finding touches the edited text), the previous findings
   * stand, moved with the text (line numbers in messages follow, see LineArgs). Undefined on either side, or no
   * footprint at all, and the rule runs again. It must cover everything the rule's findings
   * depend on in that stretch.
   */
  footprint?(w: EditWindow): string | undefined;
}

export type { EditWindow } from '../edit-window';

export function defineRule<S extends z.ZodTypeAny>(rule: Rule<S>): Rule<S> {
  return rule;
}

export const noOptions = z.object({}).strict();
