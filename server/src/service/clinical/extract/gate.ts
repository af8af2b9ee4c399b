/**
 * Prefilters for the extractors' regular expressions. Most sentences name none of the things a family
 * of patterns looks for, yet each pattern would scan every one of them; a sentence is instead read
 * once, word by word, and a pattern runs only when one of its keys begins a word of the sentence.
 *
 * Why this is safe: every key of a pattern is the beginning of a word that every match of the pattern
 * holds at a word start (after a `\b`, white space or a literal space), stated next to the pattern. A
 * sentence where no key begins a word therefore cannot match, and skipping the pattern changes
 * nothing. Patterns whose matches need not hold such a word (a score "7/10") add a cue, a cheap
 * expression every such match satisfies. The property tests in test/service/clinical/gate.test.ts
 * check both claims on random text.
 */

/** A regular expression with the keys that every match of it holds. */
export interface Pattern {
  readonly re: RegExp;
  /** The string it runs on: the lower-cased sentence or the sentence as written. */
  readonly source: 'lower' | 'text';
  /** Word beginnings (lower case) one of which begins a word in every match. */
  readonly words: readonly string[];
  /** Tried on the lower-cased sentence when no key is there: true for every match without a key. */
  readonly cue: RegExp | undefined;
  /** Its bit in what `openGates` returns. */
  readonly id: number;
}

/** Characters of a key looked up (the rest, if any, is compared after): few enough to pack. */
const MAX_KEY = 4;
/** Packed keys of different lengths must not collide: each length has its own range (all small integers). */
const OFFSET = [0, 0, 0, 1 << 14, (1 << 14) + (1 << 21)];

interface Entry {
  readonly id: number;
  readonly key: string;
}

/** The keys by their first MAX_KEY characters, packed. */
const BY_PREFIX = new Map<number, Entry[]>();
/** 1 at `c0 * 128 + c1` when some key begins with those two characters. */
const FIRST_TWO = new Uint8Array(128 * 128);
/** Every pattern made, in order (read by the tests). */
export const PATTERNS: Pattern[] = [];

function pack(key: string): number {
  let value = 0;
  for (let i = 0; i < key.length; i++) value = value * 128 + key.charCodeAt(i);
  return value + OFFSET[key.length]!;
}

/** A pattern that runs only on sentences where one of `words` begins a word (or `cue` matches). */
export function pattern(
  re: RegExp,
  words: readonly string[],
  options: { source?: 'lower' | 'text'; cue?: RegExp } = {},
): Pattern {
  const made: Pattern = {
    re,
    source: options.source ?? 'lower',
    words,
    cue: options.cue,
    id: PATTERNS.length,
  };
  for (const key of words) {
    // A key is plain lower-case ASCII of two characters at least, beginning with a word character.
    if (!/^[a-z0-9_][\x20-\x7e]+$/.test(key)) throw new Error(`bad key "${key}"`);
    FIRST_TWO[key.charCodeAt(0) * 128 + key.charCodeAt(1)] = 1;
    const prefix = pack(key.slice(0, MAX_KEY));
    const list = BY_PREFIX.get(prefix);
    if (list) list.push({ id: made.id, key });
    else BY_PREFIX.set(prefix, [{ id: made.id, key }]);
  }
  PATTERNS.push(made);
  return made;
}

/** 1 for the characters of `\w` ([A-Za-z0-9_]), by code. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

function isWordChar(c: number): boolean {
  return c < 128 && WORD[c] === 1;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The patterns one of whose keys begins a word of the sentence (`text`, and `lower`, its lower case
 * of the same length), as bits by pattern id; read them with `gateOpen`. A word begins where a word
 * character follows a non-word character in either string: `\b` in a pattern run on the sentence as
 * written sees "K" (the Kelvin sign) as a non-word character, though its lower case is "k".
 */
export function openGates(lower: string, text: string): number[] {
  // One bit a pattern (a plain array of small integers costs less to make than a typed array).
  const open: number[] = [];
  for (let i = 0; i < PATTERNS.length; i += 32) open.push(0);
  // Where the sentence is ASCII, both strings have their word characters at the same places.
  const ascii = !NON_ASCII.test(text);
  const n = lower.length;
  let p = 0;
  while (p < n) {
    if (!isWordChar(lower.charCodeAt(p))) {
      p++;
      continue;
    }
    probe(lower, p, open);
    for (p++; p < n && isWordChar(lower.charCodeAt(p)); p++) {
      if (!ascii && text.charCodeAt(p - 1) > 127) probe(lower, p, open);
    }
  }
  return open;
}

/** Sets the bits of the keys that begin at `p`. */
function probe(lower: string, p: number, open: number[]): void {
  const n = Math.min(lower.length, p + MAX_KEY);
  if (n - p < 2) return;
  const c0 = lower.charCodeAt(p);
  const c1 = lower.charCodeAt(p + 1);
  // Most words begin with two characters no key begins with: one array read rules them out.
  if (c1 > 127 || FIRST_TWO[c0 * 128 + c1] === 0) return;
  let prefix = c0 * 128 + c1;
  for (let k = 2; ; k++) {
    const entries = BY_PREFIX.get(prefix + OFFSET[k]!);
    if (entries) {
      for (const { id, key } of entries) {
        if (key.length <= MAX_KEY || lower.startsWith(key, p)) open[id >> 5]! |= 1 << (id & 31);
      }
    }
    if (p + k >= n) return;
    const d = lower.charCodeAt(p + k);
    if (d > 127) return;
    prefix = prefix * 128 + d;
  }
}

/**
 * Whether `p` may match the sentence whose gates are `open` (null: the prefilter is off): a key of it
 * begins a word, or its cue matches `lower`.
 */
export function gateOpen(open: readonly number[] | null, p: Pattern, lower: string): boolean {
  if (open === null || (open[p.id >> 5]! & (1 << (p.id & 31))) !== 0) return true;
  return p.cue?.test(lower) === true;
}
