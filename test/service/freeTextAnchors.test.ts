/**
 * anchors() runs the anchor pattern only from near the next anchor word: it must give the matches
 * running it over the whole text gives (execAll), on text mixing the anchors' pieces.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ANCHOR, anchors } from '../../server/src/service/citations/freeText';

const piece = fc.constantFrom(
  'CA',
  'California',
  ' ',
  '  ',
  '-',
  '\n',
  '/',
  '(',
  ')',
  'MTUS',
  'ACOEM',
  'ODG',
  'Official',
  'Disability',
  'Guidelines',
  '(ODG)',
  'x',
  'Cal',
  'MTU',
  'Officia',
  '2016',
);

test('anchors() gives the matches of the anchor pattern over the whole text', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const t = parts.join('');
      // A fresh copy: anchors() leaves the shared pattern's lastIndex where it stopped.
      const plain = [...t.matchAll(new RegExp(ANCHOR.source, ANCHOR.flags))].map((m) => [
        m.index,
        m[0],
        m[1],
      ]);
      assert.deepEqual(
        anchors(t).map((m) => [m.index, m[0], m[1]]),
        plain,
      );
    }),
    { numRuns: 30_000 },
  );
});
