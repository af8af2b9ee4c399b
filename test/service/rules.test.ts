/**
 * The rule registry's contract (after ESLint's checkRuleFiles): unique kebab-case ids, a docs page in
 * step with the rule file, a fixture folder, and invalid/valid examples that behave as documented.
 * Then every fixture under test/fixtures/rules/<rule-id>/ is linted and its inline
 * `<!-- expect: rule-id -->` markers compared with the findings.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { renderRuleDoc, renderRuleIndex } from '../../server/src/service/rules/docs';
import { allRules } from '../../server/src/service/rules/index';
import type { AnyRule } from '../../server/src/service/rules/types';
import { formatExpectations, readMarkers } from '../support/markers';
import { repoRoot } from '../support/paths';
import { lintText } from '../support/service';

const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'rules');

function findingsOf(rule: AnyRule, code: string, options?: unknown) {
  const config = {
    rules: {
      [rule.id]: [rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity, options ?? {}] as const,
    },
  };
  const { findings, ruleFailures } = lintText(code, config as never);
  assert.deepEqual(ruleFailures, [], `${rule.id} threw`);
  return findings.filter((f) => f.ruleId === rule.id);
}

describe('rule registry', () => {
  test('ids are unique, kebab-case and sorted', () => {
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a.localeCompare(b)),
    );
  });

  test('each rule lives in a file named after its id', () => {
    const files = new Set(readdirSync(path.join(repoRoot, 'server', 'src', 'service', 'rules')));
    for (const r of allRules) assert.ok(files.has(`${r.id}.ts`), `server/src/service/rules/${r.id}.ts`);
  });

  test('docs pages are generated from the rules and up to date (npm run docs)', () => {
    for (const r of allRules) {
      const page = path.join(repoRoot, 'docs', 'rules', `${r.id}.md`);
      assert.ok(existsSync(page), `missing ${path.relative(repoRoot, page)}: run npm run docs`);
      assert.equal(readFileSync(page, 'utf8'), renderRuleDoc(r), `${r.id}.md is stale: run npm run docs`);
    }
    assert.equal(
      readFileSync(path.join(repoRoot, 'docs', 'rules', 'README.md'), 'utf8'),
      renderRuleIndex(allRules),
    );
  });

  test('each rule has a fixture folder with a failing and a passing case', () => {
    for (const r of allRules) {
      const dir = path.join(fixturesDir, r.id);
      assert.ok(existsSync(dir), `missing test/fixtures/rules/${r.id}/`);
      const texts = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
      const marked = texts.map((t) => readMarkers(t).expected.some((e) => e.ruleId === r.id));
      assert.ok(marked.includes(true), `${r.id}: no fixture expects a finding`);
      assert.ok(marked.includes(false), `${r.id}: no fixture expects silence`);
    }
  });
});

describe('rule docs examples', () => {
  for (const rule of allRules) {
    test(`${rule.id}: invalid examples give exactly one finding, valid ones none`, () => {
      assert.ok(rule.invalid.length > 0 && rule.valid.length > 0, 'needs invalid and valid examples');
      rule.invalid.forEach((ex, i) => {
        const found = findingsOf(rule, ex.code, ex.options);
        assert.equal(
          found.length,
          1,
          `invalid example ${i + 1}: ${found.length} findings: ${found.map((f) => f.message).join(' | ')}`,
        );
      });
      rule.valid.forEach((ex, i) => {
        const found = findingsOf(rule, ex.code, ex.options);
        assert.equal(found.length, 0, `valid example ${i + 1}: ${found.map((f) => f.message).join(' | ')}`);
      });
    });
  }
});

describe('rule fixtures', () => {
  const folders = existsSync(fixturesDir) ? readdirSync(fixturesDir).sort() : [];
  for (const folder of folders) {
    for (const file of readdirSync(path.join(fixturesDir, folder)).sort()) {
      if (file.endsWith('.options.json')) continue;
      test(`${folder}/${file}`, () => {
        const full = path.join(fixturesDir, folder, file);
        const { text, expected } = readMarkers(readFileSync(full, 'utf8'));
        const optionsFile = full.replace(/\.(imr\.md|txt)$/, '.options.json');
        const config = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined;
        const { findings, ruleFailures } = lintText(
          text,
          config,
          file.endsWith('.txt') ? 'plaintext' : 'imr',
        );
        assert.deepEqual(ruleFailures, []);
        // Compare the rules this fixture speaks about: its folder's rule and any rule a marker names.
        const watched = new Set([folder, ...expected.map((e) => e.ruleId)]);
        const lines = (span: { start: number }) => text.slice(0, span.start).split('\n').length;
        const actual = findings
          .filter((f) => watched.has(f.ruleId) && !f.suppressed)
          .map((f) => ({ line: lines(f.span), ruleId: f.ruleId }));
        assert.deepEqual(formatExpectations(actual), formatExpectations(expected));
      });
    }
  }
});
