/** .imr-lint.json: discovery from each file upwards, merging, overrides, --config, errors with positions. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli } from './harness';
import { DOC, project } from './tmp';

async function printed(dir: string, file: string, extra: string[] = []) {
  const r = await runCli(['--print-config', file, ...extra], dir);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as {
    rules: Record<string, unknown>;
    catalogFiles: string[];
    configFiles: string[];
  };
}

test('nearer configurations override farther ones; lookup stops at the folder with .git', async () => {
  const dir = project({
    '.imr-lint.json': '{ "rules": { "section-missing": "warning", "parse-error": "info" } }',
    'team/.imr-lint.json': '// comments are allowed\n{ "rules": { "section-missing": "off", }, }',
    'team/a.imr.md': DOC,
  });
  const c = await printed(dir, 'team/a.imr.md');
  assert.deepEqual(c.rules, { 'section-missing': 'off', 'parse-error': 'info' });
  assert.deepEqual(c.configFiles, ['.imr-lint.json', 'team/.imr-lint.json']);
  // A configuration above the repository root is never read.
  const outer = project(
    { '.imr-lint.json': '{ "rules": { "parse-error": "off" } }', 'repo/a.imr.md': DOC },
    false,
  );
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.join(outer, 'repo', '.git'));
  assert.deepEqual((await printed(outer, 'repo/a.imr.md')).rules, {});
});

test('"root": true stops the lookup', async () => {
  const dir = project({
    '.imr-lint.json': '{ "rules": { "parse-error": "info" } }',
    'sub/.imr-lint.json': '{ "root": true, "rules": { "section-missing": "warning" } }',
    'sub/a.imr.md': DOC,
  });
  assert.deepEqual((await printed(dir, 'sub/a.imr.md')).rules, { 'section-missing': 'warning' });
});

test('overrides match globs relative to their configuration, after its rules', async () => {
  const dir = project({
    '.imr-lint.json': JSON.stringify({
      rules: { 'section-missing': 'error' },
      overrides: [{ files: ['drafts/**/*.imr.md'], rules: { 'section-missing': ['warning', {}] } }],
    }),
    'drafts/x/a.imr.md': DOC,
    'final/a.imr.md': DOC,
  });
  assert.deepEqual((await printed(dir, 'drafts/x/a.imr.md')).rules, { 'section-missing': ['warning', {}] });
  assert.deepEqual((await printed(dir, 'final/a.imr.md')).rules, { 'section-missing': 'error' });
  const r = await runCli(['.', '-f', 'json'], dir);
  const sev = (JSON.parse(r.stdout) as { messages: { severity: string }[] }[]).map(
    (f) => f.messages[0]!.severity,
  );
  assert.deepEqual(sev, ['warning', 'error']);
});

test('--config uses only that file; --no-config-lookup uses none', async () => {
  const dir = project({
    '.imr-lint.json': '{ "rules": { "parse-error": "info" } }',
    'ci/strict.json': '{ "rules": { "section-missing": "warning" }, "catalogFiles": ["team.json"] }',
    'ci/team.json': '{ "entries": [] }',
    'a.imr.md': DOC,
  });
  const c = await printed(dir, 'a.imr.md', ['--config', 'ci/strict.json']);
  assert.deepEqual(c.rules, { 'section-missing': 'warning' });
  assert.deepEqual(c.catalogFiles, ['ci/team.json']);
  assert.deepEqual((await printed(dir, 'a.imr.md', ['--no-config-lookup'])).rules, {});
  assert.equal((await runCli(['a.imr.md', '--config', 'ci/strict.json'], dir)).code, 0);
});

test('configuration errors name the file and position, and exit 2', async () => {
  const cases: [string, RegExp][] = [
    ['{ "rules": { "section-missing": "errror" } }', /:1:33: bad setting for rule "section-missing"/],
    ['{ "rules": { "section-missing": ["fatal"] } }', /:1:34: bad setting for rule "section-missing"/],
    ['{\n  "rules": {\n    "nope": "off"\n  }\n}', /:3:5: unknown rule id "nope"/],
    ['{ "rules": { ', /:1:14: invalid JSON/],
    ['module.exports = { rules: {} }', /:1:1: invalid JSON/],
    ['{ "extends": "x" }', /:1:3: unknown setting "extends"/],
    ['{ "overrides": [{ "rules": {} }] }', /overrides\/0 must have required property 'files'/],
    ['{ "catalogFiles": ["missing.json"] }', /missing\.json: cannot read the catalog file/],
    ['{ "catalogFiles": ["bad.json"] }', /bad\.json: the catalog file is not valid JSON/],
  ];
  for (const [config, expected] of cases) {
    const dir = project({ '.imr-lint.json': config, 'bad.json': '{', 'a.imr.md': DOC });
    const r = await runCli(['.'], dir);
    assert.equal(r.code, 2, config);
    assert.match(r.stderr, expected, config);
    assert.ok(
      r.stderr.includes(path.join(dir, '.imr-lint.json')) || /catalog/.test(r.stderr),
      'names the file',
    );
  }
});

test('--report-unused-disable-directives turns suppression-unused on as a warning', async () => {
  const dir = project({ 'a.imr.md': DOC });
  assert.deepEqual((await printed(dir, 'a.imr.md', ['--report-unused-disable-directives'])).rules, {
    'suppression-unused': 'warning',
  });
});
