import { parseRequestQuantity } from '../clinical/quantity';
import { exampleLetter } from '../criteria/example';
import { esiGuideline } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const KINDS = new Set(['epidural-steroid-injection', 'selective-nerve-root-block']);
const TRANSFORAMINAL = /\b(?:transforaminal|tfesis?|selective nerve root|nerve root blocks?|snrbs?)\b/;
const INTERLAMINAR = /\b(?:interlaminar|ilesis?|translaminar)\b/;

interface Options {
  readonly maxTransforaminalLevels: number;
  readonly maxInterlaminarLevels: number;
  /** Injections requested at once ("series of 3") from which to report. */
  readonly seriesFrom: number;
}

const example = (request: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary:
      'Examination showed decreased sensation in the left L5 dermatome. An MRI showed a disc protrusion at L5-S1.',
    request,
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 46',
    rationale: 'Radiculopathy is documented and corroborated.',
  });

/** An approved ESI with too many levels in one session, or a series of three. */
export const esiLevels: Rule<Options> = {
  id: 'esi-levels',
  category: 'clinical',
  title: 'An approved epidural injection stays within the levels per session, and not a series of three',
  description: [
    'For an approved (Overturned) epidural steroid injection or nerve root block, the rule counts the',
    'distinct levels in the request ("L4-5 and L5-S1" is two; "bilateral" does not double them) and',
    'reports more than 2 for a transforaminal block, more than 1 for an interlaminar one, and more than 2',
    'when the approach is not stated. It also reports 3 or more injections at once ("series of 3", "x3",',
    '"#3", "QTY: 3"). It stays silent on Upheld',
    'decisions: an excessive request is a reason to deny, and the denial is then right. An error: the',
    'levels are written in the request itself.',
  ].join('\n'),
  rationale:
    'The MTUS allows no more than two nerve root levels by transforaminal injection and one interlaminar level per session, and does not support a routine series of three injections.',
  defaultSeverity: 'error',
  precision: 'high',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      maxTransforaminalLevels: { type: 'integer', minimum: 1 },
      maxInterlaminarLevels: { type: 'integer', minimum: 1 },
      seriesFrom: { type: 'integer', minimum: 2 },
    },
    additionalProperties: false,
  },
  defaultOptions: { maxTransforaminalLevels: 2, maxInterlaminarLevels: 1, seriesFrom: 3 },
  invalid: [{ code: example('Lumbar transforaminal epidural steroid injection at L3-4, L4-5 and L5-S1') }],
  valid: [
    { code: example('Lumbar transforaminal epidural steroid injection at L4-5 and L5-S1') },
    {
      note: 'Upheld.',
      code: example('Lumbar interlaminar epidural steroid injection at L4-5 and L5-S1', 'Upheld'),
    },
  ],
  check({ analysis, options, report }) {
    const guideline = esiGuideline(analysis.catalog);
    for (const it of approvedOfKind(analysis, KINDS)) {
      const request = requestLower(it.item);
      const q = parseRequestQuantity(it.item.request.text);
      const interlaminar = INTERLAMINAR.test(request);
      const approach = interlaminar ? 'interlaminar' : TRANSFORAMINAL.test(request) ? 'transforaminal' : '';
      const limit = interlaminar ? options.maxInterlaminarLevels : options.maxTransforaminalLevels;
      const problems: string[] = [];
      if (q.levels.length > limit)
        problems.push(
          `${q.levels.length} levels are requested in one ${approach || 'epidural'} session (at most ${limit})`,
        );
      // "series of 3", "x3", "#3", "QTY: 3": injections requested at once.
      const injections = q.series ?? q.visits ?? q.count;
      if (injections !== undefined && injections >= options.seriesFrom)
        problems.push(`${injections} injections are requested at once; a routine series is not supported`);
      if (problems.length === 0) continue;
      report({
        span: requestSpan(it.item),
        message: `The approval exceeds the guideline: ${problems.join('; ')} (${guideline}).`,
        itemIndex: it.item.index,
      });
    }
  },
};
