/**
 * The ConText engine: which triggers cover which tokens of a sentence, and the status of a target.
 *
 * Linear time: triggers are matched by a table keyed on their first token (longest match wins, at
 * most a few phrases per key), then one forward and one backward pass record, for each token, the
 * categories whose scope reaches it. A target's status is then a look-up, however many targets.
 */

import { AsciiTrie } from './asciiTrie';
import { Tokens, tokenize } from './tokens';
import { type ScopeCategory, TRIGGERS, type Trigger } from './triggers';
import type { AssertionStatus } from './types';

interface CompiledTrigger {
  readonly trigger: Trigger;
  readonly words: readonly string[];
}

/**
 * A filter before the map: the bucket (first character, last character, length) of every trigger's
 * first word is marked, so a token in an unmarked bucket begins no trigger and skips the map look-up
 * (most tokens do; a look-up hashes the token's new string).
 */
const FIRST_BUCKETS = new Uint8Array(1024);

function bucket(first: number, last: number, length: number): number {
  return (first * 31 + last * 7 + length) & 1023;
}

/**
 * The trigger first words as a trie, so that an ASCII token is looked up by reading its characters in
 * the sentence, without making its lower-cased string: a node holds the triggers whose first word
 * ends there. It holds exactly the ASCII words of BY_FIRST (a non-ASCII word can equal no ASCII
 * token), with the same lists, so both look-ups find the same triggers.
 */
const FIRST_WORDS = new AsciiTrie<CompiledTrigger[] | undefined>(64, () => undefined);

const BY_FIRST = compile(TRIGGERS);

