/**
 * The main conclusion of a rationale found by reading its sentences from the end: most rationales
 * end with it ("Therefore, the request ... is not medically necessary"), so the search usually stops
 * after a sentence or two instead of reading every sentence of the history and guideline text.
 */
import type { MappedText } from '../model/mappedText';
import { type Conclusion, MAY_FALL_BACK, MAY_STATE, readSentence } from './conclusion';
import { sentencesOf } from './sentences';

/**
 * `mainConclusion(findConclusions(rationale))`, reading sentences from the end and stopping at the
 * first that states a conclusion (most rationales end with it: "Therefore, the request ... is not
 * medically necessary").
 *
 * Why the result is the same: each sentence is read on its own (`readSentence`), and a conclusion's
 * predicate lies inside its sentence, so predicates of a later sentence start after those of an
 * earlier one (sentences do not overlap and come in text order). `findConclusions` sorts by
 * predicate start, stably, and `mainConclusion` takes the last stated conclusion of that order: the
 * one of the last sentence that has any, with the greatest start, the later found on a tie (`latest`).
 * Only when no sentence states one is the last fallback taken, the same way.
 */
export function lastConclusion(rationale: MappedText | string): Conclusion | null {
  const text = typeof rationale === 'string' ? rationale : rationale.text;
  const sentences = sentencesOf(rationale);
  const found: Conclusion[] = [];
  for (const want of [MAY_STATE, MAY_FALL_BACK]) {
    for (let k = sentences.length - 1; k >= 0; k--) {
      // One family at a time, so `found` only ever holds conclusions of that family.
      readSentence(text, sentences[k]!, want, found, found);
      if (found.length > 0) return latest(found);
    }
  }
  return null;
}

/** What a stable sort by predicate start puts last. */
function latest(conclusions: readonly Conclusion[]): Conclusion {
  let last = conclusions[0]!;
  for (const c of conclusions) if (c.predicate.start >= last.predicate.start) last = c;
  return last;
}
