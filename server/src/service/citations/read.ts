/**
 * Citations of one item: its guideline lines (the letters' grammar, guidelineLine.ts) and its
 * rationale's free text (freeText.ts), in document order. Never throws: a reader error costs the
 * item its citations, not the whole analysis.
 */
import type { Citation } from '../model/citation';
import type { Item } from '../model/types';
import { readFreeText } from './freeText';
import { readGuidelineLine } from './guidelineLine';

export function readCitations(item: Item): Citation[] {
  const out: Citation[] = [];
  for (const field of item.fields) {
    try {
      if (field.kind === 'rationale') out.push(...readFreeText(field));
      else out.push(...readGuidelineLine(field));
    } catch {
      // Defensive only: the grammars are written not to throw.
    }
  }
  return out;
}
