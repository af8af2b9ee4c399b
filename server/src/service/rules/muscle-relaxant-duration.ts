import { MUSCLE_RELAXANTS } from '../criteria/drugs';
import { durationReports, WEEKS_OPTION_SCHEMA, type WeeksOption } from '../criteria/durationRule';
import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const KINDS = new Set(['muscle-relaxant']);
const CARISOPRODOL = /\b(?:carisoprodol|soma)\b/;

const example = (
  summary: string,
  request = 'Cyclobenzaprine 7.5mg #60',
  decision: 'Upheld' | 'Overturned' = 'Overturned',
) =>
  exampleLetter({
    summary,
    request,
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 41-42, 63-66',
    rationale: 'The worker reports muscle spasm of the low back.',
  });

/** A muscle relaxant approved past 2-3 weeks, or carisoprodol approved at all. */
export const muscleRelaxantDuration: Rule<WeeksOption> = {
  id: 'muscle-relaxant-duration',
  category: 'clinical',
  title: 'An approved muscle relaxant must be a short course, and never carisoprodol',
  description: [
    'For an approved (Overturned) muscle relaxant, the rule reports carisoprodol (Soma), which the MTUS',
    'does not recommend, and any other muscle relaxant whose documented use ("since <date>", "for X',
    'months", "long-term use") or requested supply at its directions runs past the limit (3 weeks by',
    'default). Silent on Upheld decisions and when no duration is documented. A warning: refill history',
    'is often missing from the summary.',
    'An approval whose rationale speaks of weaning or a taper is left alone: that is what the guideline asks for.',
  ].join('\n'),
  rationale:
    'The MTUS recommends muscle relaxants only as a short course (cyclobenzaprine for no more than 2 to 3 weeks) for acute exacerbations, and does not recommend carisoprodol at all.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: WEEKS_OPTION_SCHEMA,
  defaultOptions: { maxWeeks: 3 },
  invalid: [
    { code: example('He has been taking Flexeril since 2015 for spasm.') },
    { note: 'Carisoprodol.', code: example('He reports spasm after a recent flare.', 'Soma 350mg #20') },
  ],
  valid: [
    {
      code: example(
        'He reports an acute flare of low back pain with spasm last week.',
        'Cyclobenzaprine 7.5mg #14, 1 tab at bedtime',
      ),
    },
    {
      note: 'Upheld.',
      code: example('He has been taking Flexeril since 2015.', 'Cyclobenzaprine 7.5mg #60', 'Upheld'),
    },
  ],
  check({ analysis, options, report }) {
    const soma = guidelineOf(
      analysis.catalog,
      'cpmtg-carisoprodol-soma',
      'MTUS CPMTG, Carisoprodol (Soma), p. 29',
    );
    const carisoprodol = new Set<number>();
    for (const it of approvedOfKind(analysis, KINDS)) {
      if (!CARISOPRODOL.test(requestLower(it.item))) continue;
      carisoprodol.add(it.item.index);
      report({
        span: requestSpan(it.item),
        message: `Carisoprodol is approved; the guideline does not recommend it, and never beyond 2 to 3 weeks (${soma}).`,
        itemIndex: it.item.index,
      });
    }
    for (const r of durationReports(analysis, {
      kinds: KINDS,
      drugs: MUSCLE_RELAXANTS,
      requireName: false,
      limitWeeks: options.maxWeeks,
      guideline: guidelineOf(
        analysis.catalog,
        'cpmtg-muscle-relaxants-for-pain',
        'MTUS CPMTG, Muscle relaxants, pp. 63-66',
      ),
      criterion: 'muscle relaxants are for short-term treatment of acute exacerbations',
    }))
      if (r.itemIndex === undefined || !carisoprodol.has(r.itemIndex)) report(r);
  },
};
