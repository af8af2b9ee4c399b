/**
 * Every fenced `imr` block in docs/format.md reads as the doc says: without a problem, or, when the
 * block is marked `imr problems=a,b`, with exactly those problem codes in that order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { readImrMd } from '../../server/src/service/parser/imrmd/read';

interface Example {
  readonly line: number;
  readonly code: string;
  readonly problems: readonly string[];
}

/** Fenced blocks whose info string starts with `imr`, with the line they start on. */
function imrBlocks(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```imr(?:\s+problems=(\S+))?\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    out.push({
      line: i + 1,
      code: `${lines.slice(start, end).join('\n')}\n`,
      problems: open[1] ? open[1].split(',') : [],
    });
    i = end;
  }
  return out;
}

const doc = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'format.md'), 'utf8');
const examples = imrBlocks(doc);

test('docs/format.md has examples, valid and invalid', () => {
  assert.ok(examples.length >= 10, `found ${examples.length}`);
  assert.ok(examples.some((e) => e.problems.length > 0));
  assert.ok(examples.some((e) => e.problems.length === 0));
});

for (const example of examples) {
  test(`docs/format.md example at line ${example.line} reads as documented`, () => {
    const d = readImrMd(example.code);
    assert.deepEqual(
      d.problems.map((p) => p.code),
      example.problems,
    );
  });
}

test('the whole-file example reads in full', () => {
  const d = readImrMd(examples[0]!.code);
  assert.equal(d.items.length, 2);
  assert.deepEqual(
    d.items.map((i) => [i.request.text, i.decision?.value, i.fields.length]),
    [
      ['MRI of the right shoulder without contrast', 'Upheld', 3],
      ['Diazepam 10mg, QTY: 60', 'Upheld', 2],
    ],
  );
  assert.equal(d.header.caseNumber?.value, 'CM16-0213037');
  assert.ok(d.summary?.text.startsWith('The injured worker'));
});

test('the suppression example gives its directives', () => {
  const example = examples.find((e) => e.code.includes('imr-lint-disable-next-line'))!;
  const d = readImrMd(example.code);
  assert.deepEqual(
    d.suppressions.map((s) => [s.kind, s.ruleIds.join(' '), s.reason !== null]),
    [
      ['disable-next-line', 'citation-page', true],
      ['disable', 'clinical-benzodiazepine-duration clinical-taper', true],
      ['enable', 'clinical-benzodiazepine-duration clinical-taper', false],
    ],
  );
});
