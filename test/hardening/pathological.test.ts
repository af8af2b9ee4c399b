/**
 * Both readers and every registered rule on long pathological input: they must not throw, and each
 * stage's time must grow linearly: on 4x the input, under 6x the time (medians of alternating runs,
 * never a wall-clock limit). The inputs are what makes a backtracking regular expression or a
 * rescanning loop blow up: one repeated character, a citation lead-in or page list repeated, colons,
 * wraps and page breaks everywhere, deep nesting, and a 5 MB letter. The measurements run in one
 * child process (linear-cases.ts says why); each test here judges one case of its report.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { allRules } from '../../server/src/service/rules/index';
import { BODIES, type CaseResult, caseId, FIVE_MB, SELF_CHECK, VARIANTS } from './linear-cases';
import { runStages } from './support';

let results: Map<string, CaseResult>;

before(() => {
  const child = spawnSync(
    process.execPath,
    [
      '--max-semi-space-size=64',
      '--single-threaded',
      '--import',
      'tsx',
      path.join(__dirname, 'linear-cases.ts'),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  // The child prints stage names and numbers only; its error output names code, never letter text.
  assert.equal(child.status, 0, `the measuring process failed: ${child.stderr.slice(0, 2000)}`);
  results = new Map((JSON.parse(child.stdout) as CaseResult[]).map((r) => [r.id, r]));
});

function judge(id: string) {
  const r = results.get(id);
  assert.ok(r, `no measurement for ${id}`);
  assert.deepEqual(r.failures, [], 'rules that threw');
  assert.ok(!r.problems.includes('reader-failure'), 'the reader threw');
  return r.slow.map(
    (s) => `${s.stage}: x${s.ratio.toFixed(1)} (${s.smallMs.toFixed(1)} -> ${s.bigMs.toFixed(1)} ms)`,
  );
}

test('the stages measured cover every registered rule', () => {
  const { times } = runStages({ text: 'x', languageId: 'imr' });
  assert.deepEqual([...times.keys()], ['read', 'analyze', ...allRules.map((r) => r.id)]);
});

test('the linear-time check catches a quadratic rule', () => {
  // Only this stage is asserted: the reader on 20 KB is near the 1 ms floor this case uses.
  const stages = judge(SELF_CHECK).map((s) => s.split(':')[0]);
  assert.ok(stages.includes('quadratic-on-purpose'), `flagged: ${stages.join(', ') || 'nothing'}`);
});

for (const body of Object.keys(BODIES)) {
  describe(`pathological input: ${body}`, () => {
    for (const variant of Object.keys(VARIANTS))
      test(variant, () => assert.deepEqual(judge(caseId(body, variant)), [], 'stages slower than linear'));
  });
}

test('a 5 MB letter reads and lints in linear time', () => {
  assert.ok(results.get(FIVE_MB)!.bigCharacters > 4.5e6, 'the big letter has about 5 MB');
  assert.deepEqual(judge(FIVE_MB), [], 'stages slower than linear');
});
