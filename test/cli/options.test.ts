import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../../server/src/cli/io';
import { parseLintOptions } from '../../server/src/cli/options';

const outputs = (...argv: string[]) => parseLintOptions(argv, {}).outputs;

test('each --output-file belongs to the --format before it', () => {
  assert.deepEqual(outputs(), [{ format: 'stylish' }]);
  assert.deepEqual(outputs('-o', 'r.txt'), [{ format: 'stylish', file: 'r.txt' }]);
  assert.deepEqual(outputs('-o', 'r.json', '-f', 'json'), [{ format: 'json', file: 'r.json' }]);
  assert.deepEqual(
    outputs('-f', 'sarif', '-o', 'a.sarif', '-f', 'github', '-f', 'junit', '--output-file', 'j.xml'),
    [{ format: 'sarif', file: 'a.sarif' }, { format: 'github' }, { format: 'junit', file: 'j.xml' }],
  );
  assert.throws(() => outputs('-f', 'json', '-o', 'a', '-o', 'b'), UsageError);
  assert.throws(() => outputs('-o', 'a', '-o', 'b', '-f', 'json'), UsageError);
  assert.throws(() => outputs('-f', 'yaml'), /Unknown format "yaml"/);
});

test('redaction: on with --redact or CI=true, off with --no-redact', () => {
  assert.equal(parseLintOptions([], {}).redact, false);
  assert.equal(parseLintOptions(['--redact'], {}).redact, true);
  assert.equal(parseLintOptions([], { CI: 'true' }).redact, true);
  assert.equal(parseLintOptions(['--no-redact'], { CI: 'true' }).redact, false);
  assert.throws(() => parseLintOptions(['--redact', '--no-redact'], {}), UsageError);
});

test('fix modes and numeric options', () => {
  assert.equal(parseLintOptions(['--fix'], {}).fix, 'write');
  assert.equal(parseLintOptions(['--fix-dry-run'], {}).fix, 'dry-run');
  assert.equal(parseLintOptions([], {}).fix, 'off');
  assert.equal(parseLintOptions(['--max-warnings', '0'], {}).maxWarnings, 0);
  assert.equal(parseLintOptions(['--concurrency', '4'], {}).concurrency, '4');
  assert.throws(() => parseLintOptions(['--concurrency', '0'], {}), UsageError);
});
