/**
 * The mutation test: mutated copies of the 49 real letters, made in memory, and the rule that must
 * catch each mutation.
 *   decision-flipped            Upheld <-> Overturned          -> decision-conclusion-mismatch
 *   conclusion-flipped          "is not medically necessary" <-> "is medically necessary"
 *                                                              -> decision-conclusion-mismatch
 *   approved-without-criteria   an injection, benzodiazepine or imaging item the letter denied, turned
 *                               into a consistent approval (decision and conclusions both flipped)
 *                                                              -> the criteria rule of its kind
 * Recall per kind is printed (counts only) and held to a floor measured on the corpus.
 *
 * Why the clinical floors are below 1 (measured 2017 corpus, all misses read by hand):
 *   - benzodiazepines (1 of 6): four letters deny for the indication ("no anxiety disorder", "not for
 *     acute musculoskeletal pain") and never state how long the drug was taken; one says "since
 *     11/2013" but is published without its dates, and its latest date is 11/15/2013, so the use
 *     cannot be shown to pass 4 weeks. benzodiazepine-duration is right to stay silent on all five.
 *   - spinal imaging (7 of 11): four letters document neurologic findings and conservative care, and
 *     deny for reasons the rule does not judge (a repeat MRI without a change, care not yet completed,
 *     a thoracic study after trauma with fractures counted as a red flag).
 *   - imaging of other parts (shoulder, knee, foot) is outside imaging-indications and is reported,
 *     not enforced.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../server/src/service/rules/types';
import { approvalMutant, consistencyMutants, type MutationKind } from '../support/mutation';
import { realLetters } from '../support/realLetters';
import { doc, service } from '../support/service';

const FAMILY: Readonly<Record<string, string>> = {
  'epidural-steroid-injection': 'injection',
  'selective-nerve-root-block': 'injection',
  'facet-injection': 'injection',
  'medial-branch-block': 'injection',
  benzodiazepine: 'benzodiazepine',
  'mri-lumbar': 'imaging-spine',
  'mri-cervical': 'imaging-spine',
  'mri-other': 'imaging',
  ct: 'imaging',
};
const SPINE = /\b(?:lumbar|lumbosacral|cervical|thoracic|spine)\b/i;

/** The rules that judge each family's approvals. */
const CATCHERS: Readonly<Record<string, readonly string[]>> = {
  injection: [
    'esi-radiculopathy',
    'esi-conservative-care',
    'esi-repeat-response',
    'esi-levels',
    'facet-radicular',
  ],
  benzodiazepine: ['benzodiazepine-duration'],
  'imaging-spine': ['imaging-indications'],
  'imaging-other-part': ['imaging-indications'],
};

/** Measured recall, rounded down; a change that lowers it fails. */
const FLOORS: Readonly<Record<string, number>> = {
  'decision-flipped': 1,
  'conclusion-flipped': 1,
  'approved-without-criteria/injection': 1,
  'approved-without-criteria/benzodiazepine': 0.16,
  'approved-without-criteria/imaging-spine': 0.63,
};

function lint(text: string): { findings: readonly Finding[]; analysis: ReturnType<typeof service.analyze> } {
  const d = doc(text, 'plaintext');
  const analysis = service.analyze(d);
  const findings = service.lint(d).findings;
  service.forget(d.uri);
  return { findings, analysis };
}

test('mutated real letters: the matching rule catches each mutation', () => {
  const tally = new Map<string, { caught: number; total: number }>();
  const count = (key: string, caught: boolean) => {
    const t = tally.get(key) ?? { caught: 0, total: 0 };
    t.total++;
    if (caught) t.caught++;
    tally.set(key, t);
  };
  let inconsistentApprovals = 0;
  for (const letter of realLetters()) {
    const { analysis } = lint(letter.text);
    for (const m of consistencyMutants(letter.text, analysis)) {
      const { findings } = lint(m.text);
      const kind: MutationKind = m.kind;
      count(
        kind,
        findings.some((f) => f.ruleId === 'decision-conclusion-mismatch' && f.itemIndex === m.itemIndex),
      );
    }
    analysis.items.forEach((it, i) => {
      let family = it.treatment ? FAMILY[it.treatment.kind] : undefined;
      if (family === 'imaging')
        family = SPINE.test(it.item.request.text) ? 'imaging-spine' : 'imaging-other-part';
      if (!family) return;
      const m = approvalMutant(letter.text, analysis, i);
      if (!m) return;
      const { findings } = lint(m.text);
      const mine = findings.filter((f) => f.itemIndex === i);
      if (mine.some((f) => f.ruleId === 'decision-conclusion-mismatch')) inconsistentApprovals++;
      count(
        `${m.kind}/${family}`,
        mine.some((f) => CATCHERS[family]!.includes(f.ruleId)),
      );
    });
  }
  const lines = [...tally.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, t]) => `${k}: ${t.caught}/${t.total} (${(t.caught / t.total).toFixed(2)})`);
  console.log(`mutation recall\n  ${lines.join('\n  ')}`);
  // The approval mutants are meant to read consistently: only the clinical criteria can object.
  assert.equal(inconsistentApprovals, 0, 'an approval mutant still reads as inconsistent');
  for (const [key, floor] of Object.entries(FLOORS)) {
    const t = tally.get(key);
    assert.ok(t && t.total > 0, `no mutants of ${key}`);
    assert.ok(t.caught / t.total >= floor, `${key}: recall ${t.caught}/${t.total} is below ${floor}`);
  }
});
