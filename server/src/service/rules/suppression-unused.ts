import { documentWithDirective } from './shared/suppression-examples';
import type { Rule } from './types';

const doc = documentWithDirective;

/**
 * A suppression that suppresses nothing. Its findings are made by applySuppressions (suppressions.ts)
 * after every other rule has run, since only then is it known what a directive suppressed; this file
 * holds the rule's docs, severity and examples, and its check does nothing.
 */
export const suppressionUnused: Rule = {
  id: 'suppression-unused',
  category: 'suppression',
  title: 'A suppression comment suppresses nothing',
  description: [
    'Reports an `imr-lint-disable...` comment (or one of the rule ids it names) that suppressed no finding.',
    'Off by default; `imr-lint --report-unused-disable-directives` turns it on (as a warning), and so does',
    'giving it a severity in `.imr-lint.json`.',
  ].join('\n'),
  rationale: 'A stale suppression would silently hide a future finding that nobody reviewed.',
  defaultSeverity: 'off',
  precision: 'very-high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: doc('<!-- imr-lint-disable-next-line parse-error -- kept from an earlier draft -->') }],
  valid: [
    {
      code: [
        '<!-- imr-lint-disable-line section-missing -- the summary is filed as a separate record -->',
        '# IMR Issues, Decisions and Rationales',
        '',
        '## Diazepam 10mg #30: Upheld',
        '',
      ].join('\n'),
      note: "section-missing is reported at the start of the document, on the directive's own line.",
    },
  ],
  check() {},
};
