import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { patientMentions, vertebraeOf } from '../../../server/src/service/consistency/record';

const values = (text: string, guidelineSentences = false) =>
  patientMentions(text, guidelineSentences).map((m) => `${m.kind}:${m.value}`);

describe('patient mentions', () => {
  test('ages, sex, dates and levels in the forms that name the patient', () => {
    assert.deepEqual(
      values(
        'The injured worker is a 48-year-old male. On 11/10/2016 he was seen. MRI showed a protrusion at L4-5.',
      ),
      ['age:48', 'sex:male', 'date:2016-11-10', 'level:L4-L5'],
    );
    assert.deepEqual(values('This 52 year old female was seen on March 4, 2014.'), [
      'age:52',
      'sex:female',
      'date:2014-03-04',
    ]);
    assert.deepEqual(values('The worker, aged 61, has pain at L5-S1.'), ['age:61', 'level:L5-S1']);
  });

  test('guideline sentences and guideline ages are not patient facts', () => {
    assert.deepEqual(values('ODG recommends transportation for patients who are age 55 years or older.'), []);
    assert.deepEqual(
      values('Guidelines recommend injections at no more than two levels, e.g. L4-5 and L5-S1.'),
      [],
    );
    assert.deepEqual(values('The worker is 56 and lives alone; age 55 or older is the threshold.'), []);
    assert.deepEqual(values('Guidelines recommend injections at L4-5.', true), ['level:L4-L5']);
  });

  test('vertebrae of a level or range', () => {
    assert.deepEqual(vertebraeOf('L4-L5'), ['L4', 'L5']);
    assert.deepEqual(vertebraeOf('L3-S1'), ['L3', 'L4', 'L5', 'S1']);
    assert.deepEqual(vertebraeOf('L5-L4'), []);
  });
});
