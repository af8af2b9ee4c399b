import { documented, documentedPhrases, relatedFact } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { esiGuideline } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import type { RelatedInfo, Rule } from './types';

const KINDS = new Set(['epidural-steroid-injection', 'selective-nerve-root-block']);
const REPEAT_REQUEST = /\b(?:repeat|second|2nd|third|3rd|additional|another|follow-up)\b/;
const PRIOR_BLOCK =
  /\b(?:prior|previous|previously|last|first|underwent|had|received|status post|s\/p)\s(?:(?:a|an|the|lumbar|cervical|left|right|bilateral|transforaminal|interlaminar|caudal)\s){0,3}(?:epidural(?: steroid)? injections?|esis?|tfesis?|selective nerve root blocks?|nerve root blocks?|snrbs?)\b/g;
const MEDICATION_REDUCED =
  /\b(?:reduc(?:e|ed|es|ing|tion)|decreas(?:ed|e|ing)|less|lower(?:ed)?|stopped|discontinued|weaned|tapered|cut down on)\s(?:(?:in|of|on|his|her|the|use|pain|oral|opioid)\s){0,3}(?:medications?|meds|analgesics?|opioids?|narcotics?|norco|tramadol|pills|intake)\b|\b(?:medications?|meds|opioids?|analgesics?)\s(?:use\s)?(?:was |were )?(?:reduced|decreased|lowered|tapered)\b/g;

interface Options {
  readonly minPercent: number;
  readonly minWeeks: number;
}

const example = (summary: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request: 'Repeat lumbar epidural steroid injection at L5-S1',
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 46',
    rationale: 'Radiculopathy is documented on exam and MRI.',
  });

/** A repeat block approved without >=50% relief for 6-8 weeks with reduced medication. */
export const esiRepeatResponse: Rule<Options> = {
  id: 'esi-repeat-response',
  category: 'clinical',
  title: 'An approved repeat epidural injection needs 50% relief for 6 weeks with less medication',
  description: [
    'For an approved (Overturned) epidural injection or nerve root block that is a repeat (the request',
    'says "repeat", "second", "additional", or the record reports a prior block), the record must show the',
    'response to the prior block: at least 50% pain relief (an option), lasting at least 6 weeks (an',
    'option), with reduced medication use. The rule names what is missing. Silent on Upheld decisions',
    'and on first blocks. A warning: responses are often written loosely ("significant relief").',
  ].join('\n'),
  rationale:
    'The MTUS supports a repeat block only with continued objective pain relief and functional improvement, including at least 50% pain relief with reduced medication use for 6 to 8 weeks.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      minPercent: { type: 'integer', minimum: 1, maximum: 100 },
      minWeeks: { type: 'integer', minimum: 1 },
    },
    additionalProperties: false,
  },
  defaultOptions: { minPercent: 50, minWeeks: 6 },
  invalid: [{ code: example('He had a prior epidural injection at L5-S1 with 30% relief for two weeks.') }],
  valid: [
    {
      code: example(
        'He had a prior epidural injection at L5-S1 with 70% relief lasting 8 weeks, and his pain medications were reduced.',
      ),
    },
    { note: 'Upheld.', code: example('He had a prior epidural injection with 30% relief.', 'Upheld') },
  ],
  check({ analysis, options, report }) {
    const guideline = esiGuideline(analysis.catalog);
    for (const it of approvedOfKind(analysis, KINDS)) {
      const responses = documented(analysis, it, 'injection-response');
      const prior = documentedPhrases(analysis, it, PRIOR_BLOCK, ['historical']);
      if (!REPEAT_REQUEST.test(requestLower(it.item)) && prior.length === 0 && responses.length === 0)
        continue;
      const percent = Math.max(-1, ...responses.map((r) => Number(r.attributes.percent ?? -1)));
      const weeks = Math.max(-1, ...responses.map((r) => Number(r.attributes.weeks ?? -1)));
      const reduced = documentedPhrases(analysis, it, MEDICATION_REDUCED, ['historical']).length > 0;
      const missing: string[] = [];
      if (percent < options.minPercent)
        missing.push(
          percent < 0 ? 'no percentage of relief' : `${percent}% relief (at least ${options.minPercent}%)`,
        );
      if (weeks < options.minWeeks)
        missing.push(
          weeks < 0 ? 'no duration of relief' : `relief for ${weeks} weeks (at least ${options.minWeeks})`,
        );
      if (!reduced) missing.push('no reduction in medication use');
      if (missing.length === 0) continue;
      const related: RelatedInfo[] = responses[0]
        ? [relatedFact(responses[0], 'The reported response to the prior block.')]
        : [];
      report({
        span: requestSpan(it.item),
        message: `A repeat block is approved with ${missing.join(', ')} documented. The guideline requires at least ${options.minPercent}% relief with reduced medication for ${options.minWeeks} to 8 weeks (${guideline}).`,
        itemIndex: it.item.index,
        related,
      });
    }
  },
};
