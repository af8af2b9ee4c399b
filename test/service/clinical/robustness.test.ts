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

/**
 * Milliseconds per call of `fn` on `small` and on `large` (4x small): the median of seven rounds,
 * interleaved so that a busy machine (two cores shared with other work) slows both alike. Each round
 * runs `small` four times, so both measure the same amount of work and timer noise weighs the same.
 */
function timeBoth(fn: (s: string) => void, small: string, large: string): [number, number] {
  const runs: [number[], number[]] = [[], []];
  for (let i = 0; i < 7; i++) {
    let t0 = performance.now();
    for (let k = 0; k < 4; k++) fn(small);
    runs[0].push((performance.now() - t0) / 4);
    t0 = performance.now();
    fn(large);
    runs[1].push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return [median(runs[0]), median(runs[1])];
}

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

/** The lowest of up to three measured ratios: a shared machine can stall one run, never three in a row. */
function ratioOf(fn: (s: string) => void, small: string, large: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= 6; attempt++) {
    const [ts, tl] = timeBoth(fn, small, large);
    best = Math.min(best, tl / Math.max(ts, 0.5));
  }
  return best;
}

test('linear time: 4x the input costs less than 6x the time', () => {
  const reader = (s: string) => extractFacts(MappedText.slice(s, 0, s.length));
  for (const [name, unit] of Object.entries(PATHOLOGICAL)) {
    const small = unit.repeat(Math.ceil(50_000 / unit.length));
    const large = small.repeat(4);
    reader(small); // warm up the compiled expressions
    const ratio = ratioOf(reader, small, large);
    const q = ratioOf(parseRequestQuantity, small, large);
    console.log(
      `linear: ${name}: ${small.length} -> ${large.length} chars, ratio ${ratio.toFixed(2)}, quantity ratio ${q.toFixed(2)}`,
    );
    assert.ok(ratio < 6, `${name}: ratio ${ratio.toFixed(2)}`);
    assert.ok(q < 6, `${name}: quantity ratio ${q.toFixed(2)}`);
  }
});
