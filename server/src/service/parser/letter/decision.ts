/**
 * Decision words at the end of an item line ("Diazepam 10mg, QTY: 60:  Upheld") or alone on the
 * next line ("... is:" / "Upheld"). Scanned by hand from the line's end: no regular expression, so
 * a long line of spaces or colons costs no more than its length.
 */
import type { Decision } from '../../model/types';

/** The decision a word names (any case), or null. */
export function decisionOf(word: string): Decision | null {
  const w = word.toLowerCase();
  if (w === 'upheld') return 'Upheld';
  if (w === 'overturned') return 'Overturned';
  return null;
}

export interface TrailingWord {
  /** Index in the text of the colon before the word (-1 when the word stands alone). */
  readonly colon: number;
  readonly wordStart: number;
  readonly word: string;
}

/** Longest word taken for a decision (a longer tail is prose). */
const MAX_WORD = 16;
/** Most spaces between the colon and the word. */
const MAX_GAP = 12;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "<anything>: <Word>" at the end of `text` (already trimmed), or the whole text being one word. */
export function trailingWord(text: string): TrailingWord | null {
  let ws = text.length;
  while (ws > 0 && text.length - ws <= MAX_WORD && isLetter(text.charCodeAt(ws - 1))) ws--;
  const len = text.length - ws;
  if (len === 0 || len > MAX_WORD) return null;
  if (ws === 0) return { colon: -1, wordStart: 0, word: text };
  let k = ws;
  while (k > 0 && ws - k <= MAX_GAP && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === 0 || text.charCodeAt(k - 1) !== 58 /* : */) return null;
  return { colon: k - 1, wordStart: ws, word: text.slice(ws) };
}

/** Whether `text` ends with a colon (an item line whose decision stands on the next line). */
export function endsWithColon(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 58;
}
