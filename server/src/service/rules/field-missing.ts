import { EXAMPLE_GUIDELINE, exampleDocument, exampleItem } from './examples';
import type { Rule } from './types';

/** Every item needs the reviewer's guideline line and a rationale. */
export const fieldMissing: Rule = {
  id: 'field-missing',
  category: 'structure',
  title: 'An item lacks its guideline line or its rationale',
  description: [
    'Each item (disputed treatment) needs a `MAXIMUS guideline:` (or `Reviewer guideline:`) line naming',
    'what the decision is based on, and a `Decision rationale:`. The finding is placed on the item heading,',
    'once per missing field. The `Claims Administrator guideline:` line is not required: it restates the',
    "utilization review's basis and is sometimes absent from the file.",
  ].join('\n'),
  rationale:
    '8 CCR 9792.10.6 requires the determination to state, for each disputed service, the guideline relied on and the reasons for the decision.',
  defaultSeverity: 'error',
  precision: 'very-high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: exampleDocument({ items: exampleItem('## Diazepam 10mg #30: Upheld', [EXAMPLE_GUIDELINE]) }),
      note: 'No rationale.',
    },
  ],
  valid: [{ code: exampleDocument() }],
  check({ analysis, report }) {
    for (const item of analysis.determination.items) {
      if (!item.reviewerGuideline) {
        report({
          span: item.headingSpan,
          itemIndex: item.index,
          message: 'This item has no reviewer guideline line (MAXIMUS guideline: Decision based on ...).',
        });
      }
      if (!item.rationale) {
        report({
          span: item.headingSpan,
          itemIndex: item.index,
          message: 'This item has no Decision rationale.',
        });
      }
    }
  },
};
