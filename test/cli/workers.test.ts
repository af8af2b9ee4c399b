/**
 * Worker threads: 1,000 generated letters (paragraphs of the real letters and the golden inputs,
 * recombined) linted with one worker and with several give byte-identical output in the same order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { chooseConcurrency } from '../../server/src/cli/workers';
import { realLetters, repoRoot, runCli } from './harness';
import { project } from './tmp';

const COUNT = 1000;

function generate(): Record<string, string> {
  const golden = ['complete.imr.md', 'suppressed.imr.md'].map((f) =>
    readFileSync(path.join(repoRoot, 'test', 'golden', 'inputs', f), 'utf8'),
  );
  const sources = [...realLetters().map((f) => readFileSync(f, 'utf8')), ...golden];
  const paragraphs = sources.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim() !== '');
  const files: Record<string, string> = {};
  // A fixed linear congruential sequence: the same files on every run.
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < COUNT; i++) {
    const parts = Array.from({ length: 3 + (next() % 6) }, () => paragraphs[next() % paragraphs.length]!);
    const ext = i % 3 === 0 ? 'txt' : 'imr.md';
    files[`batch${i % 7}/letter-${String(i).padStart(4, '0')}.${ext}`] = `${parts.join('\n\n')}\n`;
  }
  files['batch0/empty.txt'] = '';
  return files;
}

test('auto concurrency: one thread for few files or two cores, several for many on more cores', () => {
  assert.equal(chooseConcurrency('auto', 10), 1);
  assert.ok(chooseConcurrency('auto', COUNT) >= 1);
  assert.equal(chooseConcurrency('auto', COUNT, 2), 1);
  assert.equal(chooseConcurrency('auto', COUNT, 1), 1);
  assert.equal(chooseConcurrency('auto', COUNT, 4), 4);
  assert.equal(chooseConcurrency('auto', 10, 8), 1);
  assert.equal(chooseConcurrency('3', 10), 3);
});

test('1 worker and 4 workers give byte-identical output for 1,000 letters', async (t) => {
  const dir = project(generate());
  const argv = ['.', '-f', 'json', '-f', 'sarif', '-o', 'out.sarif', '-f', 'junit', '-o', 'out.xml'];
  const started = Date.now();
  const one = await runCli([...argv, '--concurrency', '1'], dir);
  const many = await runCli([...argv, '--concurrency', '4'], dir);
  assert.equal(one.stderr, '');
  assert.equal(many.stderr, '');
  assert.equal(one.code, many.code);
  const files = JSON.parse(one.stdout) as unknown[];
  assert.equal(files.length, COUNT + 1);
  assert.ok(one.stdout === many.stdout, 'json output differs between 1 and 4 workers');
  assert.ok(one.files.get('out.sarif') === many.files.get('out.sarif'), 'sarif output differs');
  assert.ok(one.files.get('out.xml') === many.files.get('out.xml'), 'junit output differs');
  t.diagnostic(`both runs took ${Date.now() - started} ms`);
});
