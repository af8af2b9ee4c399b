/**
 * One sentence split per rationale, shared by the consistency checks that read it (conclusions,
 * patient facts). Keyed by the MappedText object, which belongs to one document version and never
 * changes, so a split is only ever served for the very text it was made from; the WeakMap lets it
 * go with the document.
 */
import { splitSentences } from '../clinical/sentences';
import type { MappedText } from '../model/mappedText';
import type { Span } from '../model/types';

const splits = new WeakMap<MappedText, readonly Span[]>();

/** The sentences of `text` (see clinical/sentences.ts); computed once per MappedText. */
export function sentencesOf(text: MappedText | string): readonly Span[] {
  if (typeof text === 'string') return splitSentences(text);
  let spans = splits.get(text);
  if (!spans) {
    spans = splitSentences(text.text);
    splits.set(text, spans);
  }
  return spans;
}
