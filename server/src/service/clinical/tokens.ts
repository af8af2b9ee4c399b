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
  /** 1 when the token is ASCII without capitals (its text is its lower case), 2 when ASCII, else 0. */
  private readonly kinds: number[] = [];
  private readonly texts: (string | undefined)[] = [];

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
      let kind = c >= 128 ? 0 : c >= 65 && c <= 90 ? 2 : 1;
      if (isWordChar(c)) {
        for (; j < n; j++) {
          const d = sentence.charCodeAt(j);
          if (!isWordChar(d)) break;
          if (d >= 128) kind = 0;
          else if (d <= 90 && d >= 65 && kind === 1) kind = 2;
        }
      }
      this.starts.push(i);
      this.ends.push(j);
      this.kinds.push(kind);
      this.texts.push(undefined);
      i = j;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** The lower-cased text of token `i`. */
  text(i: number): string {
    let text = this.texts[i];
    if (text === undefined) {
      const word = this.sentence.slice(this.starts[i], this.ends[i]);
      text = this.kinds[i] === 1 ? word : word.toLowerCase();
      this.texts[i] = text;
    }
    return text;
  }

  /** The code of the first character of token `i`'s lower-cased text. */
  firstCode(i: number): number {
    if (this.kinds[i] === 0) return this.text(i).charCodeAt(0);
    return lowerAscii(this.sentence.charCodeAt(this.starts[i]!));
  }

  /** The code of the last character of token `i`'s lower-cased text. */
  lastCode(i: number): number {
    if (this.kinds[i] === 0) return this.text(i).charCodeAt(this.text(i).length - 1);
    return lowerAscii(this.sentence.charCodeAt(this.ends[i]! - 1));
  }

  /** The length of token `i`'s lower-cased text (a non-ASCII letter may lower-case to two). */
  length(i: number): number {
    return this.kinds[i] === 0 ? this.text(i).length : this.ends[i]! - this.starts[i]!;
  }

  /** Whether token `i` is a comma. */
  isComma(i: number): boolean {
    return this.ends[i]! - this.starts[i]! === 1 && this.sentence.charCodeAt(this.starts[i]!) === 44;
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
