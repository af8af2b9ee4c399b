import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDetermination } from '../../server/src/service/model/empty';
import type { Determination, Suppression } from '../../server/src/service/model/types';
import type { Finding } from '../../server/src/service/rules/types';
import { applySuppressions } from '../../server/src/service/suppressions';

/** A determination with the given lines; directives are found by their text, as a reader would place them. */
function det(lines: string[], directives: (Omit<Suppression, 'span'> & { marker: string })[]): Determination {
  const text = lines.join('\n');
  const suppressions = directives.map((d) => {
    const start = text.indexOf(d.marker);
    assert.ok(start >= 0, `marker ${d.marker}`);
    const { marker: _m, ...rest } = d;
    return { ...rest, span: { start, end: start + d.marker.length } } as Suppression;
  });
  return { ...emptyDetermination(text, 'imr-md'), suppressions };
}

function at(d: Determination, needle: string, ruleId = 'rule-a'): Finding {
  const start = d.text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { ruleId, severity: 'error', message: 'm', span: { start, end: start + needle.length } };
}

const suppressedIds = (fs: readonly Finding[]) => fs.filter((f) => f.suppressed).map((f) => f.ruleId);

test('disable-next-line covers the next non-blank line only', () => {
  const d = det(
    ['<!--N-->', '', 'first', 'second'],
    [{ marker: '<!--N-->', kind: 'disable-next-line', ruleIds: ['rule-a'], reason: 'agreed' }],
  );
  const out = applySuppressions([at(d, 'first'), at(d, 'second')], d);
  assert.deepEqual(
    out.map((f) => Boolean(f.suppressed)),
    [true, false],
  );
  assert.equal(out[0]!.suppressed!.reason, 'agreed');
  assert.deepEqual(out[0]!.suppressed!.span, d.suppressions[0]!.span);
});

test('a rule list suppresses only the rules it names; an empty list suppresses every rule', () => {
  const d = det(
    ['<!--N-->', 'x y', '<!--ALL-->', 'z'],
    [
      { marker: '<!--N-->', kind: 'disable-next-line', ruleIds: ['rule-a'], reason: 'r' },
      { marker: '<!--ALL-->', kind: 'disable-next-line', ruleIds: [], reason: 'r' },
    ],
  );
  const out = applySuppressions([at(d, 'x', 'rule-a'), at(d, 'y', 'rule-b'), at(d, 'z', 'rule-c')], d);
  assert.deepEqual(suppressedIds(out), ['rule-a', 'rule-c']);
});

test('disable/enable ranges, per rule, and a disable without enable runs to the end', () => {
  const d = det(
    ['<!--D-->', 'one', '<!--E-->', 'two', '<!--D2-->', 'three'],
    [
      { marker: '<!--D-->', kind: 'disable', ruleIds: ['rule-a', 'rule-b'], reason: 'r' },
      { marker: '<!--E-->', kind: 'enable', ruleIds: ['rule-a'], reason: null },
      { marker: '<!--D2-->', kind: 'disable', ruleIds: [], reason: 'r' },
    ],
  );
  const out = applySuppressions(
    [at(d, 'one', 'rule-a'), at(d, 'two', 'rule-a'), at(d, 'two', 'rule-b'), at(d, 'three', 'rule-z')],
    d,
  );
  assert.deepEqual(
    out.map((f) => `${f.ruleId}@${d.text.slice(f.span.start, f.span.end)}:${Boolean(f.suppressed)}`),
    ['rule-a@one:true', 'rule-a@two:false', 'rule-b@two:true', 'rule-z@three:true'],
  );
});

test('disable-line covers its own line', () => {
  const d = det(
    ['text <!--L-->', 'next'],
    [{ marker: '<!--L-->', kind: 'disable-line', ruleIds: [], reason: 'r' }],
  );
  assert.deepEqual(suppressedIds(applySuppressions([at(d, 'text'), at(d, 'next', 'rule-b')], d)), ['rule-a']);
});

test('a directive without a reason suppresses nothing', () => {
  for (const reason of [null, '', '   ']) {
    const d = det(
      ['<!--N-->', 'x'],
      [{ marker: '<!--N-->', kind: 'disable-next-line', ruleIds: [], reason }],
    );
    assert.deepEqual(suppressedIds(applySuppressions([at(d, 'x')], d)), []);
  }
});

test('suppression findings themselves are never suppressed', () => {
  const d = det(['<!--L-->'], [{ marker: '<!--L-->', kind: 'disable-line', ruleIds: [], reason: 'r' }]);
  const f = at(d, '<!--L-->', 'suppression-invalid');
  assert.deepEqual(suppressedIds(applySuppressions([f], d)), []);
});

test('suppression-unused: off by default; when on, reports directives and ids that suppressed nothing', () => {
  const d = det(
    ['<!--A-->', 'x', '<!--B-->', 'y'],
    [
      { marker: '<!--A-->', kind: 'disable-next-line', ruleIds: ['rule-a', 'rule-b'], reason: 'r' },
      { marker: '<!--B-->', kind: 'disable-next-line', ruleIds: [], reason: 'r' },
    ],
  );
  const findings = [at(d, 'x', 'rule-a')];
  assert.equal(applySuppressions(findings, d).length, 1);
  const out = applySuppressions(findings, d, { rules: { 'suppression-unused': 'warning' } });
  const unused = out.filter((f) => f.ruleId === 'suppression-unused');
  assert.equal(unused.length, 2);
  assert.match(unused[0]!.message, /rule-b/);
  assert.doesNotMatch(unused[0]!.message, /rule-a/);
  assert.equal(unused[0]!.severity, 'warning');
  assert.deepEqual(unused[1]!.span, d.suppressions[1]!.span);
});

test('no suppressions: findings come back unchanged', () => {
  const d = emptyDetermination('abc', 'imr-md');
  const fs = [at(d, 'b')];
  assert.equal(applySuppressions(fs, d), fs);
});

test('through the engine: suppression-invalid reports reason-less and unknown-rule directives', async () => {
  const { analyze } = await import('../../server/src/service/analysis');
  const { emptyCatalog } = await import('../../server/src/service/catalog/catalog');
  const { lint } = await import('../../server/src/service/lint');
  const d = det(
    ['<!--A-->', '<!--B-->', '<!--C-->', '<!--E-->'],
    [
      { marker: '<!--A-->', kind: 'disable-next-line', ruleIds: ['parse-error'], reason: null },
      { marker: '<!--B-->', kind: 'disable', ruleIds: ['no-such-rule'], reason: 'r' },
      { marker: '<!--C-->', kind: 'disable-line', ruleIds: ['section-missing'], reason: 'r' },
      { marker: '<!--E-->', kind: 'enable', ruleIds: [], reason: null },
    ],
  );
  const result = lint(analyze(d, emptyCatalog), { rules: { 'suppression-unused': 'info' } });
  const byRule = (id: string) => result.findings.filter((f) => f.ruleId === id);
  assert.deepEqual(
    byRule('suppression-invalid').map(
      (f) => f.message.includes('no reason') || f.message.includes('no-such-rule'),
    ),
    [true, true],
  );
  // section-missing is reported at offset 0: the directive on line 3 suppresses nothing, nor does B.
  assert.equal(byRule('suppression-unused').length, 2);
  assert.equal(result.ruleFailures.length, 0);
});
