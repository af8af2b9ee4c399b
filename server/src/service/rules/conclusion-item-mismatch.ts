import { reuse } from '../analysis';
import { sourceSpan } from '../consistency/conclusion';
import { itemConclusions, requestPhrases } from '../consistency/items';
import { compareTreatments, type TermDifference } from '../consistency/treatment';
import type { Rule } from './types';

const letter = (heading: string, conclusion: string) =>
  [
    '# Clinical Case Summary',
    '',
    'The injured worker is a 70 year old female injured on September 29, 2000. She reports neck pain',
    'radiating to the right arm. Current medications include Norco and diazepam.',
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    `## ${heading}`,
    '',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines, Page(s): 24.',
    '',
    'Decision rationale: Valium (diazepam) is a benzodiazepine that is not recommended for long-term use',
    'because long-term efficacy is unproven and there is a risk of dependence. The worker has used it',
    `for more than a year. ${conclusion}`,
    '',
  ].join('\n');

const WHAT: Record<TermDifference['what'], string> = {
  treatment: 'treatment',
  drug: 'drug',
  strength: 'strength',
  quantity: 'quantity',
  count: 'number of visits',
  level: 'spinal level',
  side: 'side',
  region: 'body region',
};

/** The conclusion is about something other than the item it closes. */
export const conclusionItemMismatch: Rule = {
  id: 'conclusion-item-mismatch',
  category: 'consistency',
  title: 'The conclusion names another treatment, strength or quantity than the item',
  description: [
    'Compares what the conclusion names ("the request for diazepam 5 mg #60") with the item\'s request',
    '("Diazepam 10mg #30"): drug (brand and generic names are the same drug: Valium is diazepam), kind',
    'of service (MRI, EMG, physical therapy, ...), strength, quantity, number of visits, spinal level,',
    'side and body region. Formatting does not matter ("10mg" = "10 mg", "#60" = "QTY: 60" = "quantity',
    '60", "L5 - S1" = "L5-S1", "twelve visits" = "2 times a week for 6 weeks"), nor do one-letter typos in',
    'drug names. Each value is compared only when both sides name one, so a conclusion that leaves',
    'something out ("the request for diazepam", "this request") is never reported. For partial',
    'certifications the conclusion may name the original request, the authorized part or the remainder.',
    '',
    "The quick fix replaces the named treatment with the item's request.",
  ].join('\n'),
  rationale:
    'Copying a conclusion from another item or another letter is a common slip; a conclusion that names another drug, dose or level leaves the decision on the disputed item without a stated analysis.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: true,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: letter(
        'Diazepam 10mg #30: Upheld',
        'Therefore, the request for diazepam 5 mg #30 is not medically necessary.',
      ),
    },
  ],
  valid: [
    {
      code: letter(
        'Diazepam 10mg #30: Upheld',
        'Therefore, the request for Valium 10 mg, quantity 30, is not medically necessary.',
      ),
    },
  ],
  check({ analysis, report }) {
    for (const { item } of analysis.items) {
      const found = itemConclusions(item);
      const main = found?.main;
      if (!found || !main?.treatment || !main.object) continue;
      const requested = requestPhrases(item).join(' ; ');
      // compareTreatments is a pure function of the two phrases: an edit elsewhere reuses it.
      const treatment = main.treatment;
      const differences = reuse(analysis, `compare-treatments\0${treatment}\0${requested}`, () =>
        compareTreatments(treatment, requested),
      );
      if (differences.length === 0) continue;
      const objectText = found.rationale.text.slice(main.object.start, main.object.end);
      const at = main.object.start + Math.max(0, objectText.lastIndexOf(main.treatment));
      const span = sourceSpan(found.rationale, { start: at, end: at + main.treatment.length });
      const said = differences
        .map((d) => `${WHAT[d.what]} ${d.conclusion} (the item: ${d.item || 'none'})`)
        .join('; ');
      const request = item.request.text.trim();
      report({
        span,
        message: `The conclusion names another ${said}.`,
        itemIndex: item.index,
        related: [{ span: item.request.sourceSpan, message: 'The item as requested.' }],
        fixes: request
          ? [
              {
                title: "Name the item's request in the conclusion",
                edits: [{ span, newText: request }],
                safe: false,
              },
            ]
          : [],
      });
    }
  },
};
