/**
 * The corpus regression run (test/corpus): the findings on every real report must equal its
 * committed snapshot, header (`#`) lines aside. After an intended change run `npm run corpus`,
 * read every changed line, and commit the snapshots.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, corpusReports, lineDiff, readSnapshot } from '../../corpus/corpus';

const reports = corpusReports();

test('the corpus has the seed, the State Council and the local reports', () => {
  assert.ok(reports.some((r) => r.name === 'yanhu-2022'));
  assert.equal(reports.filter((r) => r.name.startsWith('state-council-')).length, 6);
  assert.ok(reports.length >= 36);
  // Consecutive years of one place: the previous year is the baseline.
  assert.match(reports.find((r) => r.name === 'hailaer-2013')?.baseline ?? '', /hailaer-2012\.txt$/);
  assert.equal(reports.find((r) => r.name === 'hailaer-2012')?.baseline, undefined);
});

for (const report of reports) {
  test(`corpus snapshot: ${report.name}`, () => {
    const snapshot = readSnapshot(report.name);
    assert.ok(snapshot, `no snapshot for ${report.name}: run npm run corpus and review it`);
    const now = checkReport(report).map((l) => l.text);
    const diff = lineDiff(snapshot.findings, now);
    assert.ok(
      diff.length === 0,
      `findings on ${report.name} differ from test/corpus/snapshots/${report.name}.txt (- snapshot, + now); run npm run corpus if intended:\n${diff.join('\n')}`,
    );
  });
}

test('the snapshot diff is readable', () => {
  assert.deepEqual(lineDiff(['a', 'b', 'c'], ['a', 'c', 'd']), ['- b', '+ d']);
  assert.deepEqual(lineDiff([], ['x']), ['+ x']);
});
