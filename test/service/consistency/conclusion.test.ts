import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from '../../../server/src/service/clinical/sentences';
import { findConclusions, mainConclusion } from '../../../server/src/service/consistency/conclusion';
import { lastConclusion } from '../../../server/src/service/consistency/lastConclusion';
import { readDetermination } from '../../../server/src/service/parser/index';
import { growthRatio, LINEAR_LIMIT } from '../../support/growth';
import { realLetters } from '../../support/realLetters';

/** Test titles name a case by its length and first word, never by its text (CI logs carry no letter text). */
const words = (s: string) => `${s.split(/\s+/)[0]}… (${s.length} chars)`;

/** Polarity, strength and treatment of the main conclusion of `text`. */
function main(text: string) {
  const c = mainConclusion(findConclusions(text));
  if (!c) return null;
  return {
    polarity: c.polarity,
    strength: c.strength,
    treatment: c.treatment,
    predicate: text.slice(c.predicate.start, c.predicate.end),
  };
}

const lead = 'Guidelines recommend a short course. The records were reviewed. ';

describe('conclusion extraction: the variants letters use', () => {
  const cases: [string, 'necessary' | 'not-necessary', string | null][] = [
    [
      'Therefore, the request for Ultram 50mg #30 is not medically necessary.',
      'not-necessary',
      'Ultram 50mg #30',
    ],
    ['Therefore, the request for Ultram 50mg #30 is medically necessary.', 'necessary', 'Ultram 50mg #30'],
    [
      'The request for three months of Viagra 50mg is determined to not be medically necessary.',
      'not-necessary',
      'three months of Viagra 50mg',
    ],
    ['As such, this request for diazepam is not-medically necessary.', 'not-necessary', 'diazepam'],
    [
      'Therefore, the request for ibuprofen is considered not medically necessary.',
      'not-necessary',
      'ibuprofen',
    ],
    ['The request for a cane is not a medical necessity.', 'not-necessary', 'cane'],
    [
      'The request for Computed Tomography of the neck was medically necessary and appropriate.',
      'necessary',
      'Computed Tomography of the neck',
    ],
    ['This request will be considered not medically necessary.', 'not-necessary', null],
    [
      'The request for transportation is not indicated as medically necessary.',
      'not-necessary',
      'transportation',
    ],
    ['The request for a bone scan cannot be considered medically necessary.', 'not-necessary', 'bone scan'],
    ['Therefore the determination is for not medically necessary.', 'not-necessary', null],
    ['The request for a cane does not appear to be medically necessary.', 'not-necessary', 'cane'],
    ['The request for a cane is neither appropriate nor medically necessary.', 'not-necessary', 'cane'],
    ['The request for a cane has not been shown to be medically necessary.', 'not-necessary', 'cane'],
    ['The request for a cane is reasonable and medically necessary.', 'necessary', 'cane'],
    ['Medical necessity has not been established.', 'not-necessary', null],
    [
      'This request does not satisfy MTUS guidelines, and it is not considered medically necessary.',
      'not-necessary',
      null,
    ],
    [
      'As such, I am reversing the prior review and deem the request for home nursing for 4 weeks to be medically necessary.',
      'necessary',
      'home nursing for 4 weeks',
    ],
    [
      'Given the above, the request for Ultram 50mg, #60 is not medically necessary at this time.',
      'not-necessary',
      'Ultram 50mg, #60',
    ],
    [
      'For these reasons, twelve physical therapy visits for the neck are not medically necessary.',
      'not-necessary',
      'twelve physical therapy visits for the neck',
    ],
  ];
  for (const [sentence, polarity, treatment] of cases) {
    test(`${polarity}: case ${words(sentence)}`, () => {
      const got = main(lead + sentence);
      assert.ok(got, 'a conclusion');
      assert.equal(got.polarity, polarity);
      assert.equal(got.strength, 'stated');
      assert.equal(got.treatment, treatment);
    });
  }

  test('the advisory after an opioid conclusion does not replace it', () => {
    const got = main(
      `${lead}Therefore, the request for Norco 10/325mg #90 is not medically necessary. This medical necessity decision should not be interpreted as a recommendation to stop opioids abruptly.`,
    );
    assert.equal(got?.polarity, 'not-necessary');
    assert.equal(got?.treatment, 'Norco 10/325mg #90');
  });

  test('ancillary items: the reason clause is not the conclusion', () => {
    const text = `${lead}As the requested surgery is not medically necessary, the associated post-operative physical therapy is not medically necessary.`;
    const all = findConclusions(text);
    assert.equal(all.length, 1);
    assert.equal(all[0]!.treatment, 'post-operative physical therapy');
  });

  test('partial certification: the original request named in the conclusion', () => {
    const got = main(
      `${lead}The original request, inpatient rehabilitation for 7-10 days, is medically necessary.`,
    );
    assert.equal(got?.polarity, 'necessary');
    assert.equal(got?.treatment, 'inpatient rehabilitation for 7-10 days');
  });

  test('the flipped predicate reads as the other polarity', () => {
    const text = 'Therefore, the request is determined to not be medically necessary.';
    const c = findConclusions(text)[0]!;
    assert.equal(
      text.slice(c.predicate.start, c.predicate.end),
      'is determined to not be medically necessary',
    );
    assert.equal(c.flipped, 'is medically necessary');
    const positive = findConclusions('The request is medically necessary.')[0]!;
    assert.equal(positive.flipped, 'is not medically necessary');
  });
});

