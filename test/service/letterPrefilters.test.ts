/**
 * The letter reader skips work with cheap tests; each must never reject what the full check takes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { knownTitle, mayBeKnown } from '../../server/src/service/parser/letter/sections';

test('a line whose first word is no known title word is no known title', () => {
  const titles = [
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'Clinical Case Summary',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'case summary:',
    'Expert Reviewer Case Summary',
    'NOTICE OF INDEPENDENT MEDICAL REVIEW DETERMINATION',
  ];
  // Titles with their spaces changed (several, tabs, odd white space) and letters re-cased, and noise.
  const spaced = fc
    .tuple(fc.constantFrom(...titles), fc.constantFrom(' ', '  ', '\t', '\u2003', ' \u00a0'), fc.boolean())
    .map(([t, sp, upper]) => (upper ? t.toUpperCase() : t.toLowerCase()).split(' ').join(sp));
  const text = fc.oneof(
    spaced,
    fc.string({ maxLength: 50 }),
    fc.constantFrom('\u2003CASE SUMMARY', 'ıMR ISSUES, DECISIONS AND RATIONALES', 'CASE SUMMARY'),
  );
  let known = 0;
  fc.assert(
    fc.property(text, (t) => {
      if (knownTitle(t) !== undefined) {
        known++;
        assert.equal(mayBeKnown(t), true);
      }
    }),
    { numRuns: 2000 },
  );
  assert.ok(known > 200, `only ${known} known titles generated`);
});
