/**
 * The rule engine's own contract (lint.ts): a rule that throws loses its own findings (those it
 * reported before throwing too) and no other rule's; a rule without configured options gets its
 * defaults, the same frozen copy on every run; configured options are merged over the defaults.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/service/lint';
import type { AnyRule, Rule } from '../../server/src/service/rules/types';
import { fakeRule } from '../support/fakeRule';
import { lintText } from '../support/service';

const text = ['# Clinical Case Summary', '', 'A summary.', ''].join('\n');
const { analysis } = lintText(text);

const rule = (id: string, check: Rule<{ n: number; word: string }>['check']): AnyRule =>
  fakeRule(id, check, { defaultOptions: { n: 1, word: 'default' } }) as AnyRule;

const span = { start: 0, end: 1 };

test('a rule that throws loses the findings it reported before throwing, and only those', () => {
  const before = rule('before', ({ report }) => report({ span, message: 'kept before' }));
  const thrower = rule('thrower', ({ report }) => {
    report({ span, message: 'lost' });
    throw new Error('boom');
  });
  const after = rule('after', ({ report }) => report({ span, message: 'kept after' }));
  const result = lint(analysis, {}, [before, thrower, after]);
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.severity, f.message]),
    [
      ['after', 'warning', 'kept after'],
      ['before', 'warning', 'kept before'],
    ],
  );
  assert.deepEqual(result.ruleFailures, [{ ruleId: 'thrower', message: 'boom' }]);
});

test('each finding carries its own rule id and configured severity', () => {
  const a = rule('a', ({ report }) => report({ span, message: 'from a' }));
  const b = rule('b', ({ report }) => report({ span: { start: 2, end: 3 }, message: 'from b' }));
  const { findings } = lint(analysis, { rules: { a: 'error', b: 'info' } }, [a, b]);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity]),
    [
      ['a', 'error'],
      ['b', 'info'],
    ],
  );
});

test('options: the defaults (one frozen copy), or the configured ones merged over them', () => {
  const seen: unknown[] = [];
  const opts = rule('opts', ({ options }) => {
    seen.push(options);
  });
  lint(analysis, {}, [opts]);
  lint(analysis, { rules: { opts: 'warning' } }, [opts]);
  lint(analysis, { rules: { opts: ['warning', { word: 'set' }] } }, [opts]);
  assert.deepEqual(seen, [
    { n: 1, word: 'default' },
    { n: 1, word: 'default' },
    { n: 1, word: 'set' },
  ]);
  assert.equal(seen[0], seen[1]);
  assert.ok(Object.isFrozen(seen[0]));
  assert.notEqual(seen[0], opts.defaultOptions);
});
