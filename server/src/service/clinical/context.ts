/**
 * The ConText engine: which triggers cover which tokens of a sentence, and the status of a target.
 *
 * Linear time: triggers are matched by a table keyed on their first token (longest match wins, at
 * most a few phrases per key), then one forward and one backward pass record, for each token, the
 * categories whose scope reaches it. A target's status is then a look-up, however many targets.
 */

import { type Token, tokenAt, tokenize } from './tokens';
import { type ScopeCategory, TRIGGERS, type Trigger } from './triggers';
import type { AssertionStatus } from './types';

interface CompiledTrigger {
  readonly trigger: Trigger;
  readonly words: readonly string[];
}

const BY_FIRST = compile(TRIGGERS);

function compile(triggers: readonly Trigger[]): Map<string, CompiledTrigger[]> {
  const map = new Map<string, CompiledTrigger[]>();
  for (const trigger of triggers) {
    const words = tokenize(trigger.phrase).map((t) => t.text);
    if (words.length === 0) continue;
    const list = map.get(words[0]!) ?? [];
    list.push({ trigger, words });
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

const BIT: Readonly<Record<ScopeCategory, number>> = {
  negation: 1,
  normal: 2,
  hypothetical: 4,
  historical: 8,
  experiencer: 16,
};

/** A trigger found in a sentence. */
export interface TriggerMatch {
  readonly trigger: Trigger;
  /** First and one-past-last token. */
  readonly from: number;
  readonly to: number;
}

/** Triggers of a tokenised sentence, longest match first, left to right, without overlap. */
export function matchTriggers(tokens: readonly Token[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(tokens, i);
    if (found) {
      out.push({ trigger: found.trigger, from: i, to: i + found.words.length });
      i += found.words.length;
    } else i++;
  }
  return out;
}

function longestAt(tokens: readonly Token[], i: number): CompiledTrigger | undefined {
  const list = BY_FIRST.get(tokens[i]!.text);
  if (!list) return undefined;
  return list.find((c) => c.words.every((w, k) => tokens[i + k]?.text === w));
}

/** The scopes of one sentence: for each token, the categories covering it. */
export class SentenceContext {
  readonly tokens: readonly Token[];
  readonly triggers: readonly TriggerMatch[];
  private readonly forward: Uint8Array;
  private readonly backward: Uint8Array;

  constructor(text: string) {
    this.tokens = tokenize(text);
    this.triggers = matchTriggers(this.tokens);
    const n = this.tokens.length;
    this.forward = new Uint8Array(n);
    this.backward = new Uint8Array(n);
    this.scanForward();
    this.scanBackward();
  }

  // "normal" scopes also end at a comma: "Although the exam was normal, the EMG showed ..."; others do
  // not, so "denies numbness, tingling or weakness" and "recommended PT, acupuncture and TENS" hold.
  private scanForward(): void {
    const reach = [new Map<number, number>(), new Map<number, number>()] as const;
    let t = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      let mask = 0;
      for (const map of reach) for (const [bit, last] of map) if (last >= i) mask |= bit;
      this.forward[i] = mask;
      if (this.tokens[i]!.text === ',') reach[1].clear();
      const m = this.triggers[t];
      if (m && m.from === i) {
        t++;
        const { category, direction, window } = m.trigger;
        if (category === 'terminator') for (const map of reach) map.clear();
        else if (category !== 'pseudo' && direction !== 'backward') {
          const bit = BIT[category];
          const map = reach[category === 'normal' ? 1 : 0];
          const last = window === undefined ? Number.MAX_SAFE_INTEGER : m.to - 1 + window;
          map.set(bit, Math.max(map.get(bit) ?? -1, last));
        }
      }
    }
  }

  private scanBackward(): void {
    const reach = [new Map<number, number>(), new Map<number, number>()] as const;
    let t = this.triggers.length - 1;
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      let mask = 0;
      for (const map of reach) for (const [bit, first] of map) if (first <= i) mask |= bit;
      this.backward[i] = mask;
      if (this.tokens[i]!.text === ',') reach[1].clear();
      const m = this.triggers[t];
      if (m && m.from === i) {
        t--;
        const { category, direction, window } = m.trigger;
        if (category === 'terminator') for (const map of reach) map.clear();
        else if (category !== 'pseudo' && direction !== 'forward') {
          const bit = BIT[category];
          const map = reach[category === 'normal' ? 1 : 0];
          const first = window === undefined ? 0 : m.from - window;
          map.set(bit, Math.min(map.get(bit) ?? Number.MAX_SAFE_INTEGER, first));
        }
      }
    }
  }

  /**
   * The status of the target at characters `[start, end)`: forward scopes are read at its last
   * token (so "normal" inside "normal sensation" counts), backward scopes at its first.
   */
  statusOf(start: number, end: number, ignore: readonly ScopeCategory[] = []): AssertionStatus {
    const n = this.tokens.length;
    if (n === 0) return 'present';
    const first = Math.min(tokenAt(this.tokens, start), n - 1);
    const last = Math.max(first, Math.min(tokenAt(this.tokens, Math.max(start, end - 1)), n - 1));
    let mask = this.forward[last]! | this.backward[first]!;
    for (const c of ignore) mask &= ~BIT[c];
    if (mask & BIT.experiencer) return 'other-person';
    // Hypothetical outranks negation: "not recommended for patients with X" is a conditional.
    if (mask & BIT.hypothetical) return 'hypothetical';
    if (mask & (BIT.negation | BIT.normal)) return 'absent';
    if (mask & BIT.historical) return 'historical';
    return 'present';
  }
}
