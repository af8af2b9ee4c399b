/** Every exit code: 0 nothing at or above the fail level, 1 findings, 2 usage, configuration or internal error. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from './harness';
import { DOC, project } from './tmp';

const off = JSON.stringify({ root: true, rules: { 'section-missing': 'off' } });
const warn = JSON.stringify({ root: true, rules: { 'section-missing': 'warning' } });
const info = JSON.stringify({ root: true, rules: { 'section-missing': 'info' } });

test('0: nothing found', async () => {
  const dir = project({ '.imr-lint.json': off, 'a.imr.md': DOC });
  const r = await runCli(['.'], dir);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
});

test('1: an error finding', async () => {
  assert.equal((await runCli(['.'], project({ 'a.imr.md': DOC }))).code, 1);
});

test('--fail-level: warnings pass at error, fail at warning; info fails only at info', async () => {
  const w = project({ '.imr-lint.json': warn, 'a.imr.md': DOC });
  assert.equal((await runCli(['.'], w)).code, 0);
  assert.equal((await runCli(['.', '--fail-level', 'warning'], w)).code, 1);
  const i = project({ '.imr-lint.json': info, 'a.imr.md': DOC });
  assert.equal((await runCli(['.', '--fail-level', 'warning'], i)).code, 0);
  assert.equal((await runCli(['.', '--fail-level', 'info'], i)).code, 1);
});

test('--max-warnings: more warnings than allowed exits 1', async () => {
  const w = project({ '.imr-lint.json': warn, 'a.imr.md': DOC });
  assert.equal((await runCli(['.', '--max-warnings', '2'], w)).code, 0);
  const r = await runCli(['.', '--max-warnings', '1'], w);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /max-warnings/);
});

test('--quiet: warnings are neither shown nor counted', async () => {
  const w = project({ '.imr-lint.json': warn, 'a.imr.md': DOC });
  const r = await runCli(['.', '--quiet', '--max-warnings', '0', '--fail-level', 'warning'], w);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
});

test('1: an unreadable file is a finding, and the other files are still linted', async () => {
  const dir = project({
    '.imr-lint.json': off,
    'a.imr.md': DOC,
    'b.txt': Buffer.from([0x41, 0, 0x42]),
    'c.txt': '',
  });
  const r = await runCli(['.', 'missing.imr.md', '-f', 'json'], dir);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
  assert.deepEqual(
    out.map((f) => [f.filePath, f.messages.map((m) => m.ruleId).join()]),
    [
      ['a.imr.md', ''],
      ['b.txt', 'file-unreadable'],
      ['c.txt', 'file-unreadable'],
      ['missing.imr.md', 'file-unreadable'],
    ],
  );
});

test('2: no files matched, unless --no-must-find-files', async () => {
  const dir = project({});
  const r = await runCli(['nothing/**/*.imr.md'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /No files matched/);
  assert.equal((await runCli(['nothing/**/*.imr.md', '--no-must-find-files'], dir)).code, 0);
});

test('2: usage errors', async () => {
  const dir = project({ 'a.imr.md': DOC });
  for (const argv of [
    ['--format', 'xml'],
    ['--fail-level', 'fatal'],
    ['--max-warnings', '-1'],
    ['--concurrency', 'lots'],
    ['--fix', '--fix-dry-run'],
    ['--unknown-flag'],
    ['-f', 'json', '-o', 'a.json', '-o', 'b.json'],
    ['--config', 'x.json', '--no-config-lookup'],
  ]) {
    const r = await runCli(argv, dir);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, /^imr-lint: /, argv.join(' '));
  }
});

test('2: configuration errors', async () => {
  const bad = project({ '.imr-lint.json': '{ "rules": { "no-such-rule": "error" } }', 'a.imr.md': DOC });
  const r = await runCli(['.'], bad);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /configuration error: .*\.imr-lint\.json:1:14: unknown rule id "no-such-rule"/);
});

test('--help and --version exit 0', async () => {
  const dir = project({});
  assert.equal((await runCli(['--help'], dir)).code, 0);
  assert.match((await runCli(['--version'], dir)).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('2: a rule that throws or a fixed file that cannot be written is an internal error, named without letter text', async () => {
  const { exitCode } = await import('../../server/src/cli/commands/lint');
  const { parseLintOptions } = await import('../../server/src/cli/options');
  const result = { filePath: 'a.imr.md', repoPath: 'a.imr.md', findings: [], items: [] };
  const outcome = { result, diff: '', fixesApplied: 0, ruleTimes: {}, ruleFailures: [] as string[] };
  let stderr = '';
  const io = {
    cwd: '/',
    env: {},
    stdout() {},
    stderr: (t: string) => {
      stderr += t;
    },
    writeFile() {},
    appendFile() {},
  };
  const options = parseLintOptions([], {});
  assert.equal(exitCode([outcome], [result], options, io), 0);
  assert.equal(exitCode([{ ...outcome, ruleFailures: ['section-missing'] }], [result], options, io), 2);
  assert.match(stderr, /internal error: rule section-missing failed on a\.imr\.md/);
  assert.equal(exitCode([{ ...outcome, writeError: 'cannot write' }], [result], options, io), 2);
});

test('--stats prints findings and time per rule on standard error, and leaves standard output alone', async () => {
  const dir = project({ 'a.imr.md': DOC });
  const plain = await runCli(['.', '-f', 'json'], dir);
  const r = await runCli(['.', '-f', 'json', '--stats'], dir);
  assert.equal(r.stdout, plain.stdout);
  assert.match(r.stderr, /^Rule +Findings +Time \(ms\)$/m);
  assert.match(r.stderr, /^section-missing +2 +\d+\.\d$/m);
  assert.match(r.stderr, /^1 file\(s\)\.$/m);
});
