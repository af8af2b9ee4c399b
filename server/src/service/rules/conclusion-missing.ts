import { itemConclusions, polarityOf } from '../consistency/items';
import type { Rule } from './types';

interface Options {
  /** Count "the request is not supported / not recommended" as a conclusion. */
  readonly acceptFallback: boolean;
}

const letter = (rationaleEnd: string) =>
  [
    '# Clinical Case Summary',
    '',
    'The injured worker is a 36 year old female injured in a slip and fall on 10/13/2016. She reports',
    'constant low back pain rated 8/10. Physical examination showed decreased lumbar range of motion.',
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    '## Tramadol 50mg #60: Upheld',
    '',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.',
    '',
    'Decision rationale: The California MTUS 2016 Chronic Pain Guidelines recommend opioids for',
    'moderate to severe pain after first-line agents have been tried, with documented goals and a',
    `treatment agreement. The records do not show a trial of first-line agents. ${rationaleEnd}`,
    '',
  ].join('\n');

/** A rationale that never says whether the request is medically necessary. */
export const conclusionMissing: Rule<Options> = {
  id: 'conclusion-missing',
  category: 'consistency',
  title: 'The rationale does not conclude on medical necessity',
  description: [
    'Each rationale should end by saying whether the request is medically necessary ("Therefore, the',
    'request for Tramadol 50mg #60 is not medically necessary."). The rule reports a rationale where no',
    'sentence says so; conditions ("would be medically necessary if ...") do not count. By default a',
    'sentence that only says the request "is not supported" or "is not recommended" counts as a',
    'conclusion; set `acceptFallback` to false to ask for the words "medically necessary".',
    '',
    'The quick fix appends a conclusion that follows the decision, naming the item as requested.',
  ].join('\n'),
  rationale:
    'The reviewer decides medical necessity (Labor Code 4610.5); a rationale that stops short of saying so leaves the parties to infer the reason for the decision.',
  defaultSeverity: 'warning',
  precision: 'high',
  fixable: true,
  optionsSchema: {
    type: 'object',
    properties: {
      acceptFallback: {
        type: 'boolean',
        description: 'Count "the request is not supported / not recommended" as a conclusion.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { acceptFallback: true },
  invalid: [{ code: letter('Opioids should be prescribed only when function is monitored.') }],
  valid: [
    { code: letter('Therefore, the request for Tramadol 50mg #60 is not medically necessary.') },
    {
      note: 'A fallback conclusion counts unless `acceptFallback` is false.',
      code: letter('Therefore, the request for Tramadol 50mg #60 is not supported.'),
    },
  ],
  check({ analysis, options, report }) {
    for (const { item } of analysis.items) {
      const found = itemConclusions(item);
      if (!found || !item.rationale) continue;
      // Some conclusion counts exactly when the main one does: it is stated whenever any is, and
      // is a fallback one only when none is stated and some fallback one exists.
      const main = found.main;
      if (main && (options.acceptFallback || main.strength === 'stated')) continue;
      const decision = item.decision?.value;
      const end = found.rationale.trim().sourceSpan.end;
      const request = item.request.text.trim();
      report({
        span: item.rationale.labelSpan,
        message: 'The rationale does not say whether the request is medically necessary.',
        itemIndex: item.index,
        fixes:
          decision && request
            ? [
                {
                  title: 'Add a conclusion that follows the decision',
                  edits: [
                    {
                      span: { start: end, end },
                      newText: ` Therefore, the request for ${request} is ${
                        polarityOf(decision) === 'necessary' ? '' : 'not '
                      }medically necessary.`,
                    },
                  ],
                  safe: false,
                },
              ]
            : [],
      });
    }
  },
};
