/**
 * What the consistency rules ask of an item: its conclusions, the one that decides it, the
 * polarity its decision implies, and the phrases its conclusion may legitimately name.
 */
import type { MappedText } from '../model/mappedText';
import type { Decision, Item } from '../model/types';
import { type Conclusion, findConclusions, mainConclusion, type Polarity } from './conclusion';

export interface ItemConclusions {
  readonly rationale: MappedText;
  readonly all: readonly Conclusion[];
  readonly main: Conclusion | null;
}

/** The item's conclusions, or null when it has no rationale text. */
export function itemConclusions(item: Item): ItemConclusions | null {
  const rationale = item.rationale?.text;
  if (!rationale || rationale.text.trim() === '') return null;
  const all = findConclusions(rationale);
  return { rationale, all, main: mainConclusion(all) };
}

/** Upheld keeps the denial (not medically necessary); Overturned reverses it. */
export function polarityOf(decision: Decision): Polarity {
  return decision === 'Upheld' ? 'not-necessary' : 'necessary';
}

export function otherDecision(decision: Decision): Decision {
  return decision === 'Upheld' ? 'Overturned' : 'Upheld';
}

/** The request and, for partial certifications, the original and authorized portions. */
export function requestPhrases(item: Item): string[] {
  const out = [item.request.text];
  if (item.partial?.originalRequest) out.push(item.partial.originalRequest.text);
  if (item.partial?.authorized) out.push(item.partial.authorized.text);
  if (item.partial && !item.partial.originalRequest && !item.partial.authorized)
    out.push(item.partial.text.text);
  return out.filter((t) => t.trim() !== '');
}
