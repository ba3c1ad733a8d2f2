/** looksLikeReport reads the salutation through facts/front-matter's recognisers (issue 14). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportDocument } from '../../../server/src/core/model/document';
import { looksLikeReport } from '../../../server/src/core/detect';
import { PART_MARKER, l1Heading } from '../../../server/src/core/facts/parts';
import { detectMarker } from '../../../server/src/core/outline/markers';

const doc = (text: string) => new ReportDocument('file:///r.txt', text, 'plaintext');
const parts = '一、过去一年的工作\n\n经济运行稳中向好。\n\n二、今年的主要任务\n\n稳住经济大盘。\n';

test('a salutation followed by numbered parts makes a report, with either mark', () => {
  assert.equal(looksLikeReport(doc(`各位代表：\n\n${parts}`)), true);
  // Written with another mark: the front-matter rule flags it, but it is still a report.
  assert.equal(looksLikeReport(doc(`各位代表！\n\n${parts}`)), true);
});

test('without a salutation, or without parts, plain text is not a report', () => {
  assert.equal(looksLikeReport(doc(parts)), false);
  assert.equal(looksLikeReport(doc('各位代表：\n\n经济运行稳中向好。\n')), false);
  // 各位代表 inside a sentence is no salutation.
  assert.equal(looksLikeReport(doc(`各位代表，在总结成绩的同时，我们也清醒地认识到不足。\n\n${parts}`)), false);
});

test('parts and the outline read part markers with the one pattern', () => {
  for (const text of ['一、总体要求', '十二，加强自身建设', '三．工作安排']) {
    const m = PART_MARKER.exec(text);
    assert.ok(m, text);
    assert.equal(detectMarker(text, true)?.kind, 'part', text);
    assert.equal(detectMarker(text, true)?.end, m[0].length, text);
  }
  const [b] = doc('二、  2026年工作安排\n').blocks;
  assert.deepEqual(l1Heading(b), { number: 2, title: '2026年工作安排' });
  assert.equal(PART_MARKER.exec('一是加快发展'), null);
});
