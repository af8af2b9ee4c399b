/** The machine formats: SARIF against the 2.1.0 schema and GitHub's required fields; annotations; JUnit XML. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/formatters/github';
import { formatJunit } from '../../server/src/cli/formatters/junit';
import { sarifFormatter } from '../../server/src/cli/formatters/sarif';
import type { FileResult } from '../../server/src/cli/formatters/types';
import { repoRoot, runCli } from './harness';

const inputs = path.join(repoRoot, 'test', 'golden', 'inputs');

function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(path.join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  // Draft-04 keys ajv 8 does not read; the rest of the schema is the same in draft-07.
  delete schema.$schema;
  delete schema.id;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(
    schema,
  );
}

const hostile: FileResult = {
  filePath: 'dir,a:b/x%.imr.md',
  repoPath: 'dir,a:b/x%.imr.md',
  items: [{ index: 0, name: 'Item 1: <Diazepam> & "more"' }],
  findings: [
    {
      ruleId: 'parse-error',
      severity: 'warning',
      message: 'w',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 3,
      fingerprint: 'f:1',
    },
    {
      ruleId: 'section-missing',
      severity: 'error',
      message: '50% done\r\n::error::injected, a:b <x> & "q" \u0001',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      itemIndex: 0,
      fingerprint: 'f:2',
    },
    {
      ruleId: 'parse-error',
      severity: 'info',
      message: 'i',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 1,
      fingerprint: 'f:3',
    },
  ],
};

test('sarif output is valid SARIF 2.1.0 and has what GitHub code scanning requires', async () => {
  const r = await runCli(['.', '-f', 'sarif'], inputs);
  assert.equal(r.code, 1);
  // biome-ignore lint/suspicious/noExplicitAny: a parsed SARIF log, walked field by field below
  const log = JSON.parse(r.stdout) as Record<string, any>;
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(log.version, '2.1.0');
  assert.ok(log.$schema);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'imr-lint');
  assert.ok(run.tool.driver.version);
  for (const rule of run.tool.driver.rules) {
    for (const key of ['id', 'name']) assert.ok(rule[key], `rule ${key}`);
    assert.ok(rule.shortDescription.text && rule.shortDescription.text.length <= 1024);
    assert.ok(rule.fullDescription.text && rule.fullDescription.text.length <= 1024);
    assert.ok(rule.help.text && rule.help.markdown);
    assert.ok(['note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    assert.ok(rule.properties.precision && rule.properties.tags.length > 0);
  }
  assert.ok(run.results.length > 0);
  const fingerprints = new Set<string>();
  for (const result of run.results) {
    assert.ok(result.message.text);
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(
      !loc.artifactLocation.uri.startsWith('/') && !loc.artifactLocation.uri.includes(':'),
      'repo-relative',
    );
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(loc.region[k] >= 1, k);
    const fp = result.partialFingerprints.primaryLocationLineHash;
    assert.match(fp, /^[0-9a-f]{16}:\d+$/);
    fingerprints.add(`${loc.artifactLocation.uri}#${fp}`);
  }
  assert.equal(fingerprints.size, run.results.length, 'fingerprints are unique within a file');
  assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));
});

test('sarif fingerprints are stable when other lines change', async () => {
  const a = JSON.parse((await runCli(['complete.imr.md', '-f', 'sarif'], inputs)).stdout);
  const b = JSON.parse((await runCli(['complete.imr.md', '-f', 'sarif'], inputs)).stdout);
  assert.deepEqual(
    a.runs[0].results.map((x: { partialFingerprints: unknown }) => x.partialFingerprints),
    b.runs[0].results.map((x: { partialFingerprints: unknown }) => x.partialFingerprints),
  );
});

test('annotation escaping: message % CR LF; properties also : and ,', () => {
  assert.equal(escapeData('a%b\r\nc:d,e'), 'a%25b%0D%0Ac:d,e');
  assert.equal(escapeProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
});

test('github annotations: errors first, one line each, nothing injectable', () => {
  const out = formatGithub([hostile], { toolVersion: '0', rootUri: 'file:///r/' });
  const lines = out.trimEnd().split('\n');
  assert.deepEqual(
    lines.map((l) => l.slice(0, l.indexOf(' '))),
    ['::error', '::warning', '::notice'],
  );
  assert.ok(
    lines[0]!.startsWith(
      '::error file=dir%2Ca%3Ab/x%25.imr.md,line=1,endLine=1,col=1,endColumn=1,title=section-missing%3A ',
    ),
  );
  assert.ok(lines[0]!.endsWith('::50%25 done%0D%0A::error::injected, a:b <x> & "q" \u0001'));
  for (const l of lines)
    assert.match(
      l,
      /^::(error|warning|notice) file=[^:]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:,]+::/,
    );
});

test('junit is well-formed XML: one suite per file, one case per item plus Document, passing cases too', () => {
  const xml = formatJunit([hostile, { ...hostile, filePath: 'clean.imr.md', findings: [] }], {
    toolVersion: '0',
    rootUri: '',
  });
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (n) => ['testsuite', 'testcase', 'failure'].includes(n),
  }).parse(xml);
  const suites = doc.testsuites.testsuite;
  assert.equal(suites.length, 2);
  assert.equal(suites[0].testcase.length, 2);
  assert.equal(suites[0]['@_failures'], '2');
  assert.equal(suites[0].testcase[1]['@_name'], 'Item 1: <Diazepam> & "more"');
  assert.equal(suites[0].testcase[1].failure.length, 1);
  assert.equal(suites[1]['@_failures'], '0');
  assert.equal(suites[1].testcase.filter((c: { failure?: unknown }) => !c.failure).length, 2);
  assert.equal(doc.testsuites['@_tests'], '4');
});

test('junit from the CLI over the golden inputs validates', async () => {
  const r = await runCli(['.', '-f', 'junit'], inputs);
  assert.equal(XMLValidator.validate(r.stdout), true);
});

test('sarif: suppressed findings carry an inSource suppression with the justification, and validate', () => {
  const withSuppressed: FileResult = {
    ...hostile,
    findings: [
      ...hostile.findings,
      {
        ruleId: 'parse-error',
        severity: 'error',
        message: 'suppressed one',
        line: 5,
        column: 2,
        endLine: 5,
        endColumn: 9,
        suppressed: { reason: 'agreed with the medical director', line: 4 },
        fingerprint: 'abcdef0123456789:1',
      },
    ],
  };
  // biome-ignore lint/suspicious/noExplicitAny: a parsed SARIF log, walked field by field below
  const log: any = JSON.parse(
    sarifFormatter(undefined)([withSuppressed], { toolVersion: '1.2.3', rootUri: 'file:///repo/' }),
  );
  const validate = sarifValidator();
  assert.ok(validate(log as object), JSON.stringify(validate.errors?.slice(0, 3)));
  const results = log.runs[0].results as { suppressions?: { kind: string; justification: string }[] }[];
  assert.deepEqual(results[3]!.suppressions, [
    { kind: 'inSource', justification: 'agreed with the medical director' },
  ]);
  assert.equal(results.filter((r) => r.suppressions).length, 1);
  assert.equal(
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
    'dir%2Ca%3Ab/x%25.imr.md',
  );
  const withHome = JSON.parse(
    sarifFormatter('https://example.org/imr')([], { toolVersion: '1', rootUri: 'file:///r/' }),
  );
  assert.equal(
    withHome.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'file-unreadable').helpUri,
    'https://example.org/imr/blob/main/docs/cli.md#file-unreadable',
  );
});
