/**
 * The treatment classifier: an item's request ("Diazepam 10mg, QTY: 60", "Lumbar ESI L4-5") to the kind
 * of treatment it is. Two sources of evidence, both data: the kinds' own terms (data/treatments.json,
 * "mri lumbar", "epidural") and every catalog entry's aliases (generic and brand drug names,
 * abbreviations). Strengths and quantities are ignored; longer words may carry a typo ("diazempam").
 * When several kinds match, the one listed first in the data wins: the list runs from the most
 * specific (radiofrequency ablation, a drug class, a topical form) to the least (medication, visit).
 */
import type { Catalog } from './catalog';
import { BoundedMemo } from './memo';
import { editDistance, normalize, typoBudget } from './normalize';
import type { CatalogEntry } from './types';

export interface Treatment {
  /** e.g. `epidural-steroid-injection`, `benzodiazepine`, `opioid`, `mri-lumbar`, `physical-therapy`. */
  readonly kind: string;
  /** Human label ("Epidural steroid injection"). */
  readonly label: string;
  /** Catalog entries that cover it, best first. */
  readonly entryIds: readonly string[];
}

/** A phrase of the data: the words that must all appear. */
interface Phrase {
  readonly words: readonly string[];
  readonly rank: number;
  readonly kind: string;
  readonly entry?: CatalogEntry;
}

interface Index {
  /** Sorted by rank: the first phrase that matches at a rank wins. */
  readonly phrases: readonly Phrase[];
  /**
   * Every word of every phrase, keyed by first letter and length (`vocabularyKey`): a typo never
   * changes the first letter, and changes the length by at most the typo budget (2).
   */
  readonly vocabulary: ReadonlyMap<string, readonly string[]>;
  /** For each word, the positions in `phrases` of the phrases that use it, ascending. */
  readonly phrasesByWord: ReadonlyMap<string, readonly number[]>;
  /** Normalized words of each entry's chapter and topic, for ranking the entries. */
  readonly entryWords: Map<CatalogEntry, readonly string[]>;
  /** Memo of `wordsMatching`: a request token to the words of the data it matches. */
  readonly tokenWords: BoundedMemo<readonly string[]>;
  /** Memo of `classifyTreatment`: a request's tokens, joined by spaces, to its treatment. */
  readonly treatments: BoundedMemo<Treatment | null>;
  /** The same memo keyed by the request as written. */
  readonly requests: BoundedMemo<Treatment | null>;
}

/** Requests are short; a pasted paragraph is cut here to stay cheap. */
const MAX_TOKENS = 80;
const MAX_ENTRIES = 10;
const indexes = new WeakMap<Catalog, Index>();

export function classifyTreatment(request: string, catalog: Catalog): Treatment | null {
  const index = indexOf(catalog);
  // The same request text (in any document) is not even tokenised again.
  return index.requests.get(request, () => classifyRequest(request, catalog, index));
}

function classifyRequest(request: string, catalog: Catalog, index: Index): Treatment | null {
  const tokens = requestTokens(request);
  if (tokens.length === 0) return null;
  // What follows depends on the tokens and the catalog alone: requests that differ in strength,
  // quantity or level ("Norco 10/325mg #60", "Norco 5/325 #90") share one answer (frozen, as
  // documents share it).
  return index.treatments.get(tokens.join(' '), () => classifyTokens(tokens, catalog, index));
}

