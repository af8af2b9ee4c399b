/**
 * The consistency checks skip work with cheap tests (keyword cursors, an index of drug names one
 * edit apart). Each must agree with the full check it stands in for, on random input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from '../../../server/src/service/clinical/sentences';
import { DRUG_NAMES } from '../../../server/src/service/consistency/drugs';
import { KeywordScan } from '../../../server/src/service/consistency/keywords';
import {
  anyOf,
  compareTerms,
  compareTreatments,
  KINDS,
  nearDrug,
  REGIONS,
  treatmentTerms,
  withinOneEdit,
} from '../../../server/src/service/consistency/treatment';

/** Text made of pieces that hit the edges: keywords in any case, sentence ends, digits, odd letters. */
const prose = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'medical',
        'MEDICALLY',
        'Recommended',
        'supported',
        'male',
        'OLD',
        'image',
        'female',
        'approved',
        '12',
        'FeMale',
        'indicat',
        'ed',
        '. ',
        '.\n\n',
        '! ',
        ' ',
        '\n',
        '4',
        'Dr. ',
        'K',
        '\u212a', // Kelvin sign: lower-cases to ASCII "k"
        '\u0130', // dotted capital I: lower-cases to two characters
        'ſ',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

test('KeywordScan hands each sentence the families of the words it holds, as a pattern test would', () => {
  // The word lists of conclusion.ts and record.ts; families are bit flags.
  const lists: [RegExp, (w: string) => number, RegExp[]][] = [
    [
      /medical|supported|recommended|indicated|warranted|certified|approved/gi,
      (w) => (w.length === 7 ? 1 : 2),
      [/medical/i, /supported|recommended|indicated|warranted|certified|approved/i],
    ],
    [
      /\d|old|age|male/gi,
      (w) => ({ old: 6, age: 2, male: 4 })[w.toLowerCase()] ?? 1,
      [/\d/, /old|age/i, /old|male/i],
    ],
  ];
  fc.assert(
    fc.property(prose, (text) => {
      for (const [words, familyOf, families] of lists) {
        const scan = new KeywordScan(text, words, familyOf);
        for (const s of splitSentences(text)) {
          const sentence = text.slice(s.start, s.end);
          const expected = families.reduce((f, re, k) => (re.test(sentence) ? f | (1 << k) : f), 0);
          assert.equal(scan.within(s), expected);
        }
      }
    }),
    { numRuns: 1000 },
  );
});

test('nearDrug finds the same drug name as comparing the word with every name', () => {
  const keys = Object.keys(DRUG_NAMES);
  const slow = (w: string) => keys.find((k) => k.length >= 6 && withinOneEdit(w, k));
  const typo = fc
    .tuple(fc.constantFrom(...keys), fc.nat(20), fc.constantFrom('a', 'e', 'o', 'n', 'x'), fc.nat(3))
    .map(([k, at, c, how]) => {
      const i = at % (k.length + 1);
      if (how === 0) return k.slice(0, i) + c + k.slice(i);
      if (how === 1) return k.slice(0, i) + k.slice(i + 1);
      if (how === 2) return k.slice(0, i) + c + k.slice(i + 1);
      return k.slice(0, i) + k.slice(i + 1, i + 2) + k.slice(i, i + 1) + k.slice(i + 2);
    });
  fc.assert(
    fc.property(fc.oneof(typo, fc.stringMatching(/^[a-z]{6,12}$/)), (w) => {
      assert.equal(nearDrug(w), slow(w));
    }),
    { numRuns: 5000 },
  );
});

test("the pattern made of a table's patterns matches exactly where one of them does", () => {
  // treatmentTerms tests it first and runs the table only when it matches.
  const table = [...KINDS, ...REGIONS];
  const pieces = fc.oneof(
    ...table.map(([re]) => fc.stringMatching(new RegExp(`^(?:${re.source.replace(/\\b/g, '')})$`))),
    fc.constantFrom(' ', '  ', '-', '1', 'x', 'ms', 'l4-5', ','),
    fc.string({ maxLength: 4 }),
  );
  for (const t of [KINDS, REGIONS]) {
    const any = anyOf(t);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), fc.constantFrom(' ', ''), (parts, glue) => {
        const phrase = parts.join(glue);
        assert.equal(
          any.test(phrase),
          t.some(([re]) => re.test(phrase)),
        );
      }),
      { numRuns: 1000 },
    );
  }
});

test('compareTreatments (equal phrases short-cut) agrees with comparing the terms', () => {
  const word = fc.constantFrom(
    'Norco',
    'norco',
    '10mg',
    '10 mg',
    '#60',
    'QTY: 60',
    'L4-5',
    'left',
    'MRI',
    'lumbar',
    'Twelve',
    'visits',
    '  ',
  );
  const phrase = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(phrase, phrase, fc.boolean(), (a, b, same) => {
      const c = same ? a.toUpperCase() : b;
      assert.deepEqual(compareTreatments(a, c), compareTerms(treatmentTerms(a), treatmentTerms(c)));
    }),
    { numRuns: 1000 },
  );
});

test('"constructor" in a phrase names no drug (and does not throw)', () => {
  assert.deepEqual([...treatmentTerms('the request for a constructor').drugs], []);
});
