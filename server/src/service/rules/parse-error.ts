import type { Rule } from './types';

/** Everything a reader could not read, as findings. */
export const parseError: Rule = {
  id: 'parse-error',
  category: 'structure',
  title: 'The document could not be read as a determination',
  description: [
    'Reports what the reader could not make sense of: an item heading without a decision, a decision word',
    'other than Upheld or Overturned, a field label outside an item, an unreadable date, a broken front matter.',
    'The rest of the document is still read and checked.',
  ].join('\n'),
  rationale:
    'A determination that cannot be read cannot be checked, and a reader of the issued letter may misread it too.',
  defaultSeverity: 'error',
  precision: 'very-high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: [
        '# Clinical Case Summary',
        '',
        'The injured worker is a 48 year old male.',
        '',
        '# IMR Issues, Decisions and Rationales',
        '',
        '## Diazepam 10mg #30: Approved',
        '',
        'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.',
        '',
        'Decision rationale: Benzodiazepines are not recommended for long-term use. Therefore the request is not medically necessary.',
        '',
      ].join('\n'),
    },
  ],
  valid: [
    {
      code: [
        '# Clinical Case Summary',
        '',
        'The injured worker is a 48 year old male.',
        '',
        '# IMR Issues, Decisions and Rationales',
        '',
        '## Diazepam 10mg #30: Upheld',
        '',
        'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.',
        '',
        'Decision rationale: Benzodiazepines are not recommended for long-term use. Therefore the request is not medically necessary.',
        '',
      ].join('\n'),
    },
  ],
  check({ analysis, report }) {
    for (const problem of analysis.determination.problems) {
      report({ span: problem.span, message: problem.message });
    }
  },
};
