import { parseRequestQuantity } from '../clinical/quantity';
import { dosesPerDay } from '../criteria/duration';
import { documented, documentedPhrases, relatedUnasserted } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const KINDS = new Set(['opioid']);
const PAIN_RELIEF =
  /\b(?:(?:reduc(?:es|ed|tion)|decreas(?:es|ed|e)|improv(?:es|ed|ement)|lowers?|lowered)\s(?:(?:in|of|his|her|the)\s){0,2}pain|pain (?:relief|reduction)|\d{1,3}\s?(?:%|percent) (?:pain )?(?:relief|reduction|improvement)|(?:analgesi[ac]|relief) (?:with|from) (?:the\s)?(?:medications?|opioids?))\b/g;
// Function in the words approvals use, besides the facts engine's "functional improvement".
const FUNCTION =
  /\b(?:(?:allows?|allowed|enables?|enabled|helps?|helped)\s(?:him|her|them|the patient|the worker)\sto|(?:is|was|are|remains?)\sable\sto|activities of daily living|adls?|working (?:full|modified|regular) duty|continues? (?:to work|working)|keep working|return(?:ed|s)? to work)\b/g;

/** Oral morphine milligram equivalents per milligram (CPMTG p.86 and the criteria table). */
const MME: readonly (readonly [RegExp, number])[] = [
  [/\b(?:hydromorphone|dilaudid)\b/, 4],
  [/\b(?:oxymorphone|opana)\b/, 3],
  [/\b(?:oxycodone|percocet|oxycontin|roxicodone|endocet)\b/, 1.5],
  [/\b(?:hydrocodone|norco|vicodin|lortab)\b/, 1],
  [/\b(?:morphine|ms contin|kadian)\b/, 1],
  [/\b(?:tapentadol|nucynta)\b/, 0.4],
  [/\b(?:codeine|tylenol with codeine|tylenol #3)\b/, 0.15],
  [/\b(?:tramadol|ultram|ultracet)\b/, 0.1],
];

interface Options {
  readonly maxMme: number;
  readonly requireDrugScreen: boolean;
}

const example = (summary: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request: 'Norco 10/325mg #90, 1 tab PO TID',
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 74-96',
    rationale: 'The worker has chronic low back pain managed with Norco.',
  });

/** Continued opioids approved without documented analgesia and function, a drug screen, or above 120 MME. */
export const opioidMonitoring: Rule<Options> = {
  id: 'opioid-monitoring',
  category: 'clinical',
  title: 'Approved opioids need documented pain relief, function and drug screening, within 120 MME',
  description: [
    'For an approved (Overturned) opioid, the case summary or the rationale must document improvement',
    'in pain (scores with and without medication, two scores compared, "50% relief", "decreases her pain")',
    'and in function (functional improvement, "able to", "allows her to", ADLs, working, return to work),',
    'and a urine drug screen (an option). When the request gives the',
    'strength and the directions of a listed opioid, the daily morphine equivalent must not exceed the',
    'limit (120 mg by default). The rule names what is missing, in one finding. Silent on Upheld',
    'decisions. A warning: the facts engine may miss functional gains written in unusual words.',
  ].join('\n'),
  rationale:
    'The MTUS continues opioids only with ongoing review of analgesia, activities of daily living, adverse effects and aberrant behavior (the "4 A\'s"), urine drug screening for misuse, and a daily dose at or below 120 mg oral morphine equivalents.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      maxMme: {
        type: 'number',
        minimum: 1,
        description: 'Daily oral morphine equivalents the guideline supports.',
      },
      requireDrugScreen: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaultOptions: { maxMme: 120, requireDrugScreen: true },
  invalid: [{ code: example('He reports low back pain of 7/10. He takes Norco.') }],
  valid: [
    {
      code: example(
        'Pain is 8/10 without medications and 4/10 with medications. He reports functional improvement in his activities of daily living. A urine drug screen was consistent.',
      ),
    },
    { note: 'Upheld.', code: example('He reports low back pain.', 'Upheld') },
  ],
  check({ analysis, options, report }) {
    const guideline = guidelineOf(
      analysis.catalog,
      'cpmtg-opioids-on-going-management',
      'MTUS CPMTG, Opioids, p. 78',
    );
    for (const it of approvedOfKind(analysis, KINDS)) {
      const missing: string[] = [];
      const scores = documented(analysis, it, 'pain-score');
      // Scores with and without the drug, or two different scores side by side ("4/10; without it, 8/10").
      const compared =
        scores.some((f) => f.attributes.medication) ||
        scores.some((f, i) =>
          scores.some(
            (g, j) =>
              j > i &&
              Math.abs(g.span.start - f.span.start) < 200 &&
              g.attributes.score !== f.attributes.score,
          ),
        );
      if (!compared && documentedPhrases(analysis, it, PAIN_RELIEF).length === 0)
        missing.push('no improvement in pain with the medication');
      if (
        documented(analysis, it, 'functional-improvement').length === 0 &&
        documentedPhrases(analysis, it, FUNCTION).length === 0
      )
        missing.push('no functional improvement');
      if (options.requireDrugScreen && documented(analysis, it, 'drug-screen').length === 0)
        missing.push('no urine drug screen');
      const mme = dailyMme(it.item.request.text, requestLower(it.item));
      const over = mme !== null && mme > options.maxMme;
      if (missing.length === 0 && !over) continue;
      const parts = [
        ...(missing.length > 0 ? [`${missing.join(', ')} documented`] : []),
        ...(over
          ? [
              `the request comes to about ${Math.round(mme)} mg morphine equivalents a day (limit ${options.maxMme})`,
            ]
          : []),
      ];
      report({
        span: requestSpan(it.item),
        message: `Continued opioids are approved with ${parts.join('; ')}. The guideline requires ongoing review of analgesia, function, adverse effects and aberrant behavior (${guideline}).`,
        itemIndex: it.item.index,
        related: [
          ...relatedUnasserted(analysis, it, 'functional-improvement'),
          ...relatedUnasserted(analysis, it, 'drug-screen'),
        ],
      });
    }
  },
};

/** Daily morphine equivalents of a one-drug request with strength and directions, else null. */
function dailyMme(request: string, lower: string): number | null {
  const factor = MME.find(([re]) => re.test(lower))?.[1];
  if (factor === undefined) return null;
  const q = parseRequestQuantity(request);
  const perDay = dosesPerDay(q.sig);
  if (q.strengthMg === undefined || perDay === null) return null;
  return q.strengthMg * perDay * factor;
}
