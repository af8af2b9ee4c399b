import { exampleDocument, exampleItem } from './examples';
import { FRONT_MATTER_PROBLEM } from './front-matter';
import type { Rule } from './types';

/** Everything a reader could not read, as findings. */
export const parseError: Rule = {
  id: 'parse-error',
  category: 'structure',
  title: 'The document could not be read as a determination',
  description: [
    'Reports what the reader could not make sense of: an item heading without a decision, a decision word',
    'other than Upheld or Overturned, a field label outside an item, an unclosed comment.',
    'Front matter problems (codes `front-matter-*`) are reported by the `front-matter` rule instead.',
    'The rest of the document is still read and checked.',
  ].join('\n'),
  rationale:
    'A determination that cannot be read cannot be checked, and a reader of the issued letter may misread it too.',
  defaultSeverity: 'error',
  precision: 'very-high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: exampleDocument({ items: exampleItem('## Diazepam 10mg #30: Approved') }) }],
  valid: [{ code: exampleDocument() }],
  check({ analysis, report }) {
    for (const problem of analysis.determination.problems) {
      if (problem.code.startsWith(FRONT_MATTER_PROBLEM)) continue;
      report({ span: problem.span, message: problem.message });
    }
  },
};
