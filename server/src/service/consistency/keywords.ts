/**
 * Cheap keyword tests that let a family of patterns skip the sentences it cannot match.
 *
 * Why it is safe: each family of patterns is paired with words such that every match of the family
 * contains one of them (spelled out beside each use). A sentence without any of the words has no
 * match, and skipping it changes nothing. The patterns fold case with `i` and without `u`, which
 * folds ASCII letters only; the words are looked for in the lower-cased text, where every ASCII
 * spelling of them appears as the lower-case word. (Lower-casing may also turn a non-ASCII letter
 * into an ASCII one, the Kelvin sign into "k": that only lets a sentence through for nothing.)
 *
 * Why cursors: sentences come in text order, so each word is looked for from one sentence's start
 * and the occurrence found serves every sentence up to it. Each word scans the text about once
 * (linear), with `indexOf` rather than a pattern, and without slicing sentences.
 */
import type { Span } from '../model/types';

/** The text lower-cased, or null when that changes its length (offsets would not line up). */
export function lowerCased(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

export class WordCursor {
  private readonly lower: string | null;
  private readonly words: readonly string[];
  /** Per word: its first occurrence at or after the last span's start; -1 none; -2 not looked for. */
  private readonly next: number[];

  /** `lower` from `lowerCased` (null answers every span "maybe"); `words` in lower case. */
  constructor(lower: string | null, words: readonly string[]) {
    this.lower = lower;
    this.words = words;
    this.next = words.map(() => -2);
  }

  /** Whether one of the words lies wholly inside `span`; spans must come in ascending order. */
  within(span: Span): boolean {
    const lower = this.lower;
    if (lower === null) return true;
    for (let k = 0; k < this.words.length; k++) {
      const word = this.words[k]!;
      let at = this.next[k]!;
      if (at === -2 || (at >= 0 && at < span.start)) {
        at = lower.indexOf(word, span.start);
        this.next[k] = at;
      }
      // A later occurrence would end later still: the first one decides.
      if (at >= 0 && at + word.length <= span.end) return true;
    }
    return false;
  }
}

/** The same over digits: whether a span holds one (`\d`, ASCII only, as in the patterns). */
export class DigitCursor {
  private readonly text: string;
  private next = -2;

  constructor(text: string) {
    this.text = text;
  }

  within(span: Span): boolean {
    if (this.next === -2 || (this.next >= 0 && this.next < span.start)) {
      this.next = -1;
      for (let i = span.start; i < this.text.length; i++) {
        const c = this.text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          this.next = i;
          break;
        }
      }
    }
    return this.next >= 0 && this.next < span.end;
  }
}
