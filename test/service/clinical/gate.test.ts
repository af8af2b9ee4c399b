/**
 * The extractors' prefilters (extract/gate.ts) never hide a match: on random text, every pattern that
 * matches has its gate open, and a sentence's facts are the same with the prefilter on and off.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { openGates, PATTERNS, type Pattern } from '../../../server/src/service/clinical/extract/gate';
import { factsOfSentence, lowerSameLength } from '../../../server/src/service/clinical/facts';
import { splitSentences } from '../../../server/src/service/clinical/sentences';
import { TRIGGERS } from '../../../server/src/service/clinical/triggers';
import { realLetters } from '../../support/realLetters';

/** Words of a pattern's source ("herniated", "dis", "ck"...) and its keys: the stuff matches are made of. */
function wordsOf(p: Pattern): string[] {
  return [...new Set([...(p.re.source.match(/[a-z]{2,}/gi) ?? []), ...p.words])];
}

const separators = [' ', ' ', ' ', '  ', '-', '/', ' / ', "'s", '’s', '%', '.', ',', ';', '\n', '\t'];
const oddities = ['K', 'İ', 'é', 'x', 'a', 'the', '(', ')', '"'];
const numbers = [
  '0',
  '2',
  '4',
  '5',
  '10',
  '12',
  '50',
  '4/5',
  '7/10',
  '2+',
  'L4-5',
  'C6',
  'six',
  '2013',
  '11/2013',
];

/** Text from `words`, separators, numbers and odd characters, in random case. */
function textFrom(words: readonly string[]): fc.Arbitrary<string> {
  const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'title', 'lower'));
  const piece = fc.oneof(
    { weight: 6, arbitrary: word.map(([w, c]) => cased(w, c)) },
    { weight: 4, arbitrary: fc.constantFrom(...separators) },
    { weight: 1, arbitrary: fc.constantFrom(...numbers) },
    { weight: 1, arbitrary: fc.constantFrom(...oddities) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  return fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
}

function cased(w: string, c: string): string {
  if (c === 'upper') return w.toUpperCase();
  if (c === 'title') return w.charAt(0).toUpperCase() + w.slice(1);
  return w;
}

/**
 * `source` without what fast-check cannot generate from: `\b` and lookarounds. Strings matching the
 * result are near-matches of the real pattern; the test keeps those the real pattern matches.
 */
function relaxed(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      if (source[i + 1] !== 'b') out += source.slice(i, i + 2);
      i++;
    } else if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<', i)) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

/** Text holding a near-match of `p` between odd characters, in random case. */
function nearMatch(p: Pattern): fc.Arbitrary<string> {
  const context = fc.constantFrom('', '', ' ', '\n', '(', '-', 'x', 'K', 'İ', 'é', '4');
  return fc
    .tuple(
      context,
      fc.stringMatching(new RegExp(relaxed(p.re.source))),
      context,
      fc.constantFrom('lower', 'upper', 'title'),
    )
    .map(([a, m, z, c]) => a + cased(m, c) + z);
}

test('every pattern that matches random text has its gate open', () => {
  assert.ok(PATTERNS.length >= 25, 'the extractors register their patterns');
  for (const p of PATTERNS) {
    const re = new RegExp(p.re.source, p.re.flags);
    fc.assert(
      fc.property(fc.oneof(textFrom(wordsOf(p)), nearMatch(p)), (text) => {
        const lower = lowerSameLength(text);
        re.lastIndex = 0;
        if (!re.test(p.source === 'lower' ? lower : text)) return true;
        return p.mayMatch(openGates(lower, text), lower);
      }),
      { numRuns: 4000 },
    );
  }
});

test('facts are the same with the prefilter on and off: random sentences', () => {
  const vocabulary = [
    ...new Set([...PATTERNS.flatMap(wordsOf), ...TRIGGERS.flatMap((t) => t.phrase.split(' '))]),
  ];
  fc.assert(
    fc.property(textFrom(vocabulary), (sentence) => {
      assert.deepEqual(factsOfSentence(sentence, true), factsOfSentence(sentence, false));
    }),
    { numRuns: 2000 },
  );
});

test('facts are the same with the prefilter on and off: every sentence of the real letters', () => {
  let sentences = 0;
  let facts = 0;
  for (const letter of realLetters()) {
    for (const span of splitSentences(letter.text)) {
      const sentence = letter.text.slice(span.start, span.end);
      const on = factsOfSentence(sentence, true);
      assert.deepEqual(on, factsOfSentence(sentence, false), `${letter.name} at ${span.start}`);
      sentences++;
      facts += on.length;
    }
  }
  assert.ok(facts > 100, 'the letters hold facts');
  console.log(`# ${sentences} sentences, ${facts} facts`);
});

test('a cue runs only where it can match: every cue match holds one of its strings', () => {
  const cued = PATTERNS.filter((p) => p.cue && p.cueHolds.length > 0);
  assert.ok(cued.length >= 3, 'the cued patterns name what their cues hold');
  for (const p of cued) {
    const cue = p.cue!;
    fc.assert(
      fc.property(fc.oneof(textFrom(wordsOf(p)), nearMatch(p), fc.stringMatching(cue)), (text) => {
        const lower = lowerSameLength(text);
        if (!cue.test(lower)) return true;
        return p.cueHolds.some((s) => lower.includes(s));
      }),
      { numRuns: 3000 },
    );
  }
});
