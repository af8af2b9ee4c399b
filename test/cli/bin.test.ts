/**
 * The published entry point over the bundle (dist/cli.js and dist/cli-worker.js, built by
 * `node scripts/test.mjs` before the tests; skipped under --unit when nothing is built): its output and
 * exit code equal the in-process run's, on one thread and on worker threads.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from './harness';

const built =
  existsSync(path.join(repoRoot, 'dist', 'cli.js')) &&
  existsSync(path.join(repoRoot, 'dist', 'cli-worker.js'));
const inputs = path.join(repoRoot, 'test', 'golden', 'inputs');

test('bin/imr-lint.js over the bundle matches the in-process CLI, with and without workers', {
  skip: !built && 'dist/ not built',
}, async () => {
  const argv = ['.', '-f', 'json'];
  const expected = await runCli(argv, inputs);
  for (const concurrency of ['1', '2']) {
    const r = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'bin', 'imr-lint.js'), ...argv, '--concurrency', concurrency],
      {
        cwd: inputs,
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      },
    );
    assert.equal(r.stderr, '', `concurrency ${concurrency}`);
    assert.equal(r.status, expected.code);
    assert.equal(r.stdout, expected.stdout, `concurrency ${concurrency}`);
  }
});
