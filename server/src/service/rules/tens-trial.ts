import { documentedPhrases } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const KINDS = new Set(['tens']);
const PURCHASE = /\b(?:purchase|purchased|buy|dme purchase)\b/;
const TRIAL =
  /\b(?:(?:one|1|30)[- ](?:month|day)\s(?:home\s)?(?:tens\s)?trial|(?:home\s)?(?:tens\s)?trial\s(?:of|with)\s(?:a\s)?(?:the\s)?tens|tens\s(?:unit\s)?trial|trial\s(?:of|with)\s(?:a\s)?tens(?:\sunit)?|(?:used|using|trialed|tried|rented|renting)\s(?:a\s|the\s|his\s|her\s)?(?:home\s)?tens(?:\sunit)?)\b/g;

const example = (summary: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request: 'TENS unit purchase',
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 114-116',
    rationale: 'The worker has neuropathic pain of the right leg.',
  });

/** A TENS unit purchase approved without a completed one-month trial. */
export const tensTrial: Rule = {
  id: 'tens-trial',
  category: 'clinical',
  title: 'An approved TENS purchase needs a completed one-month trial',
  description: [
    'For an approved (Overturned) purchase of a TENS (or other electrical stimulation) unit, the case',
    'summary or the rationale must document a TENS trial ("one-month trial", "30-day trial", "trial of',
    'TENS", "used a TENS unit for ..."). A trial that is negated or only planned ("would consider a',
    'trial") does not count. Rentals and trials themselves are not judged. Silent on Upheld decisions.',
    'A warning: the rule sees that a trial is mentioned, not how it went.',
  ].join('\n'),
  rationale:
    'The MTUS recommends a one-month home-based TENS trial, with documented use and outcome, before a purchase; rental is preferred to purchase during the trial.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: example('He reports chronic leg pain. No TENS trial has been documented.') }],
  valid: [
    { code: example('He completed a one-month trial of TENS with 50% less pain and more walking.') },
    { note: 'Upheld.', code: example('He reports chronic leg pain.', 'Upheld') },
  ],
  check({ analysis, report }) {
    const guideline = guidelineOf(
      analysis.catalog,
      'cpmtg-tens-chronic-pain-transcutaneous-electrical-nerve-stimulation',
      'MTUS CPMTG, TENS, pp. 114-116',
    );
    for (const it of approvedOfKind(analysis, KINDS)) {
      if (!PURCHASE.test(requestLower(it.item))) continue;
      if (documentedPhrases(analysis, it, TRIAL, ['historical']).length > 0) continue;
      report({
        span: requestSpan(it.item),
        message: `A TENS purchase is approved, but no completed TENS trial is documented. The guideline requires a one-month home trial with documented use and outcome before purchase (${guideline}).`,
        itemIndex: it.item.index,
      });
    }
  },
};
