/**
 * Citations of one item: its guideline lines (the letters' grammar) and its rationale's free text.
 * Placeholder until the citation grammar lands; returns nothing.
 */
import type { Citation } from '../model/citation';
import type { Item } from '../model/types';

export function readCitations(_item: Item): Citation[] {
  return [];
}
