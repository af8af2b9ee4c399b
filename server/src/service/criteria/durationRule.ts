/**
 * The check the drug-duration rules share (benzodiazepines, muscle relaxants, sleep aids): an
 * approved drug of the class whose documented use, or whose dispensed supply, runs past a limit.
 */
import type { Analysis } from '../analysis';
import { parseRequestQuantity } from '../clinical/quantity';
import type { Report } from '../rules/types';
import { drugIn } from './drugs';
import { describeDuration, drugDurations, supplyDays } from './duration';
import { relatedFact } from './evidence';
import { approvedOfKind, requestLower, requestSpan } from './items';

const TAPER = /\b(?:wean(?:ing|ed)?|taper(?:ing|ed)?)\b/i;

export interface DurationCheck {
  readonly kinds: ReadonlySet<string>;
  /** Names of the class; a request must name one (or be of the kind) to be judged. */
  readonly drugs: ReadonlySet<string>;
  /** Require the request to name one of `drugs` (sleep aids: trazodone is not judged). */
  readonly requireName: boolean;
  readonly limitWeeks: number;
  readonly guideline: string;
  readonly criterion: string;
}

/** One report per approved item whose documented use or supply exceeds the limit. */
export function durationReports(analysis: Analysis, check: DurationCheck): Report[] {
  const out: Report[] = [];
  for (const it of approvedOfKind(analysis, check.kinds)) {
    const named = drugIn(requestLower(it.item), check.drugs);
    if (check.requireName && !named) continue;
    // An approval to taper a long-term user off the drug is what the guideline asks for (CPMTG p.124).
    if (TAPER.test(it.item.rationale?.text.text.slice(0, 8000) ?? '')) continue;
    const longest = drugDurations(analysis, it, check.drugs)[0];
    const supply = supplyDays(parseRequestQuantity(it.item.request.text));
    const limitDays = check.limitWeeks * 7;
    let found: string | null = null;
    const related = [];
    if (longest && longest.weeks > check.limitWeeks) {
      found = `The record documents ${describeDuration(longest)} of ${longest.drug}`;
      related.push(relatedFact(longest.fact, 'The documented duration of use.'));
    } else if (supply !== null && supply > limitDays) {
      found = `The quantity requested lasts about ${supply} days at the directions given`;
    }
    if (!found) continue;
    out.push({
      span: requestSpan(it.item),
      message: `${found}, beyond the ${check.limitWeeks} weeks the guideline supports: ${check.criterion} (${check.guideline}).`,
      itemIndex: it.item.index,
      related,
    });
  }
  return out;
}

/** The one option of the duration rules. */
export interface WeeksOption {
  readonly maxWeeks: number;
}

export const WEEKS_OPTION_SCHEMA: Readonly<Record<string, unknown>> = {
  type: 'object',
  properties: {
    maxWeeks: { type: 'integer', minimum: 1, description: 'Weeks of use the guideline supports.' },
  },
  additionalProperties: false,
};
