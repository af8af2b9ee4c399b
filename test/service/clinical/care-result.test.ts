/**
 * The sentence-level skip of conservative care's result tests (extract/care.ts): every match of
 * FAILED or HELPED holds a match of RESULT_HOLDS, so a sentence without one cannot have a clause that
 * matches. Checked on random text made of the patterns' own words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FAILED, HELPED, RESULT_HOLDS } from '../../../server/src/service/clinical/extract/care';

const PATTERNS = [
  ['FAILED', FAILED],
  ['HELPED', HELPED],
] as const;

for (const [name, re] of PATTERNS) {
  test(`every match of ${name} holds a match of RESULT_HOLDS`, () => {
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
        assert.ok(RESULT_HOLDS.test(text), `${name} matched a text without a match of RESULT_HOLDS`);
      }),
      { numRuns: 3000 },
    );
    assert.ok(matched > 100, `only ${matched} texts matched ${name}: the generator is too weak`);
  });
}
