/**
 * terms/out-of-period: a national term with years of validity used as the current period
 * outside them (“十三五” as the plan being carried out in a 2023 report). Historical uses
 * (“十三五”时期, 以来, 收官 a year later) are fine: only current-tense contexts count.
 */
import { z } from 'zod';
import { defineRule, FixReport } from '../types';
import { analyzeTerms, usesFootprint } from '../../terms/analysis';
import { currentPlan } from '../../facts/five-year';
import type { GlossaryEntry } from '../../terms/types';

/** The term is the period being carried out: `实施“十三五”规划`, `“十三五”开局之年`. */
const CURRENT_BEFORE = /(?:实施|落实|推进|执行|贯彻)[“]?$/;
const CURRENT_AFTER = /^[”]?(?:规划)?(?:的)?(?:开局|起步|承上启下|关键|攻坚|决胜|中期|第[一二三四五]年)/;

export default defineRule({
  id: 'terms/out-of-period',
  category: 'terms',
  defaultSeverity: 'warning',
  description: 'terms/out-of-period.description',
  fixes: { fixAll: 'none' },
  footprint: usesFootprint,
  options: z.object({ graceYears: z.number().int().min(0).max(5).default(1) }).strict(),
  check({ doc, env, options, report }) {
    const year = doc.reportYear;
    if (!year) return;
    const a = analyzeTerms(doc, env);
    // Once per term, not per use: a report uses the same few terms hundreds of times.
    const periods = new Map<string, GlossaryEntry | null>();
    for (const u of a.uses) {
      let entry = periods.get(u.term);
      if (entry === undefined) {
        entry = a.lookup(u.term).find((e) => e.validFrom !== undefined || e.validTo !== undefined) ?? null;
        periods.set(u.term, entry);
      }
      if (!entry) continue;
      const from = entry.validFrom;
      const to = entry.validTo;
      const past = to !== undefined && year > to + options.graceYears;
      const future = from !== undefined && year < from;
      if (!past && !future) continue;
      const before = doc.text.slice(Math.max(0, u.start - 6), u.start).replace(/\*/g, '');
      const after = doc.text.slice(u.end, u.end + 12).replace(/[*\s]/g, '');
      if (!CURRENT_BEFORE.test(before) && !CURRENT_AFTER.test(after)) continue;
      const plan = currentPlan(year);
      const fix: FixReport | undefined =
        plan && plan !== u.term && /^十[一二三四五六七八九]五$/.test(u.term)
          ? {
              message: 'terms/out-of-period.fix',
              args: { term: u.term, plan },
              edits: [{ start: u.start, end: u.end, newText: plan }],
              safe: false,
            }
          : undefined;
      report({
        start: u.start,
        end: u.end,
        ...(past
          ? { message: 'terms/out-of-period.past', args: { term: u.term, from: from ?? '', to: to ?? '', year } }
          : { message: 'terms/out-of-period.future', args: { term: u.term, from: from ?? '', year } }),
        fix,
      });
    }
  },
});
