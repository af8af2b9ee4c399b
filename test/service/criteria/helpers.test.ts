/** The criteria helpers: durations against the decision date, supply at the directions, limbs. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRequestQuantity } from '../../../server/src/service/clinical/quantity';
import { drugIn, SLEEP_AIDS } from '../../../server/src/service/criteria/drugs';
import { dosesPerDay, supplyDays, weeksSince } from '../../../server/src/service/criteria/duration';
import { lintText } from '../../support/service';

const asOf = { year: 2017, month: 3, day: 1 };

describe('weeksSince', () => {
  test('a full date counts from that day', () => assert.equal(weeksSince('2017-01-01', asOf), 8));
  test('a month counts from its last day, so the estimate errs short', () =>
    assert.equal(weeksSince('2017-01', asOf), 4));
  test('a year counts from 31 December', () => assert.equal(weeksSince('2016', asOf), 8));
  test('a date after the decision gives no duration', () =>
    assert.equal(weeksSince('2017-06-01', asOf), null));
  test('anything else gives no duration', () => assert.equal(weeksSince('June', asOf), null));
});

describe('dosesPerDay and supplyDays', () => {
  for (const [sig, perDay] of [
    ['1 tab PO BID', 2],
    ['1 tab at bedtime', 1],
    ['2 tabs TID', 6],
    ['1 tab q 6 hours', 4],
    ['1 tab q4h prn', null],
    ['as directed', null],
  ] as const) {
    test(`${sig} → ${perDay}`, () => assert.equal(dosesPerDay(sig), perDay));
  }
  test('a quantity at its directions, refills included', () =>
    assert.equal(supplyDays(parseRequestQuantity('Diazepam 10mg #30, 1 tab PO BID, 1 refill')), 30));
  test('no directions, no supply', () =>
    assert.equal(supplyDays(parseRequestQuantity('Diazepam 10mg #60')), null));
});

describe('drugIn', () => {
  test('whole words only', () => {
    assert.equal(drugIn('ambien cr 12.5mg #30', SLEEP_AIDS), 'ambien');
    assert.equal(drugIn('sonatas', SLEEP_AIDS), null);
  });
});

describe('judgedOn', () => {
  test('without header dates, durations run to the latest date in the summary', async () => {
    const { judgedOn } = await import('../../../server/src/service/criteria/duration');
    const text = [
      '# Clinical Case Summary',
      '',
      'The progress report dated 10/29/2013 notes pain. The note dated 11/15/2013 requests Valium.',
      '',
      '# IMR Issues, Decisions and Rationales',
      '',
      '## Valium 2mg #30: Upheld',
      '',
      'Decision rationale: Not recommended. Therefore, the request is not medically necessary.',
    ].join('\n');
    const { analysis } = lintText(text);
    assert.deepEqual(judgedOn(analysis), { year: 2013, month: 11, day: 15 });
  });
});
