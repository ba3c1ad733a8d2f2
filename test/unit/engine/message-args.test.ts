/**
 * Message arguments typed per message key (issue 14 item 7): the compiler reads each message's
 * `{name}` placeholders (messages/args.ts) and checks the arguments passed for it (that both
 * locales have the same placeholders is tested in engine.test.ts). The `@ts-expect-error`
 * lines below fail `npm run typecheck` when a wrong argument set compiles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, ref, refList, type ArgName } from '../../../server/src/core/messages/catalogue';
import type { Placeholders } from '../../../server/src/core/messages/args';
import type { Report } from '../../../server/src/core/rules/types';

test('a reference with its own arguments is worded with them, in the locale, nested references too', () => {
  const level = ref('structure/numbering-style.level.section');
  assert.equal(
    formatMessage('structure/numbering-style.fixStray', {
      stray: ref('cli.import.written', { from: 'a', path: 'b', paragraphs: 3 }),
    }),
    formatMessage('structure/numbering-style.fixStray', { stray: '已导入“a”，写入“b”（3 段）。' }),
  );
  assert.equal(
    formatMessage('terms.hover.source', { source: ref('client.import.converting', { name: level }) }, 'en'),
    formatMessage('terms.hover.source', { source: 'Importing "Level-2 heading"…' }, 'en'),
  );
  // A bare reference to a message with placeholders is still filled from the other arguments.
  const bare: Record<string, string> = { stray: `@msg:client.import.converting`, name: '甲' };
  assert.equal(formatMessage('structure/numbering-style.fixStray', bare as never), '删去序号后多余的“正在导入‘甲’…”');
});

test('a list of references is worded item by item and joined with the locale’s separator', () => {
  const item = (indicator: string) => ref('figures/target-claim.item', { indicator, target: '6%', result: '5%' });
  const list = refList([item('地区生产总值'), item('财政收入')]);
  assert.equal(
    formatMessage('terms.hover.source', { source: list }),
    '来源：“地区生产总值”（“6%” → “5%”）、“财政收入”（“6%” → “5%”）',
  );
  assert.equal(
    formatMessage('terms.hover.source', { source: list }, 'en'),
    'Source: “地区生产总值” (“6%” → “5%”), “财政收入” (“6%” → “5%”)',
  );
});

// ── compile-time checks (never run) ────────────────────────────────────────
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const yes = <T extends true>(t: T) => t;

export function typeChecks(report: (r: Report) => void): void {
  // The placeholders as fillTemplate reads them: `{"a": 1}` and `{…}` are text.
  yes<Equal<Placeholders<'{a}、{b_1}：{"x": 1} {…} {c}{c}'>, 'a' | 'b_1' | 'c'>>(true);
  yes<Equal<Placeholders<'没有占位符'>, never>>(true);
  yes<Equal<ArgName<'config.issue.severity'>, never>>(true);
  yes<Equal<ArgName<'structure/broken-paragraph.split'>, 'line1' | 'line2' | 'tail' | 'head'>>(true);

  formatMessage('cli.import.written', { from: 'a', path: 'b', paragraphs: 1 });
  formatMessage('general.fixAll');
  // @ts-expect-error a placeholder left out
  formatMessage('cli.import.written', { from: 'a', path: 'b' });
  // @ts-expect-error a misspelt placeholder
  formatMessage('cli.import.written', { from: 'a', path: 'b', paragraph: 1 });
  // @ts-expect-error an argument the message does not have
  formatMessage('general.fixAll', { rule: 'x' });
  // @ts-expect-error arguments left out
  formatMessage('cli.import.written');
  // @ts-expect-error a reference to a message with placeholders takes its arguments
  ref('cli.import.written');
  ref('cli.import.written', { from: 'a', path: 'b', paragraphs: 1 });

  // Line placeholders come from `lines` (offsets), the others from `args`.
  report({
    start: 0,
    end: 1,
    message: 'structure/enumeration-count.mismatch',
    args: { phrase: 'a', stated: 3, listed: 2, first: 'x', last: 'y' },
    lines: { line: 0 },
  });
  report({
    start: 0,
    end: 1,
    message: 'structure/enumeration-count.mismatch',
    // @ts-expect-error `line` is a line argument, given in `lines`
    args: { phrase: 'a', stated: 3, listed: 2, first: 'x', last: 'y', line: 4 },
  });
  // @ts-expect-error `lines` left out
  report({
    start: 0,
    end: 1,
    message: 'structure/enumeration-count.mismatch',
    args: { phrase: 'a', stated: 3, listed: 2, first: 'x', last: 'y' },
  });
  report({
    start: 0,
    end: 1,
    message: 'structure/numbering-style.stray',
    args: { marker: '一、', stray: '、' },
    // @ts-expect-error a fix's title is checked too
    fix: { message: 'structure/numbering-style.fixStray', args: { marker: '一、' }, edits: [], safe: true },
  });
}
