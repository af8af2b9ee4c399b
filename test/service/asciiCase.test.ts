/**
 * sameIgnoringAsciiCase stands for comparing a lower-cased slice: the two must agree on text mixing
 * ASCII letters of both cases with the characters whose lower case is special.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sameIgnoringAsciiCase } from '../../server/src/service/parser/asciiCase';

const special = [
  '\u0130',
  '\u212a',
  '\u212b',
  '\u0131',
  '\u017f',
  '\u03a3',
  '\u00c9',
  ' ',
  ':',
  '-',
  '&',
  '(',
  ')',
];
const char = fc.oneof(fc.constantFrom(...'abikKsSIzZ'.split('')), fc.constantFrom(...special));

test('sameIgnoringAsciiCase agrees with comparing the lower-cased slice', () => {
  fc.assert(
    fc.property(
      fc.array(char, { maxLength: 12 }).map((a) => a.join('')),
      fc
        .array(fc.constantFrom(...'abiksz :-&()'.split('')), { minLength: 1, maxLength: 6 })
        .map((a) => a.join('')),
      fc.integer({ min: -2, max: 14 }),
      (text, phrase, at) => {
        const plain = at >= 0 && text.slice(at, at + phrase.length).toLowerCase() === phrase;
        assert.equal(sameIgnoringAsciiCase(text, at, phrase), plain);
      },
    ),
    { numRuns: 50_000 },
  );
});

test('sameIgnoringAsciiCase: the Kelvin sign is a "k", a dotted capital I no "i"', () => {
  assert.equal(sameIgnoringAsciiCase('Bac\u212a', 0, 'back'), true);
  assert.equal(sameIgnoringAsciiCase('\u0130n', 0, 'in'), false);
});
