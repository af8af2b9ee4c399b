import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  compareTerms,
  treatmentTerms,
  withinOneEdit,
} from '../../../server/src/service/consistency/treatment';

/** Test titles name a case by its length and first word, never by its text (CI logs carry no letter text). */
const words = (s: string) => `${s.split(/\s+/)[0]}… (${s.length} chars)`;

/** The kinds of difference between a conclusion's phrase and an item's. */
const diff = (conclusion: string, item: string) =>
  compareTerms(treatmentTerms(conclusion), treatmentTerms(item)).map((d) => d.what);

describe('treatment terms: tolerant to how letters write the same request', () => {
  const same: [string, string][] = [
    ['diazepam 10 mg #60', 'Diazepam 10mg, QTY: 60'],
    ['Valium 10 mg, quantity 60', 'Diazepam 10mg #60'],
    ['diazempam prescription', 'Diazepam 5mg #10'],
    ['Norco 10/325 mg', 'Hydrocodone/APAP 10/325mg #90'],
    ['cyclobenzaprine', 'Flexeril 10mg #60'],
    [
      'lumbar spine epidural steroid injections at L5 - S1',
      'Lumbar epidural steroid injection (LESI), L5-S1',
    ],
    [
      'chiropractic care to the lo9w back two times a week for four weeks',
      'Chiropractic care to the low back two times a week for four weeks',
    ],
    ['twelve physical therapy visits for the neck', 'Physical therapy 2x6 for the cervical spine'],
    ['12 sessions of physical therapy', 'Physical therapy 2 times a week for 6 weeks'],
    [
      'electromyography (EMG) and nerve conduction velocity (NCV) testing of both arms',
      'NCV/EMG of the bilateral upper extremity',
    ],
    ['MRI of the shoulder', 'Right shoulder MRI'],
    ['magnetic resonance imaging of the lumbar spine', 'MRI of the low back'],
    ['C7 selective nerve root block', 'Right C7-C8 Selective Nerve Root Block'],
    ['Two refills of Ibuprofen 600mg #90', 'Ibuprofen 600mg #90 with 2 refills'],
  ];
  for (const [conclusion, item] of same) {
    test(`same: case ${words(conclusion)}`, () => assert.deepEqual(diff(conclusion, item), []));
  }

  const different: [string, string, string][] = [
    ['diazepam 5 mg', 'Diazepam 10mg #30', 'strength'],
    ['diazepam 10 mg #60', 'Diazepam 10mg #30', 'quantity'],
    ['Ultram 50mg', 'Norco 10/325mg #90', 'drug'],
    ['EMG/NCV of the upper extremities', 'EMG/NCV of the lower extremities', 'region'],
    ['epidural steroid injection at L4-5', 'Lumbar ESI at L5-S1', 'level'],
    ['MRI of the left knee', 'MRI of the right knee', 'side'],
    ['physical therapy, 8 sessions', 'Physical therapy x 6', 'count'],
    ['diazepam', 'MRI of the lumbar spine', 'treatment'],
  ];
  for (const [conclusion, item, what] of different) {
    test(`${what}: case ${words(conclusion)}`, () =>
      assert.ok(diff(conclusion, item).includes(what as never)));
  }

  test('one edit apart', () => {
    assert.ok(withinOneEdit('diazempam', 'diazepam'));
    assert.ok(withinOneEdit('tramdaol', 'tramadol'));
    assert.ok(!withinOneEdit('tramadol', 'trazodone'));
  });

  test('never throws, and a phrase never differs from itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        assert.deepEqual(diff(s, s), []);
      }),
      { numRuns: 300 },
    );
  });
});
