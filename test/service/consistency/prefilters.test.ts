/**
 * The consistency checks skip work with cheap tests (an index of drug names one edit apart, a
 * pattern made of a table's patterns, terms read only when compared). Each must agree with the full
 * check it stands in for, on random input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DRUG_NAMES } from '../../../server/src/service/consistency/drugs';
import { collapseSpaces } from '../../../server/src/service/consistency/keywords';
import {
  anyOf,
  compareTerms,
  compareTreatments,
  KINDS,
  nearDrug,
  REGIONS,
  type TreatmentTerms,
  treatmentTerms,
  withinOneEdit,
} from '../../../server/src/service/consistency/treatment';
import { requestKey } from '../../../server/src/service/rules/item-duplicate';

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

/** compareTerms as it was before it asked for the item's terms lazily: every term read, no guards. */
function eagerCompare(conclusion: TreatmentTerms, item: TreatmentTerms): string[] {
  const out: string[] = [];
  const show = (s: Iterable<string | number>) => [...s].join(', ');
  const disjoint = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) =>
    a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
  const notWithin = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) =>
    a.size > 0 && b.size > 0 && [...a].some((x) => !b.has(x));
  const c = conclusion;
  const i = item;
  if (disjoint(c.drugs, i.drugs)) out.push(`drug ${show(c.drugs)} ${show(i.drugs)}`);
  else if (disjoint(new Set([...c.kinds, ...c.drugs]), new Set([...i.kinds, ...i.drugs])))
    out.push(`treatment ${show([...c.kinds, ...c.drugs])} ${show([...i.kinds, ...i.drugs])}`);
  if (notWithin(c.strengths, i.strengths)) out.push(`strength ${show(c.strengths)} ${show(i.strengths)}`);
  if (c.quantities.size > 0 && i.numbers.size > 0 && notWithin(c.quantities, i.numbers))
    out.push(`quantity ${show(c.quantities)} ${show(i.quantities)}`);
  if (c.counts.size > 0 && i.numbers.size > 0 && notWithin(c.counts, i.numbers))
    out.push(`count ${show(c.counts)} ${show(i.counts)}`);
  if (notWithin(c.vertebrae, i.vertebrae)) out.push(`level ${show(c.vertebrae)} ${show(i.vertebrae)}`);
  const oneSide = (s: ReadonlySet<string>) => (s.size === 1 && !s.has('bilateral') ? [...s][0] : null);
  const cs = oneSide(c.sides);
  const is = oneSide(i.sides);
  if (cs && is && cs !== is) out.push(`side ${cs} ${is}`);
  if (disjoint(c.regions, i.regions)) out.push(`region ${show(c.regions)} ${show(i.regions)}`);
  return out;
}

/** Every term read at once, in the order the properties are listed. */
const eager = (t: TreatmentTerms): TreatmentTerms => ({
  drugs: t.drugs,
  kinds: t.kinds,
  strengths: t.strengths,
  quantities: t.quantities,
  counts: t.counts,
  numbers: t.numbers,
  vertebrae: t.vertebrae,
  sides: t.sides,
  regions: t.regions,
});

test('compareTerms, asking for the item terms only when the conclusion names one, agrees with reading every term', () => {
  const word = fc.constantFrom(
    'Norco',
    'Valium',
    'diazempam',
    'ms contin',
    '10mg',
    '5 mg',
    '#60',
    'QTY: 30',
    '30 tablets',
    '12 sessions',
    'x 6',
    'twice',
    'L4-5',
    'C5-C6',
    'left',
    'right',
    'bilateral',
    'MRI',
    'EMG',
    'physical therapy',
    'lumbar',
    'knee',
    'shoulder',
    'Twelve',
    'visits',
    ';',
    '2',
  );
  const phrase = fc
    .array(fc.oneof(word, fc.string({ maxLength: 3 })), { maxLength: 7 })
    .map((w) => w.join(' '));
  fc.assert(
    fc.property(phrase, phrase, (a, b) => {
      const lazy = compareTerms(treatmentTerms(a), treatmentTerms(b)).map(
        (d) => `${d.what} ${d.conclusion} ${d.item}`,
      );
      assert.deepEqual(lazy, eagerCompare(eager(treatmentTerms(a)), eager(treatmentTerms(b))));
    }),
    { numRuns: 3000 },
  );
});

test('"constructor" in a phrase names no drug (and does not throw)', () => {
  assert.deepEqual([...treatmentTerms('the request for a constructor').drugs], []);
});

/** Pieces of text rich in white space of every kind (and a final period for requestKey). */
const piece = fc.oneof(
  fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '\u3000',
    'a',
    'Norco',
    '#60',
    '.',
  ),
  fc.string({ maxLength: 3 }),
);

test('collapseSpaces gives what replacing every run of white space by one space gives', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' '));
    }),
    { numRuns: 3000 },
  );
});

test("item-duplicate's requestKey joins the lower-cased words as splitting at white space does", () => {
  const byWords = (request: string) => {
    const words = request.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
    return words.endsWith('.') ? words.slice(0, -1).trimEnd() : words;
  };
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      assert.equal(requestKey(s), byWords(s));
    }),
    { numRuns: 3000 },
  );
});

test('a class of both cases accepts what the `i` flag accepts, for every character (record.ts words)', () => {
  for (const letter of 'oldagme') {
    const folded = new RegExp(`^${letter}$`, 'i');
    const both = new RegExp(`^[${letter}${letter.toUpperCase()}]$`);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(both.test(ch), folded.test(ch), `U+${c.toString(16)}`);
    }
  }
});