function compile(triggers: readonly Trigger[]): Map<string, CompiledTrigger[]> {
  const map = new Map<string, CompiledTrigger[]>();
  for (const trigger of triggers) {
    const words = tokenize(trigger.phrase).map((t) => t.text);
    if (words.length === 0) continue;
    const w = words[0]!;
    FIRST_BUCKETS[bucket(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;
    const list = map.get(words[0]!) ?? [];
    list.push({ trigger, words });
    map.set(words[0]!, list);
  }
  for (const [word, list] of map) {
    list.sort((a, b) => b.words.length - a.words.length);
    addWord(word, list);
  }
  return map;
}

function addWord(word: string, list: CompiledTrigger[]): void {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return;
  FIRST_WORDS.set(FIRST_WORDS.insert(word), list);
}

/** Each scope category's bit is `1 << INDEX[category]`. */
const INDEX: Readonly<Record<ScopeCategory, number>> = {
  negation: 0,
  normal: 1,
  hypothetical: 2,
  historical: 3,
  experiencer: 4,
};
const NORMAL = INDEX.normal;

const BIT: Readonly<Record<ScopeCategory, number>> = {
  negation: 1 << INDEX.negation,
  normal: 1 << INDEX.normal,
  hypothetical: 1 << INDEX.hypothetical,
  historical: 1 << INDEX.historical,
  experiencer: 1 << INDEX.experiencer,
};

/** A trigger found in a sentence. */
export interface TriggerMatch {
  readonly trigger: Trigger;
  /** First and one-past-last token. */
  readonly from: number;
  readonly to: number;
}

/** Triggers of a tokenised sentence, longest match first, left to right, without overlap. */
export function matchTriggers(tokens: Tokens): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let i = 0;
  while (i < tokens.count) {
    const found = longestAt(tokens, i);
    if (found) {
      out.push({ trigger: found.trigger, from: i, to: i + found.words.length });
      i += found.words.length;
    } else i++;
  }
  return out;
}

function longestAt(tokens: Tokens, i: number): CompiledTrigger | undefined {
  if (FIRST_BUCKETS[bucket(tokens.firstCode(i), tokens.lastCode(i), tokens.length(i))] === 0)
    return undefined;
  const list = tokens.isAscii(i) ? triggersOfAscii(tokens, i) : BY_FIRST.get(tokens.text(i));
  if (!list) return undefined;
  for (const c of list) {
    const { words } = c;
    if (i + words.length > tokens.count) continue;
    let k = 1;
    while (k < words.length && tokens.equals(i + k, words[k]!)) k++;
    if (k === words.length) return c;
  }
  return undefined;
}

/** The triggers whose first word is ASCII token `i` (lower-cased), by the trie. */
function triggersOfAscii(tokens: Tokens, i: number): CompiledTrigger[] | undefined {
  const sentence = tokens.sentence;
  const end = tokens.ends[i]!;
  let node = 0;
  for (let k = tokens.starts[i]!; k < end; k++) {
    let c = sentence.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    node = FIRST_WORDS.step(node, c);
    if (node === 0) return undefined;
  }
  return FIRST_WORDS.at(node);
}

/** The scopes of one sentence: for each token, the categories covering it. */
export class SentenceContext {
  readonly tokens: Tokens;
  readonly triggers: readonly TriggerMatch[];
  /**
   * For token i, at `masks[2 * i]`, the bits of the categories whose scope covers it from triggers
   * before it; at `masks[2 * i + 1]` the same from triggers after it. One array for both (a mask
   * fits in a byte: five categories); undefined when the sentence has no trigger (all masks 0).
   */
  private readonly masks: Uint8Array | undefined;

  constructor(text: string) {
    this.tokens = new Tokens(text);
    this.triggers = matchTriggers(this.tokens);
    if (this.triggers.length > 0) {
      this.masks = new Uint8Array(2 * this.tokens.count);
      this.scanForward(this.masks);
      this.scanBackward(this.masks);
    }
  }

  // "normal" scopes also end at a comma: "Although the exam was normal, the EMG showed ..."; others do
  // not, so "denies numbness, tingling or weakness" and "recommended PT, acupuncture and TENS" hold.
  // `reach[k]` is the last token the open scope of category bit `1 << k` covers, -1 when none is open.
  // `open` holds the bits of the scopes set and not yet passed: a passed scope (reach below i) adds
  // nothing again, and a new trigger of its category sets a reach at least i, above the old one.
  // While no scope is open every mask is 0 (as the array starts) and a comma changes nothing that
  // matters (a closed bit's reach is below i, and the next trigger's reach is at least i, so the max
  // is the trigger's), so the loop jumps to the next trigger, or stops when none is left.
  private scanForward(masks: Uint8Array): void {
    const reach = [-1, -1, -1, -1, -1];
    const triggers = this.triggers;
    const n = this.tokens.count;
    let open = 0;
    let t = 0;
    let next = triggers[0]!.from;
    for (let i = 0; i < n; i++) {
      if (open === 0) {
        if (t === triggers.length) break;
        i = next;
      }
      let mask = 0;
      for (let k = 0; open >> k !== 0; k++) {
        if ((open >> k) & 1) {
          if (reach[k]! >= i) mask |= 1 << k;
          else open &= ~(1 << k);
        }
      }
      masks[2 * i] = mask;
      if (this.tokens.isComma(i)) {
        reach[NORMAL] = -1;
        open &= ~(1 << NORMAL);
      }
      if (i === next) {
        const m = triggers[t++]!;
        next = t < triggers.length ? triggers[t]!.from : -1;
        const { category, direction, window } = m.trigger;
        if (category === 'terminator') {
          reach.fill(-1);
          open = 0;
        } else if (category !== 'pseudo' && direction !== 'backward') {
          const k = INDEX[category];
          const last = window === undefined ? Number.MAX_SAFE_INTEGER : m.to - 1 + window;
          reach[k] = Math.max(reach[k]!, last);
          open |= 1 << k;
        }
      }
    }
  }

  // `reach[k]` is the first token the open scope of bit `1 << k` covers, MAX_SAFE_INTEGER when none.
  // `open` and the jumps as in scanForward, from the end.
  private scanBackward(masks: Uint8Array): void {
    const none = Number.MAX_SAFE_INTEGER;
    const reach = [none, none, none, none, none];
    const triggers = this.triggers;
    let open = 0;
    let t = triggers.length - 1;
    let next = triggers[t]!.from;
    for (let i = this.tokens.count - 1; i >= 0; i--) {
      if (open === 0) {
        if (t < 0) break;
        i = next;
      }
      let mask = 0;
      for (let k = 0; open >> k !== 0; k++) {
        if ((open >> k) & 1) {
          if (reach[k]! <= i) mask |= 1 << k;
          else open &= ~(1 << k);
        }
      }
      masks[2 * i + 1] = mask;
      if (this.tokens.isComma(i)) {
        reach[NORMAL] = none;
        open &= ~(1 << NORMAL);
      }
      if (i === next) {
        const m = triggers[t--]!;
        next = t >= 0 ? triggers[t]!.from : -1;
        const { category, direction, window } = m.trigger;
        if (category === 'terminator') {
          reach.fill(none);
          open = 0;
        } else if (category !== 'pseudo' && direction !== 'forward') {
          const k = INDEX[category];
          const first = window === undefined ? 0 : m.from - window;
          reach[k] = Math.min(reach[k]!, first);
          open |= 1 << k;
        }
      }
    }
  }

  /**
   * The status of the target at characters `[start, end)`: forward scopes are read at its last
   * token (so "normal" inside "normal sensation" counts), backward scopes at its first.
   */
  statusOf(start: number, end: number, ignore: readonly ScopeCategory[] = []): AssertionStatus {
    const masks = this.masks;
    // No trigger (or no token): no scope covers any token.
    if (masks === undefined) return 'present';
    const n = this.tokens.count;
    const first = Math.min(this.tokens.at(start), n - 1);
    const last = Math.max(first, Math.min(this.tokens.at(Math.max(start, end - 1)), n - 1));
    let mask = masks[2 * last]! | masks[2 * first + 1]!;
    if (mask === 0) return 'present';
    for (const c of ignore) mask &= ~BIT[c];
    if (mask & BIT.experiencer) return 'other-person';
    // Hypothetical outranks negation: "not recommended for patients with X" is a conditional.
    if (mask & BIT.hypothetical) return 'hypothetical';
    if (mask & (BIT.negation | BIT.normal)) return 'absent';
    if (mask & BIT.historical) return 'historical';
    return 'present';
  }
}
