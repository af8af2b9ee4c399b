/**
 * The clinical criteria rules never throw on any determination and stay linear: random documents made
 * of the words the rules look for, with every item approved. Prints sizes and ratios only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { allRules } from '../../../server/src/service/rules/index';
import { growthRatio, LINEAR_LIMIT } from '../../support/growth';
import { lintText } from '../../support/service';

const CLINICAL = allRules.filter((r) => r.category === 'clinical');
const WORDS = [
  'no',
  'not',
  'denies',
  'rule out',
  'possible',
  'history of',
  'since 2015',
  'for 6 months',
  'long-term',
  'prior',
  'epidural',
  'injection',
  '50%',
  'relief',
  'for 8 weeks',
  'reduced medications',
  'L4-5',
  'L5-S1',
  'C5-6',
  'sensation',
  'decreased',
  'reflex',
  'straight leg raise',
  'MRI',
  'disc protrusion',
  'EMG',
  'radiculopathy',
  'physical therapy',
  'completed 12 sessions',
  'trial',
  'TENS',
  'Valium',
  'Ambien',
  'Norco',
  'urine drug screen',
  'functional improvement',
  'fracture',
  'facet',
  '.',
  ',',
  ';',
  '\n',
];
const REQUESTS = [
  'Lumbar transforaminal ESI at L3-4, L4-5 and L5-S1, series of 3',
  'Right C7 selective nerve root block',
  'Bilateral L4-5 medial branch block',
  'Diazepam 10mg #90, 1 tab TID',
  'Soma 350mg #60',
  'Norco 10/325mg #180, 2 tabs q4h',
  'MRI of the cervical spine',
  'Acupuncture 2x6',
  'Chiropractic 3x6 for the wrist',
  'Compound cream ketamine 10%',
  'TENS unit purchase',
  'Ambien 10mg #30',
  'Post-operative physical therapy x 12',
  'Lumbar fusion L4-5',
];

function letter(summary: string, requests: readonly string[]): string {
  const items = requests.map(
    (r) =>
      `## ${r}: Overturned\n\nDecision rationale: ${summary.slice(0, 400)} Therefore, the request is medically necessary.\n`,
  );
  return `# Clinical Case Summary\n\n${summary}\n\n# IMR Issues, Decisions and Rationales\n\n${items.join('\n')}`;
}

const config = { rules: Object.fromEntries(CLINICAL.map((r) => [r.id, 'warning'])) };

test('clinical rules never throw on random determinations', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }),
      fc.subarray(REQUESTS, { minLength: 1 }),
      (words, requests) => {
        const { ruleFailures } = lintText(letter(words.join(' '), requests), config as never);
        assert.deepEqual(ruleFailures, []);
      },
    ),
    { numRuns: 150 },
  );
});

test('linear time: 4x the summary costs less than 6x the time', (t) => {
  const unit = `${WORDS.join(' ')} `.repeat(40);
  const lintLetter = (summary: string) => lintText(letter(summary, REQUESTS), config as never);
  const ratio = growthRatio(lintLetter, unit, unit.repeat(4));
  t.diagnostic(`sizes ${unit.length}/${unit.length * 4} ratio ${ratio.toFixed(2)}`);
  assert.ok(ratio < LINEAR_LIMIT, `ratio ${ratio.toFixed(2)}`);
});
