/**
 * Cheap keyword tests that let a family of patterns skip the sentences it cannot match.
 *
 * Why it is safe: each family of patterns is paired with words such that every match of the family
 * contains one of them (spelled out beside each use). A sentence holding none of the words has no
 * match, and skipping it changes nothing. The words are found with the flags of the patterns they
 * guard (`i` without `u`: ASCII case folding), so every spelling a pattern accepts is found.
 *
 * Why one scan: the words of all families are found by one pass of one pattern over the whole text
 * (linear; much cheaper than a pass per word or per sentence), then handed out to the sentences,
 * which come in text order. The words must not overlap one another ("male" and "age" do not: no
 * word's end is another's start), so the pass finds every occurrence.
 */
import type { Span } from '../model/types';

export class KeywordScan {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly families: number[] = [];
  /** The first occurrence not yet behind the last span asked about. */
  private next = 0;

  /**
   * `words`: a global pattern of the words of every family; `familyOf`: the families (bit flags) a
   * found word belongs to.
   */
  constructor(text: string, words: RegExp, familyOf: (word: string) => number) {
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      this.families.push(familyOf(m[0]));
    }
  }

  /** The families (bit flags) with a word wholly inside `span`; spans must come in ascending order. */
  within(span: Span): number {
    let k = this.next;
    while (k < this.starts.length && this.starts[k]! < span.start) k++;
    this.next = k;
    let found = 0;
    for (; k < this.starts.length && this.ends[k]! <= span.end; k++) found |= this.families[k]!;
    return found;
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
