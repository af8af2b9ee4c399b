/**
 * detectLetterLayout looks for its phrases without lower-casing the letter's head: it must answer as
 * the plain search in the lower-cased head does, on text mixing the phrases' pieces in both cases
 * with the characters whose lower case is special (dotted capital I, Kelvin sign, capital sigma).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { detectLetterLayout } from '../../server/src/service/parser/letter/layout';

/** The definition: the phrases looked for in the lower-cased head. */
function reference(text: string): string {
  const head = text.slice(0, 20_000).toLowerCase();
  if (
    head.includes('notice of independent medical review determination') ||
    head.includes('has determined the request for') ||
    (head.includes('case summary:') && head.includes('rationale for the decision'))
  ) {
    return 'letter-2013';
  }
  const top = head.slice(0, 2_000);
  if (/(^|\n)[\f ]*case number:/.test(top) || /(^|\n)[\f ]*date assigned:/.test(top)) return 'letter-2016';
  return 'letter-2014';
}

const PHRASES = [
  'notice of independent medical review determination',
  'has determined the request for',
  'case summary:',
  'rationale for the decision',
  'case number:',
  'date assigned:',
];

/** A phrase, whole or cut, each letter in either case, sometimes with one character changed. */
const piece = fc
  .tuple(
    fc.constantFrom(...PHRASES),
    fc.nat(60),
    fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
    fc.option(fc.tuple(fc.nat(59), fc.constantFrom('\u0130', '\u212a', 'I', 'x', ' ', '\u03a3'))),
  )
  .map(([phrase, cut, upper, change]) => {
    let s = [...phrase.slice(0, Math.max(1, phrase.length - (cut % 4 === 0 ? cut % phrase.length : 0)))]
      .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch))
      .join('');
    if (change) s = s.slice(0, change[0] % s.length) + change[1] + s.slice((change[0] % s.length) + 1);
    return s;
  });
const filler = fc.constantFrom('\n', '\f', ' ', 'ab', '\u0130', '\u212a', '\u03a3 ', 'Q', 'w', 'W', ':', 'V');

test('detectLetterLayout agrees with the search in the lower-cased head', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, filler), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      assert.equal(detectLetterLayout(text), reference(text));
    }),
    { numRuns: 20_000 },
  );
});

test('detectLetterLayout: the 2,000-character top and the 20,000-character head are cut as before', () => {
  const pad = (n: number, ch = 'x') => ch.repeat(n);
  for (const text of [
    `${pad(1_990)}\ncase number: 1`,
    `${pad(1_985, '\u0130')}\ncase number: 1`,
    `${pad(1_988)}\nCase Number: 1`,
    `${pad(19_990)}has determined the request for`,
    `${pad(19_980)}has determined the request for`,
    `${pad(5, '\u0130')}Case Summary: ${pad(19_960)}Rationale for the Decision`,
  ]) {
    assert.equal(detectLetterLayout(text), reference(text));
  }
});
