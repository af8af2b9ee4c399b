/**
 * Property tests over the whole pipeline (read, analyse, lint, serialise) with both readers: on
 * random text built from the letters' own vocabulary and on real letters mutated at random, it
 * never throws, no rule fails, every span of the model and of every finding lies inside the text,
 * findings come sorted, and the same text gives the same result twice.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/service/analysis';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { lint } from '../../server/src/service/lint';
import { MappedText } from '../../server/src/service/model/mappedText';
import { readDetermination } from '../../server/src/service/parser/index';
import { analysisToJson } from '../../server/src/service/serialize';
import { sharedDir } from '../support/paths';

const catalog = defaultCatalog();

/** Every span in a value: Span-shaped objects and the source spans of MappedText. */
function spansIn(value: unknown, out: { start: number; end: number }[] = [], depth = 0) {
  if (depth > 12 || value === null || typeof value !== 'object') return out;
  if (value instanceof MappedText) {
    out.push(value.sourceSpan);
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ start: o.start, end: o.end });
  for (const [key, v] of Object.entries(o))
    if (key !== 'text' || typeof v !== 'string') spansIn(v, out, depth + 1);
  return out;
}

function runPipeline(text: string, languageId: string) {
  const determination = readDetermination(text, { languageId });
  const analysis = analyze(determination, catalog);
  const result = lint(analysis);
  const json = JSON.stringify(analysisToJson(analysis, 'property.txt'));
  return { determination, result, json };
}

/** The pipeline's invariants on one text; messages name the broken invariant, never the text. */
function checkInvariants(text: string, languageId: string) {
  const { determination, result, json } = runPipeline(text, languageId);
  // assert.ok, not assert.equal: a failure must not print the text.
  assert.ok(determination.text === text, 'the model keeps the text as given');
  assert.deepEqual(
    result.ruleFailures.map((f) => f.ruleId),
    [],
    'rules that threw',
  );
  assert.ok(!determination.problems.some((p) => p.code === 'reader-failure'), 'the reader threw');
  const bad = [...spansIn(determination), ...spansIn(result.findings)].filter(
    (s) => !(s.start >= 0 && s.start <= s.end && s.end <= text.length),
  );
  assert.deepEqual(bad, [], 'spans outside the text');
  for (let i = 1; i < result.findings.length; i++)
    assert.ok(result.findings[i - 1]!.span.start <= result.findings[i]!.span.start, 'findings are sorted');
  const again = runPipeline(text, languageId);
  assert.ok(again.json === json, 'the model is the same on a second read');
  assert.deepEqual(
    again.result.findings.map((f) => [f.ruleId, f.span.start, f.span.end, f.message]),
    result.findings.map((f) => [f.ruleId, f.span.start, f.span.end, f.message]),
    'the findings are the same on a second run',
  );
}

/** Fragments the readers key on, so random text reaches deep into them. */
const VOCABULARY = [
  '\n',
  '\n\n',
  '\r\n',
  '\f',
  ' ',
  ':',
  ': Upheld',
  ': Overturned',
  'Upheld',
  '# ',
  '## ',
  '---\n',
  'case: CM16-0000001\n',
  'decision-date: 2016-12-09\n',
  '# Clinical Case Summary\n',
  '# IMR Issues, Decisions and Rationales\n',
  'CLINICAL CASE SUMMARY\n',
  'IMR ISSUES, DECISIONS AND RATIONALES\n',
  'HOW THE IMR FINAL DETERMINATION WAS MADE\n',
  'Case Number:          CM16-0000001\n',
  'Decision Date:        01/12/2017                      UR Denial Date:      11/29/2016\n',
  'Claims Administrator guideline: ',
  'MAXIMUS guideline: ',
  'Decision rationale: ',
  'Decision based on MTUS Chronic Pain Medical Treatment Guidelines ',
  'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) ',
  'Page(s): 24, 66',
  ', Section(s): Muscle relaxants (for pain).',
  'was the original request. ',
  'was authorized by the Claims Administrator. ',
  'The remaining IMR eligible portion of the original request, ',
  ' is medically necessary.',
  ' is not medically necessary.',
  'L4-5 ',
  'electro-\n',
  '<!-- imr-lint-disable-next-line section-missing -- reason -->\n',
  '<!-- imr-lint-disable -->',
  '\u00a0',
  '\ud800',
  '\u0000',
  'é',
];

const fragmentText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...VOCABULARY),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(''));

const languageIds = fc.constantFrom('imr', 'plaintext');

test('random text from the letters vocabulary, both readers', () => {
  fc.assert(
    fc.property(fragmentText, languageIds, (text, languageId) => checkInvariants(text, languageId)),
    { numRuns: 300 },
  );
});

function realLetters(): string[] {
  const shared = sharedDir();
  const out: string[] = [];
  for (const dir of [path.join(shared, 'seeds'), path.join(shared, 'corpus', 'letters')])
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      out.push(readFileSync(path.join(dir, name), 'utf8'));
  return out;
}

type Mutation = (text: string) => string;

/** One random edit of the kinds that break readers: cuts, repeats, stray breaks and labels. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(400)).map(
    ([at, n]): Mutation =>
      (t) => {
        const i = Math.floor(at * t.length);
        return t.slice(0, i) + t.slice(i + n);
      },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(400)).map(
    ([at, n]): Mutation =>
      (t) => {
        const i = Math.floor(at * t.length);
        return t.slice(0, i + n) + t.slice(i);
      },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...VOCABULARY)).map(
    ([at, s]): Mutation =>
      (t) => {
        const i = Math.floor(at * t.length);
        return t.slice(0, i) + s + t.slice(i);
      },
  ),
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (at): Mutation =>
      (t) =>
        t.slice(0, Math.floor(at * t.length)),
  ),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
);

test('real letters mutated at random, both readers', () => {
  const letters = realLetters();
  fc.assert(
    fc.property(
      fc.nat(letters.length - 1),
      fc.array(mutation, { minLength: 1, maxLength: 6 }),
      languageIds,
      (which, mutations, languageId) =>
        checkInvariants(
          mutations.reduce((t, m) => m(t), letters[which]!),
          languageId,
        ),
    ),
    { numRuns: 200 },
  );
});

test('every real letter as published, both readers', () => {
  for (const text of realLetters()) {
    checkInvariants(text, 'plaintext');
    checkInvariants(text, 'imr');
  }
});
