/**
 * Which items a clinical rule looks at: an approval (decision Overturned) of a kind of treatment,
 * and where a finding about it starts (the request, so the reviewer sees which item it is about).
 */
import type { Analysis, ItemAnalysis } from '../analysis';
import type { Item, Span } from '../model/types';

/** Overturned reverses the denial: the treatment is approved. */
export function isApproved(item: Item): boolean {
  return item.decision?.value === 'Overturned';
}

/** Items whose treatment is one of `kinds` (all decisions). */
export function itemsOfKind(analysis: Analysis, kinds: ReadonlySet<string>): ItemAnalysis[] {
  return analysis.items.filter((i) => i.treatment !== null && kinds.has(i.treatment.kind));
}

/** Approved items whose treatment is one of `kinds`. */
export function approvedOfKind(analysis: Analysis, kinds: ReadonlySet<string>): ItemAnalysis[] {
  return itemsOfKind(analysis, kinds).filter((i) => isApproved(i.item));
}

/** The request's words in the source; the heading when the request is empty. */
export function requestSpan(item: Item): Span {
  const length = item.request.text.trimEnd().length;
  return length > 0 ? item.request.spanToSource(0, length) : item.headingSpan;
}

/** The request in lower case, cut short: requests are one line, a pasted paragraph is not. */
export function requestLower(item: Item): string {
  return item.request.text.slice(0, 400).toLowerCase();
}
