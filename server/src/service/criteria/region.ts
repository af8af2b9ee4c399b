/**
 * Which limbs a finding concerns: a cervical study is supported by findings in the arms, a lumbar one
 * by findings in the legs. Read from the fact's levels when it has them, else from its sentence.
 */
import type { ClinicalFact } from '../clinical/types';

export type Limb = 'upper' | 'lower' | '';

const UPPER =
  /\b(?:upper extremit(?:y|ies)|arms?|hands?|fingers?|forearms?|biceps|triceps|deltoids?|grip|wrists?|c[1-8])\b/;
const LOWER =
  /\b(?:lower extremit(?:y|ies)|legs?|feet|foot|toes?|thighs?|calf|calves|ankles?|knees?|achilles|patellar|ehl|l[1-5]|s1|straight leg|slr)\b/;

/** 'upper' or 'lower' when the fact names only one; '' when it names both or neither. */
export function limbOf(fact: ClinicalFact, documentText: string): Limb {
  const levels = Array.isArray(fact.attributes.levels) ? (fact.attributes.levels as string[]) : [];
  const cervical = levels.some((l) => l.startsWith('C'));
  const lumbar = levels.some((l) => l.startsWith('L') || l.startsWith('S'));
  if (cervical !== lumbar) return cervical ? 'upper' : 'lower';
  const test = fact.attributes.test;
  if (test === 'straight-leg-raise') return 'lower';
  if (test === 'spurling') return 'upper';
  const sentence = documentText
    .slice(fact.sentenceSpan.start, Math.min(fact.sentenceSpan.end, fact.sentenceSpan.start + 600))
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const upper = UPPER.test(sentence);
  const lower = LOWER.test(sentence);
  return upper === lower ? '' : upper ? 'upper' : 'lower';
}
