import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  anyLevelMatches,
  findLevels,
  levelsMatch,
  normalizeLevel,
  rootsOf,
  segmentsOf,
} from '../../../server/src/service/clinical/levels';
import { splitSentences } from '../../../server/src/service/clinical/sentences';

test('levels are normalised', () => {
  assert.equal(normalizeLevel('L4-5'), 'L4-L5');
  assert.equal(normalizeLevel('L4-L5'), 'L4-L5');
  assert.equal(normalizeLevel('l5/s1'), 'L5-S1');
  assert.equal(normalizeLevel('L5-S1'), 'L5-S1');
  assert.equal(normalizeLevel('C5-6'), 'C5-C6');
  assert.equal(normalizeLevel('T12-L1'), 'T12-L1');
  assert.equal(normalizeLevel('C6'), 'C6');
  assert.equal(normalizeLevel('L6'), null);
  assert.equal(normalizeLevel('L5-3'), null);
  assert.equal(normalizeLevel('knee'), null);
});

test('roots and segments of a mention', () => {
  const [range] = findLevels('L3 through L5');
  assert.deepEqual(rootsOf(range!), ['L3', 'L4', 'L5']);
  assert.deepEqual(segmentsOf(range!), ['L3-L4', 'L4-L5']);
  const [dermatomes] = findLevels('C5-6 dermatomes');
  assert.deepEqual(rootsOf(dermatomes!), ['C5', 'C6']);
  assert.deepEqual(
    findLevels('at L4-5 and L5-S1').map((m) => [m.from, m.to]),
    [
      ['L4', 'L5'],
      ['L5', 'S1'],
    ],
  );
  assert.deepEqual(findLevels('S1 joint, 2015, LS, T'), [{ start: 0, end: 2, from: 'S1' }]);
});

test('a request at L5-S1 matches imaging at L5-S1 or L5, not L4-L5', () => {
  assert.ok(levelsMatch('L5-S1', 'L5-S1'));
  assert.ok(levelsMatch('L5-S1', 'L5'));
  assert.ok(levelsMatch('S1', 'L5-S1'));
  assert.ok(!levelsMatch('L5-S1', 'L4-L5'));
  assert.ok(!levelsMatch('L5', 'L4'));
  assert.ok(anyLevelMatches(['L4-L5', 'L5-S1'], ['S1']));
  assert.ok(!anyLevelMatches(['C5-C6'], ['L5-S1']));
});

test('sentences: abbreviations, decimals, levels and dates do not split', () => {
  const text =
    'Dr. Smith saw her, e.g. for pain vs. numbness. Report No. 4 noted 2.5 mm at L4-5 on 11/2013. J. Doe agreed! Was it? Yes.\n\nNext paragraph';
  const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, [
    'Dr. Smith saw her, e.g. for pain vs. numbness.',
    'Report No. 4 noted 2.5 mm at L4-5 on 11/2013.',
    'J. Doe agreed!',
    'Was it?',
    'Yes.',
    'Next paragraph',
  ]);
  assert.deepEqual(splitSentences('Norco 10 mg. The patient improved.').length, 2);
  assert.deepEqual(splitSentences('   '), []);
});
