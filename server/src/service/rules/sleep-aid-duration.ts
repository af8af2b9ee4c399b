import { SLEEP_AIDS } from '../criteria/drugs';
import { durationReports, WEEKS_OPTION_SCHEMA, type WeeksOption } from '../criteria/durationRule';
import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import type { Rule } from './types';

const KINDS = new Set(['sleep-aid', 'medication-other']);

const example = (
  summary: string,
  request = 'Ambien 10mg #30',
  decision: 'Upheld' | 'Overturned' = 'Overturned',
) =>
  exampleLetter({
    summary,
    request,
    decision,
    guideline: 'Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic), Zolpidem (Ambien)',
    rationale: 'The worker reports insomnia due to pain.',
  });

/** Zolpidem, eszopiclone or zaleplon approved for longer than 6 weeks. */
export const sleepAidDuration: Rule<WeeksOption> = {
  id: 'sleep-aid-duration',
  category: 'clinical',
  title: 'An approved zolpidem or eszopiclone must not run past 6 weeks of use',
  description: [
    'For an approved (Overturned) zolpidem (Ambien), eszopiclone (Lunesta) or zaleplon (Sonata), the rule',
    'reads how long the worker has taken it ("since <date>" to the decision date, "for X months",',
    '"long-term use") and how long the requested quantity lasts at its directions, and reports use beyond',
    'the limit. Other sleep aids (trazodone, a benzodiazepine hypnotic) are left to their own criteria.',
    'Silent on Upheld decisions. A warning: start dates are often absent.',
    'An approval whose rationale speaks of weaning or a taper is left alone: that is what the guideline asks for.',
  ].join('\n'),
  rationale:
    'ODG recommends zolpidem only for short-term treatment of insomnia (about 2 to 6 weeks) and does not recommend eszopiclone for long-term use; continued approval needs the reviewer to explain why.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: WEEKS_OPTION_SCHEMA,
  defaultOptions: { maxWeeks: 6 },
  invalid: [{ code: example('He has been taking Ambien for over a year for insomnia.') }],
  valid: [
    { code: example('He started Ambien two weeks ago; a sleep evaluation was done.') },
    {
      note: 'Upheld.',
      code: example('He has been taking Ambien for over a year.', 'Ambien 10mg #30', 'Upheld'),
    },
  ],
  check({ analysis, options, report }) {
    for (const r of durationReports(analysis, {
      kinds: KINDS,
      drugs: SLEEP_AIDS,
      requireName: true,
      limitWeeks: options.maxWeeks,
      guideline: guidelineOf(
        analysis.catalog,
        'odg-pain-chronic-zolpidem-ambien',
        'ODG Pain (Chronic), Zolpidem (Ambien)',
      ),
      criterion: 'zolpidem is for short-term treatment of insomnia',
    }))
      report(r);
  },
};