function classifyTokens(tokens: readonly string[], catalog: Catalog, index: Index): Treatment | null {
  // Which words of the data the request has (exactly or with a typo), found through the vocabulary
  // rather than by comparing every phrase with every token: then only phrases using those words are tried.
  const matched = new Set<string>();
  for (const t of tokens) for (const w of wordsMatching(index, t)) matched.add(w);
  const candidates = new Set<number>();
  for (const w of matched) for (const i of index.phrasesByWord.get(w) ?? []) candidates.add(i);
  let best: Phrase | null = null;
  const aliasHits: CatalogEntry[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const p = index.phrases[i]!;
    if (best && p.rank > best.rank && !p.entry) continue;
    if (!p.words.every((w) => matched.has(w))) continue;
    if (p.entry) aliasHits.push(p.entry);
    if (!best || p.rank < best.rank || (p.rank === best.rank && p.words.length > best.words.length)) best = p;
  }
  if (!best) return null;
  const kind = best.kind;
  const label = catalog.treatmentKind(kind)?.label ?? kind;
  const hits = new Set(aliasHits.filter((e) => e.treatments.includes(kind)));
  // Own keys only: the token "constructor" used to reach Object's prototype here and throw.
  const where = new Set(tokens.flatMap((t) => [t, ...(Object.hasOwn(BODY_WORDS, t) ? BODY_WORDS[t]! : [])]));
  const score = (e: CatalogEntry) => {
    let s = hits.has(e) ? 2 : 0;
    for (const w of wordsOf(index, e)) if (where.has(w)) s++;
    return s;
  };
  // Stable sort: equal scores keep the catalog's surest-first order.
  const entryIds = [...new Set([...hits, ...catalog.entriesForTreatment(kind)])]
    .map((e, i) => ({ e, i, s: score(e) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, MAX_ENTRIES)
    .map((x) => x.e.id);
  return Object.freeze({ kind, label, entryIds: Object.freeze(entryIds) });
}

/** Words a request uses for a body part, and the words chapters use for it. */
const BODY_WORDS: Record<string, readonly string[]> = {
  lumbar: ['low', 'back'],
  lumbosacral: ['low', 'back', 'lumbar'],
  thoracic: ['back'],
  cervical: ['neck'],
  wrist: ['hand', 'forearm'],
  hand: ['wrist', 'forearm'],
  finger: ['hand'],
  hip: ['pelvis'],
  foot: ['ankle'],
  ankle: ['foot'],
  knee: ['leg'],
};

/** Words of a request without strengths, quantities and levels ("10mg", "#60", "L4-5", "2x6"). */
export function requestTokens(request: string): string[] {
  return normalize(request)
    .split(' ')
    .filter((t) => t !== '' && !/\d/.test(t))
    .slice(0, MAX_TOKENS);
}

/** The most typos `typoBudget` allows any word (derived, so the two cannot drift apart). */
const MAX_TYPOS = typoBudget(Number.MAX_SAFE_INTEGER);

function vocabularyKey(word: string, length: number): string {
  return `${word[0]}${length}`;
}

function wordsOf(index: Index, entry: CatalogEntry): readonly string[] {
  let words = index.entryWords.get(entry);
  if (!words) {
    words = normalize(`${entry.chapter} ${entry.topic}`).split(' ');
    index.entryWords.set(entry, words);
  }
  return words;
}

/**
 * The words of the data a token stands for (itself, or with a typo), in vocabulary order. Memoised
 * per catalog index: the answer depends on the token and this catalog's vocabulary only, and
 * requests repeat their words ("lumbar", "injection"). Bounded (catalog/memo.ts): a server running
 * for days holds a few thousand tokens per catalog at most.
 */
function wordsMatching(index: Index, token: string): readonly string[] {
  return index.tokenWords.get(token, () => {
    const words: string[] = [];
    for (let length = token.length - MAX_TYPOS; length <= token.length + MAX_TYPOS; length++) {
      for (const w of index.vocabulary.get(vocabularyKey(token, length)) ?? []) {
        if (sameWord(token, w)) words.push(w);
      }
    }
    return words;
  });
}

function sameWord(token: string, word: string): boolean {
  if (token === word) return true;
  const budget = typoBudget(word.length);
  if (budget === 0 || token.charCodeAt(0) !== word.charCodeAt(0)) return false;
  return editDistance(token, word, budget) <= budget;
}

function indexOf(catalog: Catalog): Index {
  let index = indexes.get(catalog);
  if (index) return index;
  const kinds = catalog.treatmentKinds;
  const rank = new Map(kinds.map((k, i) => [k.kind, i]));
  const termPhrases: Phrase[] = kinds.flatMap((k, i) =>
    k.terms.map((t) => {
      const words = normalize(t).split(' ').filter(Boolean);
      return { words, rank: i, kind: k.kind };
    }),
  );
  const aliasPhrases: Phrase[] = [];
  for (const entry of catalog.entries) {
    if (entry.treatments.length === 0) continue;
    for (const alias of entry.aliases) {
      const words = normalize(alias)
        .split(' ')
        .filter((w) => w && !/\d/.test(w));
      if (words.length === 0) continue;
      // The alias's own words may say a kind ("EMG lower extremities", "TENS"); else it takes the
      // entry's kind, but only when the entry has one: "cold" in a heat/TENS/traction topic says nothing.
      const said = termPhrases.find((p) => p.words.every((w) => words.includes(w)));
      if (!said && entry.treatments.length > 1) continue;
      const kind = said?.kind ?? entry.treatments[0]!;
      aliasPhrases.push({
        words,
        rank: rank.get(kind) ?? kinds.length,
        kind,
        entry,
      });
    }
  }
  const phrases = [...termPhrases, ...aliasPhrases].sort((a, b) => a.rank - b.rank);
  const vocabulary = new Map<string, string[]>();
  const phrasesByWord = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    for (const w of new Set(p.words)) {
      const list = phrasesByWord.get(w);
      if (list) list.push(i);
      else {
        phrasesByWord.set(w, [i]);
        const key = vocabularyKey(w, w.length);
        const bucket = vocabulary.get(key) ?? [];
        bucket.push(w);
        vocabulary.set(key, bucket);
      }
    }
  });
  index = {
    phrases,
    vocabulary,
    phrasesByWord,
    entryWords: new Map(),
    tokenWords: new BoundedMemo(),
    treatments: new BoundedMemo(),
    requests: new BoundedMemo(),
  };
  indexes.set(catalog, index);
  return index;
}
