/**
 * Citations of one item: its guideline lines (the letters' grammar, guidelineLine.ts) and its
 * rationale's free text (freeText.ts), in document order. Never throws: a reader error costs the
 * item its citations, not the whole analysis.
 */
import type { Citation } from '../model/citation';
import type { Field, Item } from '../model/types';
import { readFreeText } from './freeText';
import { readGuidelineLine } from './guidelineLine';

export function readCitations(
  item: Item,
  read: (field: Field) => readonly Citation[] = readFieldCitations,
): Citation[] {
  // A loop, not flatMap: flatMap cost more than reading a short guideline line.
  const out: Citation[] = [];
  for (const field of item.fields) for (const c of read(field)) out.push(c);
  return out;
}

/** The citations of one field: a function of its kind, text (with its map) and span alone. */
export function readFieldCitations(field: Field): Citation[] {
  try {
    return field.kind === 'rationale' ? readFreeText(field) : readGuidelineLine(field);
  } catch {
    // Defensive only: the grammars are written not to throw.
    return [];
  }
}
