/**
 * Prefilters for the extractors' regular expressions. Most sentences name none of the things a family
 * of patterns looks for, yet each pattern would scan every one of them; a sentence is instead read
 * once, word by word, and a pattern runs only when one of its keys begins a word of the sentence.
 *
 * Why this is safe: every key of a pattern is a word that every match of the pattern holds at a word
 * start (after a `\b`, white space or a literal space), stated next to the pattern. A sentence where
 * no key begins a word therefore cannot match, and skipping the pattern changes nothing. A key is
 * compared on its first MAX_KEY characters, which only lets more sentences through. Patterns whose
 * matches need not hold a whole word (a score "7/10") name substrings instead. The property tests in
 * test/service/clinical/gate.test.ts check both claims on random text.
 */

/** A regular expression with the keys that every match of it holds. */
export interface Pattern {
  readonly re: RegExp;
  /** The string it runs on: the lower-cased sentence or the sentence as written. */
  readonly source: 'lower' | 'text';
  /** Words (lower case) one of which begins a word in every match. */
  readonly words: readonly string[];
  /** Substrings (lower case) one of which every match holds, for matches without such a word. */
  readonly substrings: readonly string[];
  /** Its bit in what `openGates` returns. */
  readonly id: number;
}

/** Characters of a key compared: enough to tell most words apart, few enough to pack in an integer. */
const MAX_KEY = 4;
/** Packed keys of different lengths must not collide: each length has its own range (all small integers). */
const OFFSET = [0, 0, 0, 1 << 14, (1 << 14) + (1 << 21)];

const BY_KEY = new Map<number, number[]>();
/** 1 at `c0 * 128 + c1` when some key begins with those two characters. */
const FIRST_TWO = new Uint8Array(128 * 128);
const WITH_SUBSTRINGS: Pattern[] = [];
/** Every pattern made, in order (read by the tests). */
export const PATTERNS: Pattern[] = [];

function pack(key: string): number {
  let value = 0;
  for (let i = 0; i < key.length; i++) value = value * 128 + key.charCodeAt(i);
  return value + OFFSET[key.length]!;
}

/** A pattern that runs only on sentences where one of `words` begins a word (or holds a substring). */
export function pattern(
  re: RegExp,
  words: readonly string[],
  options: { source?: 'lower' | 'text'; substrings?: readonly string[] } = {},
): Pattern {
  const made: Pattern = {
    re,
    source: options.source ?? 'lower',
    words,
    substrings: options.substrings ?? [],
    id: PATTERNS.length,
  };
  for (const word of words) {
    const key = word.slice(0, MAX_KEY);
    // A key must be plain lower-case ASCII of two characters at least, beginning with a word character.
    if (key.length < 2 || !/^[a-z0-9_][\x20-\x7e]+$/.test(key)) throw new Error(`bad key "${word}"`);
    FIRST_TWO[key.charCodeAt(0) * 128 + key.charCodeAt(1)] = 1;
    const list = BY_KEY.get(pack(key));
    if (list) list.push(made.id);
    else BY_KEY.set(pack(key), [made.id]);
  }
  if (made.substrings.length > 0) WITH_SUBSTRINGS.push(made);
  PATTERNS.push(made);
  return made;
}

/** 1 for the characters of `\w` ([A-Za-z0-9_]), by code. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

function isWordChar(c: number): boolean {
  return c < 128 && WORD[c] === 1;
}

/** Whether pattern `id` may match, given the flags `openGates` returned. */
export function isOpen(open: readonly number[], id: number): boolean {
  return (open[id >> 5]! & (1 << (id & 31))) !== 0;
}

/**
 * Which patterns may match the sentence (`text`, and `lower`, its lower case of the same length): the
 * bit of a pattern's id is set when one of its keys begins a word or one of its substrings is present
 * (read it with `isOpen`).
 * A word begins where a word character follows a non-word character in either string: `\b` in a
 * pattern run on the sentence as written sees "K" (the Kelvin sign) as a non-word character, though
 * its lower case is "k".
 */
export function openGates(lower: string, text: string): number[] {
  // One bit a pattern (a plain array of small integers costs less to make than a typed array).
  const open: number[] = [];
  for (let i = 0; i < PATTERNS.length; i += 32) open.push(0);
  const n = lower.length;
  let p = 0;
  while (p < n) {
    if (!isWordChar(lower.charCodeAt(p))) {
      p++;
      continue;
    }
    probe(lower, p, open);
    for (p++; p < n && isWordChar(lower.charCodeAt(p)); p++) {
      if (text.charCodeAt(p - 1) > 127) probe(lower, p, open);
    }
  }
  for (const made of WITH_SUBSTRINGS) {
    if (isOpen(open, made.id)) continue;
    for (const sub of made.substrings) {
      if (lower.includes(sub)) {
        open[made.id >> 5]! |= 1 << (made.id & 31);
        break;
      }
    }
  }
  return open;
}

/** Opens the gates of the keys that begin at `p`. */
function probe(lower: string, p: number, open: number[]): void {
  const n = Math.min(lower.length, p + MAX_KEY);
  if (n - p < 2) return;
  const c0 = lower.charCodeAt(p);
  const c1 = lower.charCodeAt(p + 1);
  // Most words begin with two characters no key begins with: one array read rules them out.
  if (c1 > 127 || FIRST_TWO[c0 * 128 + c1] === 0) return;
  let key = c0 * 128 + c1;
  for (let k = 2; ; k++) {
    const ids = BY_KEY.get(key + OFFSET[k]!);
    if (ids) for (const id of ids) open[id >> 5]! |= 1 << (id & 31);
    if (p + k >= n) return;
    const d = lower.charCodeAt(p + k);
    if (d > 127) return;
    key = key * 128 + d;
  }
}
