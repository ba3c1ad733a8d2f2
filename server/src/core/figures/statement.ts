/** What extraction finds in a paragraph: figure statements, `分别` lists and `其中` parts. */
import type { Indicator, IndicatorKind } from './lexicon';
import type { Amount, Change } from './amount';

export interface FigureStatement {
  start: number;
  end: number;
  subject: string;
  subjectStart: number;
  subjectEnd: number;
  indicator?: Indicator;
  kind?: IndicatorKind;
  /** Text before the indicator inside its clause (`高新区`): another scope or caliber. */
  scope: string;
  level?: Amount;
  /** `由 X 增加到 Y`: X (and `level` is Y). */
  from?: Amount;
  /** `比上年增加 Y`: Y, with its direction. */
  increment?: Amount & { direction: 1 | -1 };
  change?: Change;
  share?: { whole: string; amount: Amount };
  /** Marked 实际/可比价/可比口径/同口径: never compared with levels. */
  real: boolean;
  /** Mentions other periods (年均, 累计, 五年, a year, months): not a plain annual figure. */
  multiPeriod: boolean;
  /** Four-digit years mentioned in the sentence. */
  years: number[];
  /** Part of a `分别` list. */
  listed: boolean;
}

export interface RespectivelyList {
  /** The word 分别. */
  start: number;
  end: number;
  subjectsText: string;
  subjectsStart: number;
  subjects: string[];
  minSubjects: number;
  maxSubjects: number;
  values: Amount[];
  /** `分别从 A、B 增加到 C、D`: A and B (the values are C and D). */
  froms?: Amount[];
  /** Nothing before 分别 in its clause: the subjects are the figures of the clauses before it. */
  borrowed?: boolean;
}

export interface PartsGroup {
  /** The word 其中. */
  start: number;
  end: number;
  total: Amount;
  totalSubject: string;
  parts: Array<{ subject: string; amount: Amount }>;
}

export interface ParagraphFigures {
  statements: FigureStatement[];
  lists: RespectivelyList[];
  parts: PartsGroup[];
}

/** A range [start, end) of the paragraph text: a sentence or a clause. */
export interface Span {
  start: number;
  end: number;
}
