import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/service/analysis';
import { emptyCatalog } from '../../server/src/service/catalog/catalog';
import { lint } from '../../server/src/service/lint';
import { readImrMd } from '../../server/src/service/parser/imrmd/read';
import { fieldMissing } from '../../server/src/service/rules/field-missing';
import { frontMatter } from '../../server/src/service/rules/front-matter';
import { itemDuplicate } from '../../server/src/service/rules/item-duplicate';
import { parseError } from '../../server/src/service/rules/parse-error';
import type { AnyRule } from '../../server/src/service/rules/types';

const findingsOf = (rule: AnyRule, code: string) =>
  lint(analyze(readImrMd(code), emptyCatalog), {}, [rule]).findings.filter((f) => f.ruleId === rule.id);

for (const rule of [fieldMissing, frontMatter, itemDuplicate, parseError]) {
  test(`${rule.id}: each invalid example gives exactly one finding, each valid none`, () => {
    rule.invalid.forEach((example, i) => {
      assert.equal(findingsOf(rule, example.code).length, 1, `invalid example ${i + 1}`);
    });
    rule.valid.forEach((example, i) => {
      assert.equal(findingsOf(rule, example.code).length, 0, `valid example ${i + 1}`);
    });
  });
}

test('front-matter findings land on the key or value, and parse-error leaves them alone', () => {
  const code = [
    '---',
    'colour: red',
    'decision-date: someday',
    '---',
    '',
    '# Clinical Case Summary',
    '',
  ].join('\n');
  const spans = findingsOf(frontMatter, code).map((f) => code.slice(f.span.start, f.span.end));
  assert.deepEqual(spans, ['colour', 'someday']);
  assert.equal(findingsOf(parseError, code).length, 0);
});

test('field-missing reports each missing field once, on the item heading', () => {
  const code = ['# IMR Issues, Decisions and Rationales', '', '## Norco 10/325mg #60: Upheld', ''].join('\n');
  const findings = findingsOf(fieldMissing, code);
  assert.equal(findings.length, 2);
  for (const f of findings)
    assert.equal(code.slice(f.span.start, f.span.end), '## Norco 10/325mg #60: Upheld');
});

test('item-duplicate points at the later request and relates the first', () => {
  const code = [
    '# Issues',
    '',
    '## MRI lumbar spine: Upheld',
    '',
    '## MRI Lumbar  Spine: Overturned',
    '',
  ].join('\n');
  const [finding, ...rest] = findingsOf(itemDuplicate, code);
  assert.equal(rest.length, 0);
  assert.equal(code.slice(finding!.span.start, finding!.span.end), 'MRI Lumbar  Spine');
  assert.equal(
    code.slice(finding!.related![0]!.span.start, finding!.related![0]!.span.end),
    'MRI lumbar spine',
  );
});
