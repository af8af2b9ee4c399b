/**
 * Golden tests: the CLI run in-process over test/golden/inputs with each case's argv
 * (test/golden/<case>/case.json), compared byte for byte with test/golden/<case>/expected.txt
 * (exit code, standard output, standard error, files written).
 * Regenerate after an intended change: UPDATE_GOLDEN=1 node --import tsx --test test/cli/golden.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot, runCli } from './harness';

const goldenDir = path.join(repoRoot, 'test', 'golden');
const inputs = path.join(goldenDir, 'inputs');
const update = process.env.UPDATE_GOLDEN === '1';

/** Machine-specific parts of the output, replaced so the goldens hold on every checkout. */
function normalise(text: string): string {
  return text.split(`${pathToFileURL(repoRoot).href}/`).join('file:///ROOT/');
}

const cases = readdirSync(goldenDir).filter((d) => existsSync(path.join(goldenDir, d, 'case.json')));

test('there are golden cases', () => assert.ok(cases.length >= 10, `${cases.length} cases`));

for (const name of cases.sort()) {
  test(`golden: ${name}`, async () => {
    const spec = JSON.parse(readFileSync(path.join(goldenDir, name, 'case.json'), 'utf8')) as {
      args: string[];
      env?: Record<string, string>;
    };
    const r = await runCli(spec.args, inputs, {
      ...spec.env,
      GITHUB_STEP_SUMMARY: spec.env?.GITHUB_STEP_SUMMARY && path.join(inputs, spec.env.GITHUB_STEP_SUMMARY),
    });
    const parts = [`exit: ${r.code}`, '--- stdout', r.stdout, '--- stderr', r.stderr];
    for (const [file, text] of [...r.files].sort()) parts.push(`--- file ${file}`, text);
    const actual = normalise(`${parts.join('\n')}\n`);
    const expectedFile = path.join(goldenDir, name, 'expected.txt');
    if (update) writeFileSync(expectedFile, actual);
    assert.ok(existsSync(expectedFile), `${name}: no expected.txt; run with UPDATE_GOLDEN=1`);
    assert.equal(actual, readFileSync(expectedFile, 'utf8'), `${name}: output differs from expected.txt`);
  });
}
