/**
 * figures/conflict: one indicator, one period, two different values in the same document
 * (GDP growth 8.1% in one place and 8.3% in another).
 */
import { defineRule, noOptions } from '../types';
import { documentFigures, figuresFootprint, Figure } from '../../figures/document';
import { amountRange, displayName, shown } from '../../figures/display';
import type { Amount } from '../../figures/amount';
import { disagree } from '../../figures/numbers';

export default defineRule({
  id: 'figures/conflict',
  category: 'figures',
  defaultSeverity: 'warning',
  description: 'figures/conflict.description',
  options: noOptions,
  footprint: figuresFootprint,
  check({ doc, report }) {
    const seen = new Map<string, { figure: Figure; amount: Amount }>();
    const compare = (key: string, figure: Figure, amount: Amount, which: 'level' | 'change') => {
      if (amount.bound !== 'exact' || amount.minus) return;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { figure, amount });
        return;
      }
      const signed = (f: Figure, a: Amount) => {
        const d = which === 'change' ? (f.stmt.change?.direction ?? 1) : 1;
        return d > 0 ? a.interval : { lo: -a.interval.hi, hi: -a.interval.lo };
      };
      if (!disagree(signed(first.figure, first.amount), signed(figure, amount), 0)) return;
      const r = amountRange(figure.para, amount);
      const fr = amountRange(first.figure.para, first.amount);
      const value = which === 'change' ? `${figure.stmt.change!.verb} ${shown(amount)}` : shown(amount);
      const other =
        which === 'change' ? `${first.figure.stmt.change!.verb} ${shown(first.amount)}` : shown(first.amount);
      report({
        start: r.start,
        end: r.end,
        message: which === 'change' ? 'figures/conflict.change' : 'figures/conflict.level',
        args: { indicator: displayName(figure.stmt), year: figure.year ?? '', value, other },
        lines: { line: fr.start },
        related: [{ start: fr.start, end: fr.end, message: 'figures/conflict.related', args: { value: other } }],
      });
    };
    for (const f of documentFigures(doc).plain) {
      const k = keysOf(f);
      if (k.level) compare(k.level, f, f.stmt.level!, 'level');
      if (k.change) compare(k.change, f, f.stmt.change!, 'change');
    }
  },
});

interface Keys {
  role: Figure['role'];
  year: Figure['year'];
  level?: string;
  change?: string;
}

const newKeysSlot = () => ({ keys: undefined as Keys | undefined });

/** What a figure is compared by: indicator, period and kind (kept on the figure while its period holds). */
function keysOf(f: Figure): Keys {
  const slot = f.cached('conflict', newKeysSlot);
  const kept = slot.keys;
  if (kept && kept.role === f.role && kept.year === f.year) return kept;
  const s = f.stmt;
  const base = `${s.indicator!.id}|${f.role}|${f.year ?? ''}|${s.real ? 'real' : ''}`;
  const c = s.change;
  const keys: Keys = {
    role: f.role,
    year: f.year,
    level: s.level ? `${base}|L|${s.level.dimension}` : undefined,
    change: c && !c.to && !c.annualAvg ? `${base}|C|${c.changeUnit}` : undefined,
  };
  slot.keys = keys;
  return keys;
}
