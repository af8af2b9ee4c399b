/**
 * Words and punctuation of one sentence, lower-cased, with their character offsets. Trigger phrases
 * are cut by the same function, so "r/o" and "s/p" match token by token.
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text. */
  readonly text: string;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 0xbf;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
}

/**
 * The tokens of one sentence: runs of letters and digits, and each other non-space character alone,
 * as offsets. A token's lower-cased text is made only when asked for: most tokens are never compared
 * with a trigger word, and their first and last characters and length (`firstCode`, `lastCode`,
 * `length`) tell which might be.
 */
export class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /**
   * For an ASCII token, its lower case's length, first and last character codes packed as
   * `(length * 128 + first) * 128 + last`; -1 for any other token (read from its text instead).
   */
  private readonly shapes: number[] = [];
  private texts: (string | undefined)[] | undefined;

  constructor(readonly sentence: string) {
    const n = sentence.length;
    let i = 0;
    while (i < n) {
      const c = sentence.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      let ascii = c < 128;
      if (isWordChar(c)) {
        for (; j < n; j++) {
          const d = sentence.charCodeAt(j);
          if (!isWordChar(d)) break;
          if (d >= 128) ascii = false;
        }
      }
      this.starts.push(i);
      this.ends.push(j);
      this.shapes.push(
        ascii ? ((j - i) * 128 + lowerAscii(c)) * 128 + lowerAscii(sentence.charCodeAt(j - 1)) : -1,
      );
      i = j;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** The lower-cased text of token `i`. */
  text(i: number): string {
    this.texts ??= [];
    let text = this.texts[i];
    if (text === undefined) {
      text = this.sentence.slice(this.starts[i], this.ends[i]).toLowerCase();
      this.texts[i] = text;
    }
    return text;
  }

  /** The code of the first character of token `i`'s lower-cased text. */
  firstCode(i: number): number {
    const shape = this.shapes[i]!;
    return shape < 0 ? this.text(i).charCodeAt(0) : (shape >> 7) & 127;
  }

  /** The code of the last character of token `i`'s lower-cased text. */
  lastCode(i: number): number {
    const shape = this.shapes[i]!;
    return shape < 0 ? this.text(i).charCodeAt(this.text(i).length - 1) : shape & 127;
  }

  /** The length of token `i`'s lower-cased text (a non-ASCII letter may lower-case to two). */
  length(i: number): number {
    const shape = this.shapes[i]!;
    return shape < 0 ? this.text(i).length : Math.floor(shape / 16384);
  }

  /** Whether token `i` is all ASCII (its lower case is then its characters', one for one). */
  isAscii(i: number): boolean {
    return this.shapes[i]! >= 0;
  }

  /**
   * Whether token `i`'s lower-cased text is `word`: for an ASCII token, compared character by
   * character in the sentence (no string made); else as `text(i) === word`.
   */
  equals(i: number, word: string): boolean {
    const shape = this.shapes[i]!;
    if (shape < 0) return this.text(i) === word;
    const start = this.starts[i]!;
    const n = this.ends[i]! - start;
    if (n !== word.length) return false;
    for (let k = 0; k < n; k++) {
      if (lowerAscii(this.sentence.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether token `i` is a comma. */
  isComma(i: number): boolean {
    return this.shapes[i] === (128 + 44) * 128 + 44;
  }

  /** The index of the first token ending after `offset` (`count` when none). */
  at(offset: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Tokens of `text` with their lower-cased texts. */
export function tokenize(text: string): Token[] {
  const tokens = new Tokens(text);
  const out: Token[] = [];
  for (let i = 0; i < tokens.count; i++) {
    out.push({ start: tokens.starts[i]!, end: tokens.ends[i]!, text: tokens.text(i) });
  }
  return out;
}
