/**
 * One short determination for the clinical rules' docs examples: a case summary and one item, with
 * a decision date so durations can be measured. Examples differ in the few sentences that matter.
 */
export interface ExampleParts {
  /** Case summary sentences after the opening one. */
  readonly summary: string;
  /** The item line, without the decision. */
  readonly request: string;
  readonly decision: 'Upheld' | 'Overturned';
  /** The MAXIMUS guideline line after "Decision based on ". */
  readonly guideline: string;
  readonly rationale: string;
  /** Further items, as complete `## ...` blocks. */
  readonly more?: string;
}

export function exampleLetter(p: ExampleParts): string {
  const conclusion =
    p.decision === 'Overturned'
      ? `Therefore, the request for ${p.request} is medically necessary.`
      : `Therefore, the request for ${p.request} is not medically necessary.`;
  return [
    '---',
    'case: CM17-0000000',
    'decision-date: 2017-03-01',
    'date-of-injury: 2015-06-10',
    '---',
    '',
    '# Clinical Case Summary',
    '',
    `The injured worker is a 48 year old male who sustained an industrial injury on 06-10-2015. ${p.summary}`,
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    `## ${p.request}: ${p.decision}`,
    '',
    `MAXIMUS guideline: Decision based on ${p.guideline}.`,
    '',
    `Decision rationale: ${p.rationale} ${conclusion}`,
    '',
    ...(p.more ? [p.more, ''] : []),
  ].join('\n');
}
