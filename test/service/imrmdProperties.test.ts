import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Determination, Span } from '../../server/src/service/model/types';
import { readImrMd } from '../../server/src/service/parser/imrmd/read';
import { growthRatio, LINEAR_LIMIT } from '../support/growth';

/** Pieces that mean something to the reader, so random documents exercise every branch. */
const TOKENS = [
  '# ',
  '## ',
  '### ',
  '#',
  ': ',
  ':',
  'Upheld',
  'overturned',
  'Approved',
  'Clinical Case Summary',
  'IMR Issues, Decisions and Rationales',
  'Claims Administrator guideline:',
  'MAXIMUS guideline:',
  'Decision rationale:',
  ' was the original request.',
  ' was authorized by the Claims Administrator',
  '<!--',
  '-->',
  ' imr-lint-disable-next-line ',
  ' imr-lint-disable-line ',
  'imr-lint-enable',
  ' -- ',
  ',',
  '---',
  '...',
  'case: ',
  'decision-date: ',
  '2016-12-09',
  '[',
  '{',
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\f',
  ' ',
  '\t',
  'a',
  'é',
  '\u{1F600}',
];

const documents = fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }).map((t) => t.join(''));

function assertInRange(d: Determination): void {
  const n = d.text.length;
  const ok = (s: Span, what: string) => assert.ok(0 <= s.start && s.start <= s.end && s.end <= n, what);
  for (const p of d.problems) ok(p.span, `problem ${p.code}`);
  for (const s of d.suppressions) ok(s.span, 'suppression');
  for (const s of d.sections) {
    ok(s.span, 'section');
    ok(s.headingSpan, 'section heading');
    ok(s.body.sourceSpan, 'section body');
  }
  for (const item of d.items) {
    ok(item.span, 'item');
    ok(item.headingSpan, 'item heading');
    ok(item.request.sourceSpan, 'request');
    if (item.decision) ok(item.decision.span, 'decision');
    for (const f of item.fields) {
      ok(f.span, 'field');
      ok(f.labelSpan, 'label');
      ok(f.text.sourceSpan, 'field text');
      for (let i = 0; i <= f.text.text.length; i++) {
        const at = f.text.toSource(i);
        assert.ok(at >= 0 && at <= n, 'mapped offset');
      }
    }
  }
  for (const key of d.header.keys ?? []) ok(key.span, 'front matter key');
}

const VALID = [
  '---',
  'case: CM16-0213037',
  'decision-date: 2016-12-09',
  '---',
  '',
  '# Clinical Case Summary',
  '',
  'The injured worker is a 48 year old male.',
  '',
  '# IMR Issues, Decisions and Rationales',
  '',
  '## Diazepam 10mg, QTY: 60: Upheld',
  '',
  '<!-- imr-lint-disable-next-line citation-missing -- reviewed -->',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.',
  '',
  'Decision rationale: Benzodiazepines are not recommended.',
  '',
].join('\n');

test('random documents never throw and every span is in range', () => {
  fc.assert(
    fc.property(documents, (text) => assertInRange(readImrMd(text))),
    { numRuns: 2000 },
  );
});

test('mutated valid documents never throw and every span is in range', () => {
  const mutation = fc.record({
    at: fc.nat({ max: VALID.length }),
    cut: fc.nat({ max: 20 }),
    insert: fc.array(fc.constantFrom(...TOKENS), { maxLength: 5 }).map((t) => t.join('')),
  });
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
      let text = VALID;
      for (const m of mutations) {
        const at = Math.min(m.at, text.length);
        text = text.slice(0, at) + m.insert + text.slice(at + m.cut);
      }
      assertInRange(readImrMd(text));
    }),
    { numRuns: 2000 },
  );
});

/** Each shape is about 20-50 KB at n = 100 (a long real determination is 20 KB), four times that at 400. */
const SHAPES: Record<string, (n: number) => string> = {
  'whole documents': (n) => VALID + VALID.slice(VALID.indexOf('## Diazepam')).repeat(n),
  'colons in one heading': (n) => `# Issues\n## ${'a: '.repeat(n * 50)}x\n`,
  hashes: (n) => '#'.repeat(n * 200),
  'comment openers': (n) => '<!--'.repeat(n * 100),
  'comment lines never closed': (n) => '<!-- a\n'.repeat(n * 50),
  'trailing comment closers': (n) => `# Issues\n${'x <!-- -->\n'.repeat(n * 20)}`,
  labels: (n) => `# Issues\n## a: Upheld\n${'Decision rationale: x\n'.repeat(n * 12)}`,
  spaces: (n) => `# Issues\n## a${' '.repeat(n * 500)}: Upheld\n`,
  'front matter': (n) => `---\n${Array.from({ length: n * 20 }, (_, i) => `k${i}: v\n`).join('')}---\n`,
  'repeated front matter keys': (n) => `---\n${'k: v\n'.repeat(n * 20)}---\n`,
};

test('reading stays linear: 4x the input takes under 6x the time', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    const ratio = growthRatio(readImrMd, make(100), make(400));
    assert.ok(ratio < LINEAR_LIMIT, `${name}: ratio ${ratio.toFixed(2)}`);
  }
});
