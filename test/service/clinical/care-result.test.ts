/**
 * The sentence-level skip of conservative care's result tests (extract/care.ts): every match of
 * FAILED (HELPED) holds one of FAILED_HOLDS (HELPED_HOLDS), so a sentence holding none cannot have a
 * clause that matches. Checked on random text made of the patterns' own words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  FAILED,
  FAILED_HOLDS,
  HELPED,
  HELPED_HOLDS,
} from '../../../server/src/service/clinical/extract/care';
import { holdsAny } from '../../../server/src/service/clinical/extract/gate';

const PAIRS = [
  ['FAILED', FAILED, FAILED_HOLDS],
  ['HELPED', HELPED, HELPED_HOLDS],
] as const;

for (const [name, re, holds] of PAIRS) {
  test(`every match of ${name} holds one of its strings`, () => {
    const words = [...new Set(re.source.match(/[a-z]{2,}/g) ?? [])];
    const piece = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...words) },
      { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '-', ',', ';', 'in', 'un', 'ed', 's') },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (!re.test(text)) return;
        matched++;
        assert.ok(holdsAny(text, holds), `${name} matched a text holding none of its strings`);
      }),
      { numRuns: 3000 },
    );
    assert.ok(matched > 100, `only ${matched} texts matched ${name}: the generator is too weak`);
  });
}
