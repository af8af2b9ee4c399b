import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRequestQuantity, type RequestQuantity } from '../../../server/src/service/clinical/quantity';

function check(request: string, expected: Partial<RequestQuantity>): void {
  const got = parseRequestQuantity(request);
  for (const [key, value] of Object.entries(expected)) {
    assert.deepEqual(got[key as keyof RequestQuantity], value, `${key} of "${request}"`);
  }
}

test('drug, strength, count and sig', () => {
  check('Norco 10/325mg #120', { drug: 'Norco', strengthMg: 10, strength: '10/325 mg', count: 120 });
  check('Valium 5mg QTY: 60', { drug: 'Valium', strengthMg: 5, count: 60 });
  check('Ultram 50mg quantity 30, 1 tab PO BID', { drug: 'Ultram', count: 30, sig: '1 tab PO BID' });
  check('Tramadol ER 150mg one tablet by mouth daily #30', {
    drug: 'Tramadol ER',
    strengthMg: 150,
    count: 30,
    sig: 'one tablet by mouth daily',
  });
  check('Retrospective request for Lidoderm 5% patch #30 with 2 refills', {
    drug: 'Lidoderm',
    strength: '5 %',
    strengthMg: undefined,
    count: 30,
    refills: 2,
  });
  check('Butrans 10mcg/hr patch #4', { drug: 'Butrans', strengthMg: 0.01, count: 4 });
  check('Three months coverage of Viagra 50mg', { drug: 'Viagra', count: undefined, sig: undefined });
  check('Flexeril 10mg 60 tablets', { count: 60 });
});

test('visits in the forms letters write them', () => {
  check('Physical therapy 2x4 for the lumbar spine', { visits: 8, perWeek: 2, weeks: 4 });
  check('Chiropractic care to the low back two times a week for four weeks', { visits: 8 });
  check('Electro acupuncture to the low back two times a week times six weeks', { visits: 12 });
  check('Physical therapy 2-3 times a week for 6 weeks', { visits: 18, visitsMin: 12, perWeek: 3 });
  check('Acupuncture therapy sessions lumbar spine #6', { visits: 6 });
  check('Chiropractic spinal manipulation times 6', { visits: 6 });
  check('Physical therapy x 8', { visits: 8 });
  check('12 sessions of physical therapy', { visits: 12 });
  check('Additional physical therapy visits x12 for the right shoulder', { visits: 12 });
  check('Aquatic therapy twice a week for 4 weeks', { visits: 8 });
  check('Functional restoration program 10 days', { visits: undefined });
  check('MRI of the lumbar spine', { visits: undefined, count: undefined, drug: undefined });
});

test('levels, side and series', () => {
  check('Left L4-5 and L5-S1 transforaminal epidural steroid injection', {
    levels: ['L4-L5', 'L5-S1'],
    side: 'left',
  });
  check('Bilateral L3-L5 medial branch blocks, series of 3', {
    levels: ['L3-L4', 'L4-L5'],
    side: 'bilateral',
    series: 3,
  });
  check('Cervical epidural steroid injection at C5-6', { levels: ['C5-C6'], side: undefined });
  check('Right S1 selective nerve root block', { levels: ['S1'], side: 'right' });
  check('Lumbar ESI series of three', { series: 3 });
});

test('never throws on odd input', () => {
  for (const s of ['', '#', 'x', '10/', '#99999', 'QTY:', 'series of', 'L4-', '2x', 'x'.repeat(5000)]) {
    assert.doesNotThrow(() => parseRequestQuantity(s));
  }
});
