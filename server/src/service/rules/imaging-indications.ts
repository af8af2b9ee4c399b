import { documented, relatedFact, relatedUnasserted } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import { limbOf } from '../criteria/region';
import type { RelatedInfo, Rule } from './types';

const SPINE_KINDS = new Set(['mri-lumbar', 'mri-cervical']);
const OTHER_KINDS = new Set(['mri-other', 'ct']);
const SPINE =
  /\b(?:lumbar|lumbosacral|cervical|thoracic|thoracolumbar|spine|spinal|l-spine|c-spine|t-spine)\b/;
const THORACIC = /\bthoracic\b/;
const CERVICAL = /\b(?:cervical|c-spine|neck)\b/;

interface Options {
  /** Also require documented conservative care when there is a neurologic finding and no red flag. */
  readonly requireConservativeCare: boolean;
}

const example = (summary: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request: 'MRI of the lumbar spine',
    decision,
    guideline: 'MTUS ACOEM Chapter 12 Low Back Complaints, Page(s): 303-304',
    rationale: 'Imaging is reasonable to evaluate the persistent low back pain.',
  });

/** A spinal MRI or CT approved without red flags, a neurologic deficit, or failed conservative care. */
export const imagingIndications: Rule<Options> = {
  id: 'imaging-indications',
  category: 'clinical',
  title: 'An approved spinal MRI or CT needs a red flag or a neurologic deficit after conservative care',
  description: [
    'For an approved (Overturned) MRI or CT of the lumbar, thoracic or cervical spine, the record must',
    'document a red flag (cauda equina, tumor, infection, fracture, progressive deficit) or an objective',
    'neurologic finding on exam (dermatomal sensory loss, reflex change, weakness, positive straight leg',
    'raise or Spurling). Without a red flag, conservative care must also have been tried (an option).',
    'Negated, possible and past findings ("normal sensation", "rule out", "history of") do not count, nor',
    'findings in the legs for a cervical study or in the arms for a lumbar one.',
    'The length of conservative care is not measured: summaries rarely date it. Imaging of other parts',
    '(shoulder, knee) has other criteria and is not judged. Silent on Upheld decisions. A warning.',
  ].join('\n'),
  rationale:
    'ACOEM ties spinal imaging to red flags or unequivocal objective neurologic findings in a patient who has not responded to treatment; an approval without them does not rest on the guideline.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      requireConservativeCare: {
        type: 'boolean',
        description: 'Without a red flag, also require documented conservative care.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { requireConservativeCare: true },
  invalid: [
    { code: example('He reports low back pain. The neurologic examination was normal. He denies numbness.') },
  ],
  valid: [
    {
      code: example(
        'He failed physical therapy and NSAIDs. Examination showed decreased sensation in the left L5 dermatome and an absent left ankle reflex.',
      ),
    },
    { note: 'A red flag.', code: example('He reports new bowel incontinence and saddle anesthesia.') },
    { note: 'Upheld.', code: example('He reports low back pain.', 'Upheld') },
  ],
  check({ analysis, options, report }) {
    for (const it of approvedOfKind(analysis, new Set([...SPINE_KINDS, ...OTHER_KINDS]))) {
      const request = requestLower(it.item);
      if (!SPINE_KINDS.has(it.treatment!.kind) && !SPINE.test(request)) continue;
      const cervical = it.treatment!.kind === 'mri-cervical' || CERVICAL.test(request);
      const guideline = cervical
        ? guidelineOf(
            analysis.catalog,
            'acoem-ch8-special-studies:-imaging-mri-ct',
            'MTUS ACOEM Chapter 8, pp. 177-178',
          )
        : guidelineOf(
            analysis.catalog,
            'acoem-ch12-special-studies:-imaging-mri-ct-and-emg',
            'MTUS ACOEM Chapter 12, pp. 303-304',
          );
      if (documented(analysis, it, 'red-flag').length > 0) continue;
      // A finding in the legs does not support a neck study, nor one in the arms a low back study.
      const wrongLimb = cervical ? 'lower' : THORACIC.test(request) ? null : 'upper';
      const text = analysis.determination.text;
      const neuro = documented(analysis, it, 'radicular-exam').filter((f) => limbOf(f, text) !== wrongLimb);
      let problem: string | null = null;
      const related: RelatedInfo[] = [];
      if (neuro.length === 0) {
        problem = 'Neither a red flag nor an objective neurologic finding on exam is documented';
        related.push(...relatedUnasserted(analysis, it, 'radicular-exam'));
      } else if (
        options.requireConservativeCare &&
        documented(analysis, it, 'conservative-care').length === 0
      ) {
        problem = 'A neurologic finding is documented, but no red flag and no conservative care tried';
        related.push(relatedFact(neuro[0]!, 'The neurologic finding.'));
      }
      if (!problem) continue;
      report({
        span: requestSpan(it.item),
        message: `${problem}. The guideline supports spinal imaging for red flags, or for objective neurologic findings that persist after conservative care (${guideline}).`,
        itemIndex: it.item.index,
        related,
      });
    }
  },
};
