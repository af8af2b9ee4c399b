/** The document the suppression rules' examples share, with a directive just above the item. */
export function documentWithDirective(directive: string): string {
  return [
    '# Clinical Case Summary',
    '',
    'The injured worker is a 48 year old male.',
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    directive,
    '## Diazepam 10mg #30: Upheld',
    '',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.',
    '',
    'Decision rationale: Benzodiazepines are not recommended for long-term use. Therefore the request is not medically necessary.',
    '',
  ].join('\n');
}
