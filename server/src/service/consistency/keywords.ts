/**
 * Cheap keyword tests that let a family of patterns skip the sentences it cannot match.
 *
 * Why it is safe: each family of patterns is paired with words such that every match of the family
 * contains one of them (spelled out beside each use). A sentence holding none of the words has no
 * match, and skipping it changes nothing. The words are compared as the patterns they guard compare
 * them (`i` without `u`: ASCII letters fold case, nothing else does: "\u212a" is no "k"), so every
 * spelling a pattern accepts is found.
 *
 * Why a loop over character codes: a sentence's words are found where they are needed, one sentence
 * at a time and only for the sentences asked about (the conclusion search reads a rationale from its
 * end and usually stops after a sentence or two), without a match object per word found (a pattern
 * like /\d|old/g made one per digit of every date). Linear: each position compares at most the
 * length of the longest word.
 */

import type { Span } from '../model/types';

/** Words by the character codes they may start with, each with its families (bit flags). */
export class WordTable {
  /** By ASCII code: 1 + the index in `groups` of the words that start with it, or 0. */
  private readonly first = new Uint8Array(128);
  /** Groups of words with the same first character, each [word, families, word, families, ...]. */
  private readonly groups: (string | number)[][] = [];
  /** The families of each group's words together: a group whose families are all found is skipped. */
  private readonly groupFamilies: number[] = [];
  /** Every family: once all are found, the rest of a span cannot add one. */
  private readonly all: number = 0;

  /** `words`: lower-case ASCII letters or digits, and the families (bit flags) each belongs to. */
  constructor(words: readonly (readonly [string, number])[]) {
    const byFirst = new Map<string, (string | number)[]>();
    for (const [word, families] of words) {
      this.all |= families;
      const group = byFirst.get(word[0]!) ?? [];
      group.push(word, families);
      byFirst.set(word[0]!, group);
    }
    for (const [first, group] of byFirst) {
      this.groups.push(group);
      this.groupFamilies.push(group.reduce<number>((f, x) => (typeof x === 'number' ? f | x : f), 0));
      const code = first.charCodeAt(0);
      this.first[code] = this.groups.length;
      if (isLetter(code)) this.first[code - 32] = this.groups.length;
    }
  }

  /** The families of the words wholly inside text[start, end). */
  familiesIn(text: string, start: number, end: number): number {
    let found = 0;
    for (let i = start; i < end && found !== this.all; i++) {
      const c = text.charCodeAt(i);
      const g = c < 128 ? this.first[c]! : 0;
      if (g === 0 || (found & this.groupFamilies[g - 1]!) === this.groupFamilies[g - 1]) continue;
      const group = this.groups[g - 1]!;
      for (let k = 0; k < group.length; k += 2) {
        const word = group[k] as string;
        const families = group[k + 1] as number;
        if ((found & families) !== families && i + word.length <= end && wordAt(text, i, word))
          found |= families;
      }
    }
    return found;
  }
}

/** `word` (lower-case ASCII) at `at`, ASCII letters in either case: for a lower-case letter L, (c | 32) === L only when c is L or its capital. */
function wordAt(text: string, at: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = text.charCodeAt(at + k);
    if (c !== w && (!isLetter(w) || (c | 32) !== w)) return false;
  }
  return true;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Whether spans of a text hold a word of one family, found by running the family's pattern from
 * each span's start only as far as its next word: one search per span at most, none while the word
 * found last lies ahead, and no match object per word of the text (a pattern run over every digit
 * of a letter's dates and page numbers cost more than the rest of the check).
 *
 * Why it is exact: the search from a span's start finds the leftmost word at or after it. If that
 * word ends inside the span, the span holds a word. If not, no other word fits: a word starting
 * later and ending inside the span would be at least two characters shorter than the one found, and
 * a family's words differ in length by at most one. A word found for an earlier span that still lies
 * at or after this span's start is the leftmost one for this span too (spans come in text order).
 */
export class WordCursor {
  /** The leftmost word at or after the last start searched from (Infinity when there is none). */
  private start = -1;
  private end = -1;

  /** `words`: a global pattern of one family's words, whose lengths differ by at most one. */
  constructor(
    private readonly text: string,
    private readonly words: RegExp,
  ) {}

  /** Whether a word lies wholly inside `span`; spans must be asked about in text order. */
  within(span: Span): boolean {
    if (this.start < span.start) {
      this.words.lastIndex = span.start;
      const m = this.words.exec(this.text);
      this.start = m ? m.index : Number.POSITIVE_INFINITY;
      this.end = m ? m.index + m[0].length : Number.POSITIVE_INFINITY;
    }
    return this.end <= span.end;
  }
}

/**
 * Every match of the global pattern `re` in `s`, as `s.matchAll(re)` gives them, without the copy of
 * the pattern matchAll makes on every call (which costs more than a short sentence's search). All
 * matches are collected before the caller sees any, so the caller may use `re` again meanwhile.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
