/**
 * Property tests: the readers never throw on any input and stay linear (4x the input costs < 6x the
 * time). Prints sizes and ratios only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractFacts } from '../../../server/src/service/clinical/facts';
import { parseRequestQuantity } from '../../../server/src/service/clinical/quantity';
import { splitSentences } from '../../../server/src/service/clinical/sentences';
import { MappedText } from '../../../server/src/service/model/mappedText';
import { growthRatio, LINEAR_LIMIT } from '../../support/growth';

const WORDS = [
  'no',
  'not',
  'denies',
  'rule out',
  'history of',
  'normal',
  'intact',
  'but',
  ';',
  ',',
  '.',
  'Dr.',
  'sensation',
  'decreased',
  'reflex',
  '4/5',
  '5/5',
  'strength',
  'L4-5',
  'L5-S1',
  'C6',
  'dermatome',
  'MRI',
  'herniation',
  'stenosis',
  'EMG',
  'radiculopathy',
  'PT',
  'physical therapy',
  'failed',
  'Norco',
  'since',
  '11/2013',
  'for',
  '6',
  'months',
  '7/10',
  'with medications',
  'injection',
  '50%',
  'relief',
  'weeks',
  'surgery',
  'fusion',
  'urine drug screen',
  'consistent',
  'functional improvement',
  'cauda equina',
  'sessions',
  'completed',
  '12',
  '#60',
  '2x4',
  'x',
  'series of',
  '3',
  '\n',
  '\n\n',
  '(',
];

const clinicalText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(' '));

function read(text: string): void {
  const facts = extractFacts(MappedText.slice(text, 0, text.length));
  for (const f of facts) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, 'span in range');
    assert.ok(
      f.sentenceSpan.start <= f.span.start && f.span.end <= f.sentenceSpan.end,
      'span in its sentence',
    );
  }
  parseRequestQuantity(text);
}

test('never throws, spans stay in their sentence (random text)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => read(s)),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(clinicalText, (s) => read(s)),
    { numRuns: 500 },
  );
});

test('sentences cover the text in order without overlap', () => {
  fc.assert(
    fc.property(clinicalText, (s) => {
      let last = 0;
      for (const span of splitSentences(s)) {
        assert.ok(span.start >= last && span.end > span.start && span.end <= s.length);
        last = span.end;
      }
    }),
    { numRuns: 300 },
  );
});

const PATHOLOGICAL: Readonly<Record<string, string>> = {
  'one endless sentence of triggers and targets':
    'no denies not possible history of sensation reflex 4/5 strength L4-5 MRI herniation ',
  'levels and fractions': 'L4-5 L5-S1 C5-6 7/10 5/5 4+/5 50% #60 2x4 ',
  'durations without a drug': 'for 6 months since 11/2013 for over a year long-term ',
  'many short sentences': 'Dr. Smith noted decreased sensation in the C6 dermatome. EMG was normal. ',
  'punctuation only': '.;,/#%-+( ',
  'one long word': 'a',
  digits: '1',
  'spaces and newlines': ' \n',
};

test('linear time: 4x the input costs less than 6x the time', (t) => {
  const reader = (s: string) => extractFacts(MappedText.slice(s, 0, s.length));
  for (const [name, unit] of Object.entries(PATHOLOGICAL)) {
    const small = unit.repeat(Math.ceil(50_000 / unit.length));
    const large = small.repeat(4);
    const ratio = growthRatio(reader, small, large);
    const q = growthRatio(parseRequestQuantity, small, large);
    t.diagnostic(
      `linear: ${name}: ${small.length} -> ${large.length} chars, ratio ${ratio.toFixed(2)}, quantity ratio ${q.toFixed(2)}`,
    );
    assert.ok(ratio < LINEAR_LIMIT, `${name}: ratio ${ratio.toFixed(2)}`);
    assert.ok(q < LINEAR_LIMIT, `${name}: quantity ratio ${q.toFixed(2)}`);
  }
});
