/** LineIndex.positionAt searches out from the line it found last: any order of lookups gives the same answers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../server/src/core/model/source';

/** Line and character by counting newlines (the definition). */
function naive(text: string, offset: number): { line: number; character: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, o);
  return { line: before.split('\n').length - 1, character: o - (before.lastIndexOf('\n') + 1) };
}

test('positionAt: lookups in any order agree with counting newlines', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringOf(fc.constantFrom('a', '字', '\n', '\r')), { maxLength: 40 }).map((a) => a.join('')),
      fc.array(fc.integer({ min: -3, max: 200 }), { minLength: 1, maxLength: 60 }),
      (text, offsets) => {
        const index = new LineIndex(text);
        for (const o of offsets) assert.deepEqual(index.positionAt(o), naive(text, o), `offset ${o}`);
      },
    ),
    { numRuns: 300 },
  );
});
