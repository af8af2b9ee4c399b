import { exampleDocument } from './examples';
import type { Rule } from './types';

/** The two sections every determination needs. */
export const sectionMissing: Rule = {
  id: 'section-missing',
  category: 'structure',
  title: 'A required section is missing',
  description: [
    'A determination needs a Clinical Case Summary and an IMR Issues, Decisions and Rationales section',
    '(in a 2013 letter: "Case Summary:" and the numbered determinations). The finding is placed at the',
    'start of the document.',
  ].join('\n'),
  rationale:
    "Labor Code 4610.6 and 8 CCR 9792.10.6 require the determination to state the worker's condition and, for each disputed service, the decision and its analysis.",
  defaultSeverity: 'error',
  precision: 'very-high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: exampleDocument({ summary: false }) }],
  valid: [{ code: exampleDocument() }],
  check({ analysis, report }) {
    const det = analysis.determination;
    const kinds = new Set(det.sections.map((s) => s.kind));
    const where = { start: 0, end: 0 };
    if (!det.summary && !kinds.has('summary')) {
      report({ span: where, message: 'The Clinical Case Summary section is missing.' });
    }
    if (!kinds.has('issues') && det.items.length === 0) {
      report({ span: where, message: 'The IMR Issues, Decisions and Rationales section is missing.' });
    }
  },
};
