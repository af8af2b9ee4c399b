import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const KINDS = new Set(['topical-compound', 'topical-analgesic']);
const TOPICAL = /\b(?:cream|gel|lotion|ointment|compound(?:ed)?|topical|transdermal|solution|liquid|spray)\b/;
const PATCH = /\b(?:patch(?:es)?|lidoderm)\b/;

interface Options {
  /** Ingredients the guideline does not recommend in a topical (lower case). */
  readonly ingredients: readonly string[];
}

const example = (request: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary: 'He reports neuropathic pain of the right wrist despite gabapentin by mouth.',
    request,
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 111-113',
    rationale: 'Topical analgesics are an option for neuropathic pain.',
  });

/** A topical compound approved with an ingredient the guideline does not recommend. */
export const topicalCompound: Rule<Options> = {
  id: 'topical-compound',
  category: 'clinical',
  title: 'An approved topical compound must not contain a non-recommended ingredient',
  description: [
    'For an approved (Overturned) topical analgesic or compound, the rule reads the ingredients named in',
    'the request and reports one the MTUS does not recommend topically: gabapentin, baclofen,',
    'cyclobenzaprine and other muscle relaxants, ketamine, and lidocaine in any form but the patch',
    '(Lidoderm). Any compound with one such ingredient is not recommended. The ingredient list is an',
    'option. An error: the ingredient is written in the request itself.',
  ].join('\n'),
  rationale:
    'The MTUS states that any compounded product containing at least one drug (or drug class) that is not recommended is not recommended; approving one contradicts the cited guideline.',
  defaultSeverity: 'error',
  precision: 'high',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      ingredients: {
        type: 'array',
        items: { type: 'string' },
        description: 'Ingredients (lower case) that make a topical compound not recommended.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: {
    ingredients: [
      'gabapentin',
      'baclofen',
      'cyclobenzaprine',
      'flexeril',
      'orphenadrine',
      'tizanidine',
      'methocarbamol',
      'ketamine',
      'lidocaine',
      'amitriptyline',
      'dexamethasone',
    ],
  },
  invalid: [{ code: example('Compound cream of flurbiprofen 20%, gabapentin 10%, 180gm') }],
  valid: [
    { code: example('Lidoderm 5% patch #30') },
    { note: 'Upheld.', code: example('Compound cream of ketamine 10%, 120gm', 'Upheld') },
  ],
  check({ analysis, options, report }) {
    const guideline = guidelineOf(
      analysis.catalog,
      'cpmtg-topical-analgesics',
      'MTUS CPMTG, Topical analgesics, pp. 111-113',
    );
    const listed = new Set(options.ingredients.map((i) => i.toLowerCase()));
    for (const it of approvedOfKind(analysis, KINDS)) {
      const request = requestLower(it.item);
      const words = new Set(request.split(/[^a-z]+/));
      // Lidocaine counts only outside a patch: "lidocaine 5% patch" is the recommended form.
      const found = [...listed].filter(
        (i) => words.has(i) && (i !== 'lidocaine' || (TOPICAL.test(request) && !PATCH.test(request))),
      );
      if (found.length === 0) continue;
      report({
        span: requestSpan(it.item),
        message: `The approved topical contains ${found.join(', ')}, not recommended for topical use; a compound with one non-recommended ingredient is not recommended (${guideline}).`,
        itemIndex: it.item.index,
      });
    }
  },
};
