/**
 * The readers skip work with cheap tests and fast paths; each must agree with the full check.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDate } from '../../server/src/service/parser/dates';
import { splitLines as splitImrMdLines } from '../../server/src/service/parser/imrmd/lines';
import { splitLines as splitLetterLines } from '../../server/src/service/parser/letter/lines';
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

test('lines found with indexOf (no carriage return) equal lines found character by character', () => {
  // With every \n written as a lone \r, the readers take the character loop; offsets are the same.
  const text = fc
    .array(
      fc.oneof(fc.constantFrom('\n', '\n\n', ' ', '\f', '  x', 'Case Number:'), fc.string({ maxLength: 8 })),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join('').replace(/\r/g, ''));
  fc.assert(
    fc.property(text, (t) => {
      const slow = t.replace(/\n/g, '\r');
      assert.deepEqual(splitImrMdLines(t), splitImrMdLines(slow));
      const fast = splitLetterLines(t);
      const chars = splitLetterLines(slow);
      assert.deepEqual(fast.lines, chars.lines);
      assert.equal(fast.doubleSpaced, chars.doubleSpaced);
    }),
    { numRuns: 2000 },
  );
});

test('calendar days are counted as Date.UTC counts them, leap years included', () => {
  for (let year = 1900; year <= 2200; year++) {
    for (let month = 1; month <= 12; month++) {
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      for (let day = 27; day <= 32; day++) {
        assert.equal(parseDate(`${year}-${month}-${day}`) !== null, day <= days, `${year}-${month}-${day}`);
      }
    }
  }
});
