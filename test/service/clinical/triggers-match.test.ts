/**
 * ConText on random sentences, against plain readings of the rules. matchTriggers finds an ASCII token's triggers by a character trie and compares later words
 * character by character; this checks it against the plain reading of the trigger table (each
 * token's lower-cased text compared with each trigger's words, longest first) on random sentences
 * built from trigger words, other words, punctuation and mixed case, non-ASCII letters included.
 * SentenceContext's scans skip stretches where no scope is open; each token's scopes are checked
 * against their definition, trigger by trigger.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { matchTriggers, SentenceContext } from '../../../server/src/service/clinical/context';
import { Tokens, tokenize } from '../../../server/src/service/clinical/tokens';
import { type ScopeCategory, TRIGGERS } from '../../../server/src/service/clinical/triggers';

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

const CATEGORIES: readonly ScopeCategory[] = [
  'negation',
  'normal',
  'hypothetical',
  'historical',
  'experiencer',
];

/** The categories whose scope covers token `i`, from their definition (see context.ts). */
function plainScopes(sentence: string, i: number): Set<ScopeCategory> {
  const texts = tokenize(sentence).map((t) => t.text);
  const matches = matchTriggers(new Tokens(sentence));
  const between = (a: number, b: number, what: (j: number) => boolean) => {
    for (let j = a + 1; j < b; j++) if (what(j)) return true;
    return false;
  };
  const terminatorAt = (j: number) =>
    matches.some((m) => m.from === j && m.trigger.category === 'terminator');
  const out = new Set<ScopeCategory>();
  for (const m of matches) {
    const { category, direction, window } = m.trigger;
    if (category === 'pseudo' || category === 'terminator') continue;
    const comma = (j: number) => category === 'normal' && texts[j] === ',';
    const forward =
      direction !== 'backward' &&
      m.from < i &&
      (window === undefined || i <= m.to - 1 + window) &&
      !between(m.from, i, (j) => terminatorAt(j) || comma(j));
    const backward =
      direction !== 'forward' &&
      m.from > i &&
      (window === undefined || i >= m.from - window) &&
      !between(i, m.from, (j) => terminatorAt(j) || comma(j));
    if (forward || backward) out.add(category);
  }
  return out;
}

const STATUS_OF: Readonly<Record<ScopeCategory, string>> = {
  negation: 'absent',
  normal: 'absent',
  hypothetical: 'hypothetical',
  historical: 'historical',
  experiencer: 'other-person',
};

test('SentenceContext: the scopes over each token are those the triggers define', () => {
  fc.assert(
    fc.property(sentence, (s) => {
      const context = new SentenceContext(s);
      const tokens = tokenize(s);
      tokens.forEach((token, i) => {
        const expected = plainScopes(s, i);
        for (const category of CATEGORIES) {
          // Ignoring every other category leaves this one's bit alone to decide the status.
          const status = context.statusOf(
            token.start,
            token.end,
            CATEGORIES.filter((c) => c !== category),
          );
          assert.equal(
            status,
            expected.has(category) ? STATUS_OF[category] : 'present',
            `token ${i}, ${category}`,
          );
        }
      });
    }),
    { numRuns: 1500 },
  );
});
