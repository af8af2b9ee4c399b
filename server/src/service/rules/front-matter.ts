import { compareDates } from '../parser/dates';
import { exampleDocument } from './examples';
import type { Rule } from './types';

/** Problems the reader reports with this prefix belong to this rule, not to `parse-error`. */
export const FRONT_MATTER_PROBLEM = 'front-matter-';

/** The front matter: keys the format knows, readable dates, dates in a possible order. */
export const frontMatter: Rule = {
  id: 'front-matter',
  category: 'structure',
  title: 'The front matter has an unknown key, an unreadable date or dates out of order',
  description: [
    'Checks the YAML front matter of an `.imr.md` file (docs/format.md): a key the format does not know',
    '(often a misspelling, so the value is silently unused), a date the reader cannot read, YAML that does',
    'not parse, a key without a value, and a decision date before the date of injury. Findings land on',
    'the key or value to change. Letters have no front matter; only the date order is checked there.',
  ].join('\n'),
  rationale:
    'Guideline editions are judged against the decision date, and the case is identified by these values: a misread or mistyped value makes those checks wrong without a word.',
  defaultSeverity: 'error',
  precision: 'very-high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    { code: exampleDocument({ frontMatter: ['decision-date: 2016-12-09', 'date-of-injury: 2017-10-13'] }) },
    { code: exampleDocument({ frontMatter: ['case: CM16-0213037', 'decison-date: 2016-12-09'] }) },
    { code: exampleDocument({ frontMatter: ['decision-date: 2016-13-09'] }) },
  ],
  valid: [
    {
      code: exampleDocument({
        frontMatter: [
          'case: CM16-0213037',
          'decision-date: 12/09/2016',
          'date-of-injury: 2016-10-13',
          'reviewer:',
          '  licensure: California',
          '  specialty: Family Practice',
        ],
      }),
    },
  ],
  check({ analysis, report }) {
    const { problems, header } = analysis.determination;
    for (const problem of problems) {
      if (problem.code.startsWith(FRONT_MATTER_PROBLEM))
        report({ span: problem.span, message: problem.message });
    }
    const decision = header.decisionDate;
    const injury = header.dateOfInjury;
    if (decision && injury && compareDates(decision.value, injury.value) < 0) {
      report({
        span: decision.span,
        message: 'The decision date is before the date of injury.',
        related: [{ span: injury.span, message: 'Date of injury.' }],
      });
    }
  },
};
