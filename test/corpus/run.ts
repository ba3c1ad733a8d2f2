/**
 * `npm run corpus`: checks every corpus report, rewrites its snapshot (keeping the reviewer's
 * `#` header lines) and prints counts per rule and severity, and what changed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkReport, corpusReports, lineDiff, readSnapshot, snapshotDir, snapshotPath } from './corpus';

mkdirSync(snapshotDir, { recursive: true });
const counts = new Map<string, Map<string, number>>();
const severities = ['error', 'warning', 'information', 'hint'];
let changed = 0;
for (const report of corpusReports()) {
  const lines = checkReport(report);
  const old = readSnapshot(report.name);
  const findings = lines.map((l) => l.text);
  if (!old || old.findings.join('\n') !== findings.join('\n')) {
    changed++;
    const diff = lineDiff(old?.findings ?? [], findings);
    console.log(`── ${report.name}: ${diff.length} line(s) changed`);
    for (const d of diff) console.log(`   ${d}`);
  }
  writeFileSync(snapshotPath(report.name), [...(old?.header ?? []), ...findings].join('\n') + '\n');
  for (const l of lines) {
    const row = counts.get(l.ruleId) ?? new Map<string, number>();
    row.set(l.severity, (row.get(l.severity) ?? 0) + 1);
    counts.set(l.ruleId, row);
  }
}

const width = Math.max(...[...counts.keys()].map((k) => k.length), 4);
console.log(`\n${'rule'.padEnd(width)} ${severities.map((s) => s.padStart(12)).join('')}`);
const total = new Map<string, number>();
for (const id of [...counts.keys()].sort()) {
  const row = counts.get(id)!;
  for (const s of severities) total.set(s, (total.get(s) ?? 0) + (row.get(s) ?? 0));
  console.log(`${id.padEnd(width)} ${severities.map((s) => String(row.get(s) ?? 0).padStart(12)).join('')}`);
}
console.log(`${'total'.padEnd(width)} ${severities.map((s) => String(total.get(s) ?? 0).padStart(12)).join('')}`);
console.log(`\n${corpusReports().length} reports, ${changed} snapshot(s) changed`);
