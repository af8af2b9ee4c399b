import { documented, relatedUnasserted } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { esiGuideline } from '../criteria/guideline';
import { approvedOfKind, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const KINDS = new Set(['epidural-steroid-injection', 'selective-nerve-root-block']);

const example = (summary: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request: 'Lumbar epidural steroid injection at L5-S1',
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 46',
    rationale: 'Examination showed a positive straight leg raise on the left.',
  });

/** An ESI or nerve root block approved with no conservative care documented. */
export const esiConservativeCare: Rule = {
  id: 'esi-conservative-care',
  category: 'clinical',
  title: 'An approved epidural injection needs conservative care tried first',
  description: [
    'For an approved (Overturned) epidural steroid injection or selective nerve root block, the case',
    'summary or the rationale must show conservative care tried first: physical therapy, home exercise,',
    'NSAIDs, chiropractic, acupuncture, activity modification or "conservative treatment". Negated',
    'mentions ("has not had physical therapy") do not count. Silent on Upheld decisions. A warning: it',
    'checks that care is mentioned, not that it failed or lasted long enough.',
  ].join('\n'),
  rationale:
    'The MTUS requires that radicular pain be initially unresponsive to conservative treatment (exercises, physical methods, NSAIDs and muscle relaxants) before an epidural injection.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    { code: example('He reports low back pain radiating to the left leg. He has not had physical therapy.') },
  ],
  valid: [
    { code: example('He reports leg pain that did not improve with physical therapy and NSAIDs.') },
    { note: 'Upheld.', code: example('He reports low back pain.', 'Upheld') },
  ],
  check({ analysis, report }) {
    const guideline = esiGuideline(analysis.catalog);
    for (const it of approvedOfKind(analysis, KINDS)) {
      if (documented(analysis, it, 'conservative-care').length > 0) continue;
      report({
        span: requestSpan(it.item),
        message: `No conservative care (physical therapy, exercise, NSAIDs) is documented before the injection. The guideline requires radicular pain unresponsive to conservative treatment (${guideline}).`,
        itemIndex: it.item.index,
        related: relatedUnasserted(analysis, it, 'conservative-care'),
      });
    }
  },
};
