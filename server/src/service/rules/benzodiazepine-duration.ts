import { BENZODIAZEPINES } from '../criteria/drugs';
import { durationReports, WEEKS_OPTION_SCHEMA, type WeeksOption } from '../criteria/durationRule';
import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import type { Rule } from './types';

const KINDS = new Set(['benzodiazepine']);

const example = (
  summary: string,
  request = 'Diazepam 10mg #30',
  decision: 'Upheld' | 'Overturned' = 'Overturned',
) =>
  exampleLetter({
    summary,
    request,
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24',
    rationale: 'The worker reports muscle spasm and anxiety.',
  });

/** A benzodiazepine approved for longer than the guideline's 4 weeks. */
export const benzodiazepineDuration: Rule<WeeksOption> = {
  id: 'benzodiazepine-duration',
  category: 'clinical',
  title: 'An approved benzodiazepine must not run past 4 weeks of use',
  description: [
    'For an approved (Overturned) benzodiazepine (diazepam, alprazolam, lorazepam, clonazepam,',
    'temazepam), the rule reads how long the worker has taken one: "since <date>" measured to the decision',
    'date (a month counts from its last day, a year from 31 December, so estimates err short), "for X',
    'months", or "long-term use". It also reads the request: a quantity whose directions make it last',
    'more than the limit. Durations that are negated or only possible do not count. Silent on Upheld',
    'decisions and when the record gives no duration. A warning: start dates are often absent or vague.',
    'An approval whose rationale speaks of weaning or a taper is left alone: that is what the guideline asks for.',
  ].join('\n'),
  rationale:
    'The MTUS limits benzodiazepines to 4 weeks because long-term efficacy is unproven and dependence develops; an approval of continued use needs the reviewer to explain why the limit does not apply.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: WEEKS_OPTION_SCHEMA,
  defaultOptions: { maxWeeks: 4 },
  invalid: [
    { code: example('He has been taking Valium since June 2016 for muscle spasm.') },
    {
      note: 'A quantity that lasts 60 days at one tablet at bedtime.',
      code: example('He reports anxiety.', 'Diazepam 10mg #60, 1 tab at bedtime'),
    },
  ],
  valid: [
    { code: example('He was started on Valium on 02/10/2017 for an acute spasm.') },
    {
      note: 'Upheld.',
      code: example('He has been taking Valium since 2014.', 'Diazepam 10mg #30', 'Upheld'),
    },
  ],
  check({ analysis, options, report }) {
    for (const r of durationReports(analysis, {
      kinds: KINDS,
      drugs: BENZODIAZEPINES,
      requireName: false,
      limitWeeks: options.maxWeeks,
      guideline: guidelineOf(analysis.catalog, 'cpmtg-benzodiazepines', 'MTUS CPMTG, Benzodiazepines, p. 24'),
      criterion: 'benzodiazepines are not recommended for long-term use',
    }))
      report(r);
  },
};
