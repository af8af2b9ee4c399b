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

/** Tokens of `text`: runs of letters and digits, and each other non-space character alone. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    // Most words are ASCII without capitals: their slice is their lower case already.
    let plain = c < 128 && !(c >= 65 && c <= 90);
    if (isWordChar(c)) {
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isWordChar(d)) break;
        if (d >= 65 && (d <= 90 || d >= 128)) plain = false;
      }
    }
    const word = text.slice(i, j);
    out.push({ start: i, end: j, text: plain ? word : word.toLowerCase() });
    i = j;
  }
  return out;
}

/** The index of the first token ending after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
