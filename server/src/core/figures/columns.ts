/** The 数据一览 table's columns and their titles: a leaf, shared by the CLI, the server and the client's view. */
import { formatMessage, Locale, MessageKey } from '../messages/catalogue';

export const COLUMNS = [
  'line',
  'indicator',
  'period',
  'value',
  'change',
  'baseline',
  'computed',
  'target',
  'targetStatus',
  'status',
] as const;

export function columnTitle(c: (typeof COLUMNS)[number], locale: Locale): string {
  return formatMessage(`figures.column.${c}` as MessageKey, {}, locale);
}
