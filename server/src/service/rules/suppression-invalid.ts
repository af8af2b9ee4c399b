import { hasReason } from '../suppressions';
import { documentWithDirective } from './shared/suppression-examples';
import type { Rule } from './types';

const doc = documentWithDirective;

/** A suppression comment that cannot be honoured: no reason, or a rule id that does not exist. */
export const suppressionInvalid: Rule = {
  id: 'suppression-invalid',
  category: 'suppression',
  title: 'A suppression comment has no reason or names an unknown rule',
  description: [
    'Every `<!-- imr-lint-disable... -->` comment needs a reason after ` -- `, and every rule id it names must',
    'exist. A suppression without a reason suppresses nothing: the finding it meant to hide is still reported.',
    '`imr-lint-enable` comments need no reason.',
  ].join('\n'),
  rationale:
    'A suppressed finding is a decision not to follow a check; the reason is what lets a second reviewer audit that decision.',
  defaultSeverity: 'warning',
  precision: 'very-high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: doc('<!-- imr-lint-disable-next-line parse-error -->') }],
  valid: [
    {
      code: doc(
        '<!-- imr-lint-disable-next-line parse-error -- decision word agreed with the medical director -->',
      ),
    },
  ],
  check({ analysis, report, ruleIds }) {
    for (const s of analysis.determination.suppressions) {
      if (s.kind !== 'enable' && !hasReason(s)) {
        report({
          span: s.span,
          message:
            'This suppression has no reason; add one after " -- ". Without a reason it suppresses nothing.',
        });
        continue;
      }
      const unknown = s.ruleIds.filter((id) => !ruleIds.has(id));
      if (unknown.length > 0) {
        report({ span: s.span, message: `This suppression names unknown rule ids: ${unknown.join(', ')}.` });
      }
    }
  },
};