describe('conclusion extraction: what is not a conclusion', () => {
  const none = [
    'An MRI would be medically necessary if red flags were documented.',
    'If the patient had failed conservative care, the request could be medically necessary.',
    'In order for an injection to be medically necessary, radiculopathy must be documented.',
    'There is a lack of rationale as to the medical necessity for this request.',
    'There are no exceptional factors which would demonstrate medical necessity for the requested treatment.',
    'NSAIDs are recommended for short-term relief.',
    'ODG states, "Repeat imaging is not medically necessary unless there is a significant change."',
    'An MRI is medically necessary for patients with progressive neurologic deficit.',
    'Benzodiazepines are not recommended for long-term use.',
    'This medical necessity decision should not be interpreted as a recommendation to stop opioids abruptly.',
  ];
  for (const sentence of none) {
    test(`not a conclusion: case ${words(sentence)}`, () => assert.equal(main(sentence), null));
  }

  test('"not supported" counts only as a fallback, and only about the request', () => {
    const got = main(
      'Guidelines do not support it. Therefore, the request for a TENS unit is not supported.',
    );
    assert.equal(got?.strength, 'fallback');
    assert.equal(got?.polarity, 'not-necessary');
    assert.equal(got?.treatment, 'TENS unit');
  });

  test('a stated conclusion wins over a later fallback', () => {
    const got = main(
      'The request for a TENS unit is not medically necessary. The request is not supported by ODG.',
    );
    assert.equal(got?.strength, 'stated');
  });
});

describe('sentences', () => {
  test('abbreviations and decimals do not end sentences', () => {
    const text = 'Per Dr. Smith, e.g. 2.5 mg daily. Next one starts here.';
    assert.deepEqual(
      splitSentences(text).map((r) => text.slice(r.start, r.end)),
      ['Per Dr. Smith, e.g. 2.5 mg daily.', 'Next one starts here.'],
    );
  });
});

describe('properties', () => {
  test('never throws and ranges stay inside the text', () => {
    const words = fc.constantFrom(
      'the',
      'request',
      'for',
      'is',
      'not',
      'medically',
      'necessary',
      'medical',
      'necessity',
      'has',
      'been',
      'established',
      'deem',
      'to',
      'be',
      ',',
      '.',
      'If',
      'As',
      'would',
      'supported',
      '#30',
      '10mg',
      '"',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        for (const c of findConclusions(text)) {
          for (const r of [c.sentence, c.predicate, ...(c.object ? [c.object] : [])]) {
            assert.ok(r.start >= 0 && r.end <= text.length && r.start <= r.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('linear time on long adversarial input', () => {
    const text = (n: number) =>
      `${'medically '.repeat(5 * n)}${'medical necessity of the '.repeat(2 * n)}${', '.repeat(5 * n)}`;
    const ratio = growthRatio(findConclusions, text(250), text(1000));
    assert.ok(ratio < LINEAR_LIMIT, `ratio ${ratio.toFixed(2)}`);
    // Many sentences and no stated conclusion: lastConclusion reads every one, twice.
    const sentences = (n: number) =>
      'The medical records were reviewed and the request is approved. '.repeat(n);
    const last = growthRatio(lastConclusion, sentences(250), sentences(1000));
    assert.ok(last < LINEAR_LIMIT, `ratio ${last.toFixed(2)}`);
  });

  test('lastConclusion, reading from the end, finds what mainConclusion(findConclusions) finds', () => {
    const sentence = fc.constantFrom(
      'Therefore, the request for Norco 10mg #60 is not medically necessary.',
      'The request for physical therapy x 12 is medically necessary.',
      'Thus, the request is not supported.',
      'The requested MRI is recommended.',
      'Medical necessity of the EMG has not been established.',
      'If symptoms persist, the request would be medically necessary.',
      'As the surgery is not medically necessary, the request is not indicated.',
      'I deem the request for Valium to be medically necessary.',
      'Guidelines state "is not medically necessary for patients with" pain.',
      'This medical necessity decision should not be interpreted as advice.',
      'The request is not medically necessary; the request is medically necessary',
      'The request is supported and is not medically necessary.',
      'The patient was seen.',
      'MEDICALLY NECESSARY',
      '\n\n',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, fc.string({ maxLength: 5 })), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const main = lastConclusion(text);
        assert.deepEqual(main, mainConclusion(findConclusions(text)));
        // conclusion-missing asks the main conclusion whether any conclusion counts.
        for (const acceptFallback of [true, false]) {
          assert.equal(
            main !== null && (acceptFallback || main.strength === 'stated'),
            findConclusions(text).some((c) => acceptFallback || c.strength === 'stated'),
          );
        }
      }),
      { numRuns: 2000 },
    );
    let rationales = 0;
    for (const letter of realLetters()) {
      for (const item of readDetermination(letter.text).items) {
        const text = item.rationale?.text;
        if (!text) continue;
        rationales++;
        assert.deepEqual(lastConclusion(text), mainConclusion(findConclusions(text)), letter.name);
      }
    }
    assert.ok(rationales > 40);
  });
});
