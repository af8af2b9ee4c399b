import { exampleLetter } from '../criteria/example';
import { isApproved, requestLower, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const SURGERY_KINDS = new Set(['spinal-surgery', 'other-surgery']);
/** Services that exist only for a surgery: named so in the request. */
const ANCILLARY =
  /\b(?:post[- ]?op(?:erative)?|post[- ]?surgical|pre[- ]?op(?:erative)?|medical clearance|surgical clearance|assistant surgeon|surgical assistant|assistant at surgery|pa assist|physician assistant assist|co-?surgeon|cold therapy|cryotherapy|cryo cuff|game ready|vasopneumatic|continuous passive motion|cpm machine)\b/;

const example = (surgery: 'Upheld' | 'Overturned', ancillary: 'Upheld' | 'Overturned') =>
  exampleLetter({
    summary: 'He has right knee pain with a meniscal tear on MRI.',
    request: 'Right knee arthroscopy with partial meniscectomy',
    decision: surgery,
    guideline: 'MTUS ACOEM Chapter 13 Knee Complaints, Page(s): 344-345',
    rationale: 'Mechanical symptoms are not documented.',
    more: [
      `## Post-operative physical therapy 2 times a week for 6 weeks: ${ancillary}`,
      '',
      'MAXIMUS guideline: Decision based on MTUS Postsurgical Treatment Guidelines.',
      '',
      `Decision rationale: Postoperative therapy is supported after a meniscectomy. Therefore, the request is ${ancillary === 'Overturned' ? '' : 'not '}medically necessary.`,
    ].join('\n'),
  });

/** A service that exists for a surgery, approved while that surgery is denied in the same letter. */
export const ancillaryOfDenied: Rule = {
  id: 'ancillary-of-denied',
  category: 'clinical',
  title: 'An ancillary service must not be approved when its surgery is denied',
  description: [
    'When a letter denies (Upheld) a surgery and approves none, an approved (Overturned) service that',
    'exists only for a surgery is reported: post-operative therapy or equipment, pre-operative clearance',
    'or testing, an assistant surgeon, a cold therapy unit, continuous passive motion. The service must',
    'say so in its request ("post-operative", "pre-op", "assistant surgeon"). An error: both decisions',
    'are in the letter.',
  ].join('\n'),
  rationale:
    'An ancillary service is medically necessary only if its surgery is; approving post-operative care for a surgery that the same determination denies cannot be acted on and contradicts the determination.',
  defaultSeverity: 'error',
  precision: 'high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: example('Upheld', 'Overturned') }],
  valid: [{ code: example('Overturned', 'Overturned') }, { code: example('Upheld', 'Upheld') }],
  check({ analysis, report }) {
    const items = analysis.items.map((it) => ({ it, ancillary: ANCILLARY.test(requestLower(it.item)) }));
    const surgeries = items.filter(
      ({ it, ancillary }) => !ancillary && it.treatment && SURGERY_KINDS.has(it.treatment.kind),
    );
    const denied = surgeries.filter(({ it }) => it.item.decision?.value === 'Upheld');
    if (denied.length === 0 || surgeries.some(({ it }) => isApproved(it.item))) return;
    const surgery = denied[0]!.it.item;
    for (const { it, ancillary } of items) {
      if (!ancillary || !isApproved(it.item)) continue;
      report({
        span: requestSpan(it.item),
        message: `This service exists for a surgery, and is approved while the surgery (item ${surgery.index + 1}) is denied in this letter.`,
        itemIndex: it.item.index,
        related: [{ span: requestSpan(surgery), message: 'The denied surgery.' }],
      });
    }
  },
};
