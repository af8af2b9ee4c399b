/**
 * The consistency rules through a test-only reader (the real `.imr.md` reader is on another branch):
 * docs examples and fixtures behave as documented, quick fixes do what they say.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/service/analysis';
import { emptyCatalog } from '../../../server/src/service/catalog/catalog';
import type { ClinicalFact } from '../../../server/src/service/clinical/types';
import { lint } from '../../../server/src/service/lint';
import { rulesById } from '../../../server/src/service/rules/index';
import type { AnyRule, Finding } from '../../../server/src/service/rules/types';
import { growthRatio, LINEAR_LIMIT } from '../../support/growth';
import { formatExpectations, readMarkers } from '../../support/markers';
import { repoRoot } from '../../support/paths';
import { readMini } from './miniReader';

const RULES = [
  'decision-conclusion-mismatch',
  'conclusion-missing',
  'conclusion-item-mismatch',
  'record-contradiction',
];

function run(
  text: string,
  rule: AnyRule,
  options?: unknown,
  facts?: { summary?: ClinicalFact[]; rationale?: ClinicalFact[] },
) {
  let analysis = analyze(readMini(text), emptyCatalog);
  if (facts) {
    analysis = {
      ...analysis,
      summaryFacts: facts.summary ?? [],
      items: analysis.items.map((i) => ({ ...i, rationaleFacts: facts.rationale ?? [] })),
    };
  }
  const severity = rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
  const result = lint(
    analysis,
    { rules: { [rule.id]: [severity, (options ?? {}) as Record<string, unknown>] } },
    [rule],
  );
  assert.deepEqual(result.ruleFailures, []);
  return result.findings;
}

function applyFix(text: string, finding: Finding, index: number): string {
  const edits = [...finding.fixes![index]!.edits].sort((a, b) => b.span.start - a.span.start);
  for (const e of edits) text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  return text;
}

describe('consistency rules: docs examples (through the test reader)', () => {
  for (const id of RULES) {
    const rule = rulesById.get(id)!;
    test(id, () => {
      for (const [i, ex] of rule.invalid.entries()) {
        assert.equal(run(ex.code, rule, ex.options).length, 1, `invalid ${i + 1}`);
      }
      for (const [i, ex] of rule.valid.entries()) {
        assert.equal(run(ex.code, rule, ex.options).length, 0, `valid ${i + 1}`);
      }
    });
  }
});

describe('consistency rules: fixtures (through the test reader)', () => {
  for (const id of RULES) {
    const dir = path.join(repoRoot, 'test', 'fixtures', 'rules', id);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.imr.md'))
      .sort()) {
      test(`${id}/${file}`, () => {
        const { text, expected } = readMarkers(readFileSync(path.join(dir, file), 'utf8'));
        const line = (offset: number) => text.slice(0, offset).split('\n').length;
        const actual = RULES.flatMap((r) => run(text, rulesById.get(r)!))
          .filter((f) => f.ruleId === id || expected.some((e) => e.ruleId === f.ruleId))
          .map((f) => ({ line: line(f.span.start), ruleId: f.ruleId }));
        assert.deepEqual(formatExpectations(actual), formatExpectations(expected));
      });
    }
  }
});

describe('quick fixes', () => {
  const rule = rulesById.get('decision-conclusion-mismatch')!;
  const code = rule.invalid[0]!.code;

  test('decision-conclusion-mismatch offers both sides, neither safe, and each resolves it', () => {
    const [finding] = run(code, rule);
    assert.ok(finding);
    assert.equal(finding.fixes?.length, 2);
    assert.ok(finding.fixes!.every((f) => !f.safe));
    for (let i = 0; i < 2; i++) assert.equal(run(applyFix(code, finding, i), rule).length, 0, `fix ${i + 1}`);
    assert.match(applyFix(code, finding, 0), /is not medically necessary\./);
    assert.match(applyFix(code, finding, 1), /: Overturned/);
  });

  test('conclusion-missing appends a conclusion that follows the decision', () => {
    const missing = rulesById.get('conclusion-missing')!;
    const text = missing.invalid[0]!.code;
    const [finding] = run(text, missing);
    const fixed = applyFix(text, finding!, 0);
    assert.match(fixed, /Therefore, the request for Tramadol 50mg #60 is not medically necessary\.\n/);
    assert.equal(run(fixed, missing).length, 0);
    assert.equal(run(fixed, rule).length, 0);
  });

  test('conclusion-item-mismatch names the request instead', () => {
    const mismatch = rulesById.get('conclusion-item-mismatch')!;
    const text = mismatch.invalid[0]!.code;
    const [finding] = run(text, mismatch);
    assert.match(finding!.message, /strength 5mg \(the item: 10mg\)/);
    assert.equal(run(applyFix(text, finding!, 0), mismatch).length, 0);
  });
});

describe('conclusion-missing option', () => {
  test('acceptFallback false asks for the words "medically necessary"', () => {
    const rule = rulesById.get('conclusion-missing')!;
    const fallback = rule.valid[1]!.code;
    assert.equal(run(fallback, rule).length, 0);
    assert.equal(run(fallback, rule, { acceptFallback: false }).length, 1);
  });
});

describe('record-contradiction: clinical facts', () => {
  const rule = rulesById.get('record-contradiction')!;
  const code = rule.valid[0]!.code;
  const fact = (
    kind: ClinicalFact['kind'],
    status: ClinicalFact['status'],
    at: number,
    attributes = {},
  ): ClinicalFact => ({
    kind,
    status,
    span: { start: at, end: at + 5 },
    sentenceSpan: { start: at, end: at + 20 },
    attributes,
  });

  test('an absence in the rationale against a presence in the summary is reported, with the summary as related', () => {
    const found = run(code, rule, undefined, {
      summary: [fact('radicular-exam', 'present', 10, { side: 'left' })],
      rationale: [fact('radicular-exam', 'absent', 900, { side: 'left' })],
    });
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.related?.[0]?.span, { start: 10, end: 30 });
  });

  test('other side, other kind, hypothetical or a kind left out of the options: silent', () => {
    const cases: [ClinicalFact[], ClinicalFact[], unknown][] = [
      [
        [fact('radicular-exam', 'present', 10, { side: 'right' })],
        [fact('radicular-exam', 'absent', 900, { side: 'left' })],
        undefined,
      ],
      [[fact('imaging-finding', 'present', 10)], [fact('radicular-exam', 'absent', 900)], undefined],
      [[fact('radicular-exam', 'hypothetical', 10)], [fact('radicular-exam', 'absent', 900)], undefined],
      [[fact('pain-score', 'present', 10)], [fact('pain-score', 'absent', 900)], undefined],
      [[fact('radicular-exam', 'present', 10)], [fact('radicular-exam', 'absent', 900)], { checks: ['age'] }],
    ];
    for (const [summary, rationale, options] of cases) {
      assert.equal(run(code, rule, options, { summary, rationale }).length, 0);
    }
  });
});

describe('robustness', () => {
  const rules = RULES.map((id) => rulesById.get(id)!);
  const piece = fc.constantFrom(
    '# Clinical Case Summary\n',
    '# IMR Issues, Decisions and Rationales\n',
    '## Diazepam 10mg #30: Upheld\n',
    '## MRI of the L4-5: Overturned\n',
    '## : \n',
    'Decision rationale: ',
    'MAXIMUS guideline: ',
    'the request for Valium 5 mg #60 ',
    'is not medically necessary. ',
    'is medically necessary. ',
    'a 52-year-old female ',
    'on 3/4/2014 at L5-S1 ',
    'Medical necessity has not been established. ',
    '\n\n',
    ', ',
  );
  const fact = fc.record({
    kind: fc.constantFrom('radicular-exam', 'imaging-finding', 'pain-score'),
    status: fc.constantFrom('present', 'absent', 'hypothetical') as fc.Arbitrary<ClinicalFact['status']>,
    span: fc.constant({ start: 0, end: 3 }),
    sentenceSpan: fc.constant({ start: 0, end: 9 }),
    attributes: fc.constant({}),
  });

  test('the rules never throw, on any mix of letter parts and facts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }),
        fc.array(fact),
        (parts, facts) => {
          const text = parts.join('');
          for (const rule of rules) run(text, rule, undefined, { summary: facts, rationale: facts });
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a long letter is checked in linear time', () => {
    const letter = (n: number) => {
      const rationale =
        'The request for Valium 5 mg #60 at L4-5 for a 52-year-old is not medically necessary. '.repeat(n);
      return `# Clinical Case Summary\n\nA 48-year-old male.\n\n# IMR Issues, Decisions and Rationales\n\n## Diazepam 10mg #30: Overturned\n\nDecision rationale: ${rationale}\n`;
    };
    for (const rule of rules) {
      const ratio = growthRatio((text: string) => run(text, rule), letter(500), letter(2000));
      assert.ok(ratio < LINEAR_LIMIT, `${rule.id}: ratio ${ratio.toFixed(2)}`);
    }
  });
});
