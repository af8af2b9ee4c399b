/** The committed report on the real letters is current, every finding is judged, and no false alarm is an error. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';
import { buildRealLettersReport } from '../support/report';

test('docs/reports/real-letters.md is current and every finding is judged', () => {
  const { markdown, unjudged, rows } = buildRealLettersReport();
  assert.deepEqual(
    unjudged.map((u) => u.split('\t').slice(0, 3).join(' ')),
    [],
    'findings without a judgement',
  );
  const errorsJudgedFalse = rows.filter(
    (r) => r.severity === 'error' && r.judgement?.verdict === 'false-alarm',
  );
  assert.deepEqual(
    errorsJudgedFalse.map((r) => `${r.file}:${r.line} ${r.ruleId}`),
    [],
    'false alarms at error severity',
  );
  const committed = readFileSync(path.join(repoRoot, 'docs', 'reports', 'real-letters.md'), 'utf8');
  assert.equal(committed, markdown, 'stale: run npx tsx scripts/report-real-letters.ts');
});
