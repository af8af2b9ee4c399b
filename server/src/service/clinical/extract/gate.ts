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

import { AsciiTrie } from '../asciiTrie';

/** A regular expression with the keys that every match of it holds. */
export class Pattern {
  constructor(
    readonly re: RegExp,
    /** The string it runs on: the lower-cased sentence or the sentence as written. */
    readonly source: 'lower' | 'text',
    /** Word beginnings (lower case) one of which begins a word in every match. */
    readonly words: readonly string[],
    /** Tried on the lower-cased sentence when no key is there: true for every match without a key. */
    readonly cue: RegExp | undefined,
    /** Its bit in what `openGates` returns. */
    readonly id: number,
    /**
     * Strings one of which every match of `cue` holds: a sentence holding none cannot match the cue,
     * so it is not run (a native substring search costs less than a regular expression's).
     */
    readonly cueHolds: readonly string[] = [],
  ) {}

  /**
   * Whether it may match the sentence whose gates are `open` (null: the prefilter is off): a key of
   * it begins a word, or its cue matches `lower`.
   */
  mayMatch(open: readonly number[] | null, lower: string): boolean {
    if (open === null || (open[this.id >> 5]! & (1 << (this.id & 31))) !== 0) return true;
    if (this.cue === undefined) return false;
    if (this.cueHolds.length > 0 && !holdsAny(lower, this.cueHolds)) return false;
    return this.cue.test(lower);
  }
}

function holdsAny(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

/**
 * The keys' first MAX_KEY characters as a trie; a node holds the keys cut to end there (compared in
 * full where longer). A word's first characters walk it; most words leave at the first step.
 */
const MAX_KEY = 4;
const KEYS = new AsciiTrie<{ readonly id: number; readonly key: string }[]>(64, () => []);
/** Every pattern made, in order (read by the tests). */
export const PATTERNS: Pattern[] = [];

function addKey(key: string, id: number): void {
  KEYS.at(KEYS.insert(key.slice(0, MAX_KEY))).push({ id, key });
}

/** A pattern that runs only on sentences where one of `words` begins a word (or `cue` matches). */
export function pattern(
  re: RegExp,
  words: readonly string[],
  options: { source?: 'lower' | 'text'; cue?: RegExp; cueHolds?: readonly string[] } = {},
): Pattern {
  const made = new Pattern(
    re,
    options.source ?? 'lower',
    words,
    options.cue,
    PATTERNS.length,
    options.cueHolds,
  );
  for (const key of words) {
    // A key is plain lower-case ASCII of two characters at least, beginning with a word character.
    if (!/^[a-z0-9_][\x20-\x7e]+$/.test(key)) throw new Error(`bad key "${key}"`);
    addKey(key, made.id);
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
 * of the same length), as bits by pattern id (read by `Pattern.mayMatch`). A word begins where a word
 * character follows a non-word character in either string: `\b` in a pattern run on the sentence as
 * written sees "K" (the Kelvin sign) as a non-word character, though its lower case is "k".
 */
export function openGates(lower: string, text: string): number[] {
  // One bit a pattern (a plain array of small integers costs less to make than a typed array).
  const open: number[] = [];
  for (let i = 0; i < PATTERNS.length; i += 32) open.push(0);
  // Where the sentence is ASCII, both strings have their word characters at the same places, and
  // `\b` in a native search sees the word starts this loop would.
  const ascii = !NON_ASCII.test(text);
  if (ascii) {
    const starts = keyStarts();
    starts.lastIndex = 0;
    for (let m = starts.exec(lower); m; m = starts.exec(lower)) {
      probe(lower, m.index, open);
      starts.lastIndex = m.index + 1;
    }
    return open;
  }
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

/**
 * Word starts where a key may begin: `\b` and the first MAX_KEY characters of any key (the trie
 * then tells which keys are there). Made again when patterns were added since.
 */
let startsMade: { readonly re: RegExp; readonly patterns: number } | undefined;

function keyStarts(): RegExp {
  if (startsMade?.patterns !== PATTERNS.length) {
    const prefixes = new Set(PATTERNS.flatMap((p) => p.words.map((w) => w.slice(0, MAX_KEY))));
    const escaped = [...prefixes].map((w) => w.replace(/[^a-z0-9_]/g, (c) => `\\${c}`));
    startsMade = { re: new RegExp(`\\b(?:${escaped.join('|')})`, 'g'), patterns: PATTERNS.length };
  }
  return startsMade.re;
}

/** Sets the bits of the keys that begin at `p`. */
function probe(lower: string, p: number, open: number[]): void {
  const n = Math.min(lower.length, p + MAX_KEY);
  let node = 0;
  for (let k = p; k < n; k++) {
    const c = lower.charCodeAt(k);
    if (c > 127) return;
    node = KEYS.step(node, c);
    if (node === 0) return;
    for (const { id, key } of KEYS.at(node)) {
      if (key.length <= MAX_KEY || lower.startsWith(key, p)) open[id >> 5]! |= 1 << (id & 31);
    }
  }
}
