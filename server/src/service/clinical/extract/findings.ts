/**
 * Functional improvement (`functional-improvement`) and red flags (`red-flag`).
 */
import { candidates, type Extractor, extractor } from './common';
import { pattern } from './gate';

// Every match begins with one of these (the spaces are literal in the pattern; "improve" may be
// followed by "d" or "ment", and "return" by "ed").
const IMPROVEMENT = pattern(
  /\b(?:functional (?:improvement|gains?|benefit|progress|response)|improve(?:d|ment)? (?:in |of )?(?:function(?:ing|al)?(?: status| capacity| level)?|activities of daily living|adls?|ability to)|increased (?:function(?:ing|al)?(?: capacity| status| level)?|activity (?:level|tolerance)|ability to)|(?:reduction|decrease) in (?:work )?restrictions|return(?:ed)? to work)\b/g,
  ['functional ', 'improve', 'increased ', 'reduction in ', 'decrease in ', 'return'],
);

export const functionalImprovement: Extractor = extractor([IMPROVEMENT], (s) =>
  candidates(s, IMPROVEMENT, (m) => ({
    kind: 'functional-improvement',
    start: m.index,
    end: m.index + m[0].length,
    attributes: {
      objective: /\bobjective\s{1,2}$/.test(s.lower.slice(Math.max(0, m.index - 12), m.index)) ? 'yes' : '',
    },
  })),
);

// Every match holds one of these words at a word start: the first word of most alternatives, the
// word after "bowel" or "bladder", and "flag" after "red ".
const RED_FLAG = pattern(
  /\b(?:cauda equina(?: syndrome)?|progressive (?:neurologic(?:al)? )?(?:deficits?|weakness)|progressive neurologic(?:al)? (?:changes|findings|symptoms)|fractures?|tumou?rs?|malignanc(?:y|ies)|cancer|infections?|(?:loss of |changes in )?bowel (?:(?:or|and|\/) )?bladder(?: (?:dysfunction|incontinence|changes|symptoms|complaints|issues|retention))?|(?:bowel|bladder|urinary|fecal) (?:incontinence|dysfunction|retention)|saddle an(?:a)?esthesia|red flags?(?: signs| symptoms| conditions| findings)?)\b/g,
  [
    'cauda',
    'progressive',
    'fracture',
    'tumo',
    'malignanc',
    'cancer',
    'infection',
    'bladder',
    'incontinence',
    'dysfunction',
    'retention',
    'saddle',
    'flag',
  ],
);

function flagName(words: string): string {
  if (words.startsWith('cauda')) return 'cauda-equina';
  if (words.startsWith('progressive')) return 'progressive-deficit';
  if (words.startsWith('fracture')) return 'fracture';
  if (/^(?:tumo|malig|cancer)/.test(words)) return 'tumor';
  if (words.startsWith('infection')) return 'infection';
  if (words.startsWith('red flag')) return 'red-flag';
  if (words.startsWith('saddle')) return 'saddle-anesthesia';
  return 'bowel-bladder';
}

export const redFlag: Extractor = extractor([RED_FLAG], (s) =>
  candidates(s, RED_FLAG, (m) => ({
    kind: 'red-flag',
    start: m.index,
    end: m.index + m[0].length,
    attributes: { flag: flagName(m[0]) },
  })),
);
