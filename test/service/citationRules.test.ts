/**
 * The citation rules beyond their docs examples and fixtures: fixes that apply cleanly, no rule
 * throwing on citation-shaped noise, linear time on long guideline lines, and how they behave on the
 * 49 real letters (issued decisions: few findings, none at error severity). Messages of failures name
 * rule ids, files and counts only.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { exampleLetter } from '../../server/src/service/citations/exampleLetter';
import { applyEdits, applySafeFixes } from '../../server/src/service/fix';
import type { Finding } from '../../server/src/service/rules/types';
import { growthRatio, LINEAR_LIMIT } from '../support/growth';
import { realLetterFindings } from '../support/report';
import { lintText } from '../support/service';

const CITATION_RULES = [
  'citation-edition',
  'citation-missing',
  'citation-page-mismatch',
  'citation-spelling',
  'citation-topic-mismatch',
  'citation-unknown',
  'evidence-hierarchy',
];
const ours = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => CITATION_RULES.includes(f.ruleId));

const RATIONALE = 'Long-term use is not recommended. Therefore, the request is not medically necessary.';
const letter = (reviewerLine: string, heading = 'Diazepam 10mg #30: Upheld', decisionDate = '2017-02-08') =>
  exampleLetter({ decisionDate, heading, reviewerLine, rationale: RATIONALE });

describe('citation rule fixes', () => {
  test('the spelling fix is safe and leaves nothing to report', () => {
    const text = letter(
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazapines.',
    );
    const { findings } = lintText(text);
    assert.equal(ours(findings).length, 1);
    const { text: fixed } = applySafeFixes(text, findings);
    assert.ok(fixed.includes('Section(s): Benzodiazepines.'));
    assert.deepEqual(ours(lintText(fixed).findings), []);
  });

  test("the page fix writes the catalog's page and is not safe", () => {
    const text = letter(
      'Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.',
      'Lumbar epidural steroid injection L4-5: Upheld',
      '2015-03-02',
    );
    const page = ours(lintText(text).findings).find((f) => f.ruleId === 'citation-page-mismatch');
    assert.ok(page?.fixes?.[0]);
    assert.equal(page.fixes[0].safe, false);
    assert.match(page.message, /unconfirmed/);
    const fixed = applyEdits(text, page.fixes[0].edits);
    assert.deepEqual(
      ours(lintText(fixed).findings).map((f) => f.ruleId),
      [],
    );
  });

  test('the missing-citation fix inserts a citation the rules accept', () => {
    const text = letter('The Expert Reviewer did not cite any medical evidence for its decision.');
    const missing = ours(lintText(text).findings).find((f) => f.ruleId === 'citation-missing');
    assert.ok(missing?.fixes?.[0]);
    const fixed = applyEdits(text, missing.fixes[0].edits);
    assert.deepEqual(
      ours(lintText(fixed).findings).map((f) => f.ruleId),
      [],
    );
  });
});

describe('citation rules on hostile input', () => {
  const fragment = fc.constantFrom(
    'Decision based on ',
    'MTUS ',
    'Non-MTUS Citation ',
    'Chronic Pain Medical Treatment ',
    '2016, ',
    '2009 ',
    'Section(s): ',
    'Page(s): ',
    '24',
    '-',
    ', ',
    '.',
    'ODG ',
    'Pain (Chronic), ',
    'Benzodiazapines',
    'Low Back Complaints ',
    'The Expert Reviewer did not base their decision on the MTUS. ',
    'The Expert Reviewer did not cite any medical evidence for its decision. ',
    '\n',
  );
  test('no citation rule throws on citation-shaped noise', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }),
        fc.array(fragment, { maxLength: 20 }),
        (line, prose) => {
          const text = exampleLetter({
            heading: 'Lumbar ESI and diazepam: Upheld',
            reviewerLine: line.join(''),
            rationale: `${prose.join('')} ${RATIONALE}`,
          });
          const { ruleFailures } = lintText(text);
          assert.deepEqual(ruleFailures, []);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('time grows about linearly with the length of a guideline line', () => {
    const sections = (n: number) =>
      `Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ${Array.from(
        { length: n },
        (_, i) => (i % 2 ? 'Benzodiazapines' : 'Unknown topic number'),
      ).join(', ')}.`;
    const ratio = growthRatio((text: string) => lintText(text), letter(sections(150)), letter(sections(600)));
    assert.ok(ratio < LINEAR_LIMIT, `4x input took ${ratio.toFixed(1)}x the time`);
  });
});

describe('citation rules on the 49 real letters', () => {
  const rows = realLetterFindings().filter((r) => CITATION_RULES.includes(r.ruleId));
  test('few findings, every one judged, no false alarm left and none at error severity', () => {
    assert.ok(rows.length <= 10, `${rows.length} findings`);
    for (const r of rows) {
      assert.notEqual(r.severity, 'error', `${r.file} ${r.ruleId} ${r.line}`);
      assert.ok(r.judgement, `${r.file} ${r.ruleId} ${r.line}: no judgement`);
      assert.notEqual(r.judgement.verdict, 'false-alarm', `${r.file} ${r.ruleId} ${r.line}`);
    }
  });
});
