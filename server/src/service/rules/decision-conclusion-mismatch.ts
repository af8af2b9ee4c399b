import { sourceSpan } from '../consistency/conclusion';
import { itemConclusions, otherDecision, polarityOf } from '../consistency/items';
import type { Fix, Rule } from './types';

const letter = (heading: string, conclusion: string) =>
  [
    '# Clinical Case Summary',
    '',
    'The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16. He reports',
    'low back pain. Current medications include diazepam 10 mg at bedtime since June 2016.',
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    `## ${heading}`,
    '',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.',
    '',
    'Decision rationale: The MTUS guidelines state that benzodiazepines are not recommended for long-term',
    'use because long-term efficacy is unproven and there is a risk of dependence. Most guidelines limit',
    `use to 4 weeks. The worker has used diazepam for several months. ${conclusion}`,
    '',
  ].join('\n');

/** The decision says one thing and the rationale's conclusion the other. */
export const decisionConclusionMismatch: Rule = {
  id: 'decision-conclusion-mismatch',
  category: 'consistency',
  title: "The rationale's conclusion contradicts the decision",
  description: [
    'An Upheld decision keeps the denial: the rationale must conclude that the request is not medically',
    'necessary. An Overturned decision reverses it: the rationale must conclude that the request is',
    'medically necessary. The rule reads the last sentence that says so in so many words ("is not',
    'medically necessary", "is determined to not be medically necessary", "medical necessity has not',
    'been established", "deem the request ... to be medically necessary") and reports only when it is',
    'unambiguous: conditions ("would be medically necessary if ..."), reason clauses ("As the surgery',
    'is not medically necessary, ...") and guideline text (in quotation marks, or "for patients with ...")',
    'are not conclusions, a conclusion that only says "is not supported"',
    'is not enough, and nothing is reported when another conclusion in the rationale agrees with the decision',
    '(partial certifications may conclude on both portions).',
    '',
    "Two quick fixes, neither applied automatically: which side is wrong is the reviewer's call.",
  ].join('\n'),
  rationale:
    'The decision is what the parties act on and the rationale is what justifies it (Labor Code 4610.6); a letter whose analysis concludes the opposite of its decision cannot be relied on and invites appeal.',
  defaultSeverity: 'error',
  precision: 'high',
  fixable: true,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: letter(
        'Diazepam 10mg #30: Upheld',
        'Therefore, the request for Diazepam 10mg #30 is medically necessary.',
      ),
    },
  ],
  valid: [
    {
      code: letter(
        'Diazepam 10mg #30: Upheld',
        'Therefore, the request for Diazepam 10mg #30 is not medically necessary.',
      ),
    },
    {
      note: 'A condition is not a conclusion.',
      code: letter(
        'Diazepam 10mg #30: Upheld',
        'It would be medically necessary only for a short taper. Therefore, the request is determined to not be medically necessary.',
      ),
    },
  ],
  check({ analysis, report }) {
    for (const { item } of analysis.items) {
      const decision = item.decision?.value;
      if (!decision || !item.decision) continue;
      const found = itemConclusions(item);
      const main = found?.main;
      if (!found || !main || main.strength !== 'stated') continue;
      const expected = polarityOf(decision);
      if (main.polarity === expected) continue;
      if (found.all.some((c) => c.strength === 'stated' && c.polarity === expected)) continue;
      const predicate = sourceSpan(found.rationale, main.predicate);
      const fixes: Fix[] = [];
      if (main.flipped) {
        fixes.push({
          title: `Conclude that the request ${main.flipped.replace(/^(?:is|are|was|were|to be)\s/, 'is ')}`,
          edits: [{ span: predicate, newText: main.flipped }],
          safe: false,
        });
      }
      fixes.push({
        title: `Change the decision to ${otherDecision(decision)}`,
        edits: [{ span: item.decision.span, newText: otherDecision(decision) }],
        safe: false,
      });
      report({
        span: predicate,
        message: `The decision is ${decision}, but the rationale concludes that the request is ${
          main.polarity === 'necessary' ? '' : 'not '
        }medically necessary.`,
        itemIndex: item.index,
        related: [{ span: item.decision.span, message: `The decision: ${decision}.` }],
        fixes,
      });
    }
  },
};
