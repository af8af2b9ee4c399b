/**
 * Builds the short `.imr.md` determinations the citation rules use as docs examples (each is run as a
 * test). Invented text: one item, its guideline lines and its rationale.
 */
export interface ExampleItem {
  /** ISO decision date for the front matter. */
  readonly decisionDate?: string;
  readonly urDenialDate?: string;
  /** "Diazepam 10mg #30: Upheld". */
  readonly heading: string;
  readonly claimsLine?: string;
  /** The MAXIMUS guideline line, without its label; omitted when undefined. */
  readonly reviewerLine?: string;
  readonly rationale: string;
}

export function exampleLetter(item: ExampleItem): string {
  const front = [
    '---',
    'case: CM00-0000000',
    `decision-date: ${item.decisionDate ?? '2017-02-08'}`,
    ...(item.urDenialDate ? [`ur-denial-date: ${item.urDenialDate}`] : []),
    '---',
    '',
  ];
  return [
    ...front,
    '# Clinical Case Summary',
    '',
    'The injured worker is a 48 year old who sustained an industrial injury. Treatment has included',
    'medications and physical therapy. The treating physician requested the treatment below.',
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    `## ${item.heading}`,
    '',
    ...(item.claimsLine ? [`Claims Administrator guideline: ${item.claimsLine}`, ''] : []),
    ...(item.reviewerLine !== undefined ? [`MAXIMUS guideline: ${item.reviewerLine}`, ''] : []),
    `Decision rationale: ${item.rationale}`,
    '',
  ].join('\n');
}

export const BENZO_RATIONALE =
  'Benzodiazepines are not recommended for long-term use because efficacy is unproven and there is a risk of dependence. Therefore, the request is not medically necessary.';

/** A lumbar ESI item decided in 2015 (the 2009 CPMTG, cited by page), with the given MAXIMUS line. */
export const esiLetter = (reviewerLine: string): string =>
  exampleLetter({
    decisionDate: '2015-03-02',
    heading: 'Lumbar epidural steroid injection L4-5: Upheld',
    reviewerLine,
    rationale:
      'Epidural steroid injections are recommended for radicular pain corroborated by imaging. No radiculopathy is documented. Therefore, the request is not medically necessary.',
  });
