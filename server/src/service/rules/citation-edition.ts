import { isoDate } from '../catalog/catalog';
import { BENZO_RATIONALE, exampleLetter } from '../citations/exampleLetter';
import { reviewerCitations } from '../citations/resolved';
import type { CalendarDate } from '../model/types';
import type { Rule } from './types';

const benzo = (decisionDate: string, reviewerLine: string, urDenialDate?: string) =>
  exampleLetter({
    decisionDate,
    urDenialDate,
    heading: 'Diazepam 10mg #30: Upheld',
    reviewerLine,
    rationale: BENZO_RATIONALE,
  });

const CPMTG_2016 = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines.';
const CPMTG_2009 = 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Page(s): 24.';

/** Without a request date, a superseded edition is questioned only this long after it ended. */
const GRACE_DAYS = 365;

/** An edition cited that was not in force on the decision date. */
export const citationEdition: Rule = {
  id: 'citation-edition',
  category: 'citation',
  title: 'A cited edition was not in force on the decision date',
  description: [
    'Each MTUS edition applies from a date (docs/catalog.md, Editions and dates). The rule checks the',
    "editions the reviewer's guideline line and the rationale cite against the decision date (else the",
    'utilization review denial date):',
    '',
    '- an edition that took effect after the decision ("MTUS Chronic Pain Medical Treatment 2016" in a',
    '  2015 decision) is always reported;',
    '- an edition already replaced (the 2009 CPMTG after the 2016 update of 7/28/2016) is reported only',
    '  when the request was made after it was replaced: the rules in force when the request was made may',
    '  govern it, so the rule looks at the utilization review denial date, and without one it stays',
    `  silent until ${GRACE_DAYS} days after the edition ended.`,
    '',
    'Editions without dates (ODG) are not judged. No fix: changing the edition changes the citation form',
    '(pages or sections) and the text cited.',
  ].join('\n'),
  rationale:
    '8 CCR 9792.21 makes the MTUS in force the presumptively correct standard; citing a text that did not apply to the request misstates the standard the decision rests on.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: benzo('2015-09-01', CPMTG_2016) }],
  valid: [
    { code: benzo('2017-02-08', CPMTG_2016) },
    {
      note: 'The 2009 CPMTG for a request denied by utilization review before the 2016 update.',
      code: benzo('2016-12-09', CPMTG_2009, '2016-07-01'),
    },
  ],
  check({ analysis, report }) {
    const { catalog, asOf, determination } = analysis;
    if (!asOf) return;
    const decided = isoDate(asOf);
    const urDate = determination.header.urDenialDate?.value;
    for (const ia of analysis.items) {
      for (const { citation: c, resolution } of reviewerCitations(analysis, ia)) {
        const edition = resolution.edition;
        if (
          c.kind !== 'guideline' ||
          !edition ||
          edition.edition === null ||
          catalog.inForce(edition, decided)
        )
          continue;
        const from = edition.inForceFrom;
        const until = edition.inForceUntil;
        let message: string | null = null;
        if (from !== null && decided < from) {
          message = `${edition.title} took effect on ${from}, after this decision (${decided}).`;
        } else if (until !== null && replacedBeforeRequest(until, urDate, asOf)) {
          const successor = catalog
            .editionsInForce(asOf, 'MTUS')
            .find((e) => e.names.some((n) => edition.names.includes(n)));
          message = `${edition.title} was replaced on ${until}${
            successor ? ` by ${successor.title}` : ''
          }, before this request${urDate ? ` (utilization review ${isoDate(urDate)})` : ''}.`;
        }
        if (message)
          report({ span: c.edition?.span ?? c.guideline?.span ?? c.span, message, itemIndex: ia.item.index });
      }
    }
  },
};

/** Whether the request came after the edition ended: by the UR date, else by a year's grace. */
function replacedBeforeRequest(until: string, urDate: CalendarDate | undefined, asOf: CalendarDate): boolean {
  if (urDate) return isoDate(urDate) > until;
  const end = new Date(`${until}T00:00:00Z`).getTime();
  const decided = Date.UTC(asOf.year, asOf.month - 1, asOf.day);
  return decided - end > GRACE_DAYS * 86_400_000;
}
