import { collapseSpaces } from '../consistency/keywords';
import { exampleDocument, exampleItem } from './examples';
import type { Rule } from './types';

/** The same request decided twice. */
export const itemDuplicate: Rule = {
  id: 'item-duplicate',
  category: 'structure',
  title: 'The same request appears twice',
  description: [
    'Reports an item whose request is the same as an earlier one, ignoring case, spacing and a final period.',
    'The finding is placed on the later request and points to the first. Requests that differ in strength,',
    'quantity, side or level ("L4-L5" and "L5-S1") are different requests.',
  ].join('\n'),
  rationale:
    'Each disputed service receives one decision; a request decided twice may be decided inconsistently and confuses the parties.',
  defaultSeverity: 'warning',
  precision: 'high',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: exampleDocument({
        items: [
          ...exampleItem('## Diazepam 10mg #30: Upheld'),
          ...exampleItem('## diazepam 10mg  #30.: Upheld'),
        ],
      }),
    },
  ],
  valid: [
    {
      code: exampleDocument({
        items: [
          ...exampleItem('## Diazepam 10mg #30: Upheld'),
          ...exampleItem('## Diazepam 5mg #30: Upheld'),
        ],
      }),
    },
  ],
  check({ analysis, report }) {
    const items = analysis.determination.items;
    // A duplicate needs two items: a single item's request is not even normalised.
    if (items.length < 2) return;
    const seen = new Map<string, number>();
    for (const item of items) {
      const key = requestKey(item.request.text);
      if (key === '') continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, item.index);
        continue;
      }
      const earlier = items[first]!;
      report({
        span: item.request.sourceSpan,
        itemIndex: item.index,
        message: `This request is the same as item ${first + 1}.`,
        related: [{ span: earlier.request.sourceSpan, message: `Item ${first + 1}.` }],
      });
    }
  },
};

/** Case, spacing and a final period do not make a request different. */
export function requestKey(request: string): string {
  // The words joined by single spaces: trim and \s strip and match the same characters (white space
  // and line terminators), so this is `split(/\s+/).filter(Boolean).join(' ')` without the arrays.
  const words = collapseSpaces(request.toLowerCase().trim());
  return words.endsWith('.') ? words.slice(0, -1).trimEnd() : words;
}
