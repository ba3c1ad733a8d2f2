/** Helpers the figures rules share: display strings and source ranges of amounts. */
import type { RepairedParagraph } from '../model/repair';
import type { Amount, Change } from './amount';
import type { FigureStatement } from './statement';
import { sourceRange } from './document';

/** The change as written in its paragraph, verb included (`增长 8.1%`). */
export function changeText(para: RepairedParagraph, c: Change): string {
  return para.text.slice(c.verbStart, c.end).trim();
}

/** The amount as printed, spaces kept (`359.8 亿元`). */
export function shown(a: Amount): string {
  return a.text.trim();
}

export function displayName(s: FigureStatement): string {
  return s.indicator && s.subject === s.indicator.name ? s.indicator.name : s.subject;
}

export function amountRange(para: RepairedParagraph, a: Amount): { start: number; end: number } {
  return sourceRange(para, a.start, a.end);
}
