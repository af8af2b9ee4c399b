/**
 * matchTriggers finds an ASCII token's triggers by a character trie and compares later words
 * character by character; this checks it against the plain reading of the trigger table (each
 * token's lower-cased text compared with each trigger's words, longest first) on random sentences
 * built from trigger words, other words, punctuation and mixed case, non-ASCII letters included.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { matchTriggers } from '../../../server/src/service/clinical/context';
import { Tokens, tokenize } from '../../../server/src/service/clinical/tokens';
import { TRIGGERS } from '../../../server/src/service/clinical/triggers';

const TABLE = TRIGGERS.map((trigger) => ({ trigger, words: tokenize(trigger.phrase).map((t) => t.text) }))
  .filter((c) => c.words.length > 0)
  .sort((a, b) => b.words.length - a.words.length); // stable: table order among equal lengths

function plainMatch(sentence: string) {
  const texts = tokenize(sentence).map((t) => t.text);
  const out: { phrase: string; from: number; to: number }[] = [];
  let i = 0;
  while (i < texts.length) {
    const found = TABLE.find(
      (c) => i + c.words.length <= texts.length && c.words.every((w, k) => texts[i + k] === w),
    );
    if (found) {
      out.push({ phrase: found.trigger.phrase, from: i, to: i + found.words.length });
      i += found.words.length;
    } else i++;
  }
  return out;
}

const WORDS = [
  ...new Set(TRIGGERS.flatMap((t) => t.phrase.split(/\s+/))),
  'the',
  'pain',
  'EMG',
  'was',
  'K', // the Kelvin sign: lower-cases to ASCII "k"
  'İs', // lower-cases to three code units
  'naïve',
  'ruled',
  'outcome',
  ',',
  '.',
  ';',
  '/',
];

const sentence = fc
  .array(
    fc.tuple(
      fc.constantFrom(...WORDS),
      fc.constantFrom('lower', 'upper', 'title'),
      fc.constantFrom(' ', ' ', ', ', '/', ''),
    ),
    { maxLength: 25 },
  )
  .map((parts) =>
    parts
      .map(([w, c, sep]) => {
        const cased =
          c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w;
        return cased + sep;
      })
      .join(''),
  );

test('matchTriggers agrees with the plain reading of the trigger table', () => {
  fc.assert(
    fc.property(sentence, (s) => {
      const got = matchTriggers(new Tokens(s)).map((m) => ({
        phrase: m.trigger.phrase,
        from: m.from,
        to: m.to,
      }));
      assert.deepEqual(got, plainMatch(s));
    }),
    { numRuns: 3000 },
  );
});
