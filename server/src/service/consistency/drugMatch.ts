/**
 * Drug names in a normalised treatment phrase: brand and generic names, names of two words, and
 * one-letter typos of names of six letters or more ("diazempam", "tramdaol").
 */
import { DRUG_NAMES } from './drugs';

const DRUG_KEYS = Object.keys(DRUG_NAMES);

/**
 * Drug names of six letters or more, each filed under itself and under every string one deletion
 * away from it (positions in DRUG_KEYS, ascending). Two words within one edit (Damerau) always
 * share such a string: a substitution at i leaves the same string once i is deleted from both, a
 * swap once the same one of the two letters is deleted from each, and an insertion is undone by one
 * deletion. So a word's candidates are found by a few lookups instead of comparing it with every
 * name; `withinOneEdit` still decides.
 */
const NEAR_DRUGS: ReadonlyMap<string, readonly number[]> = (() => {
  const near = new Map<string, number[]>();
  DRUG_KEYS.forEach((k, index) => {
    if (k.length < 6) return;
    for (const v of new Set([k, ...deletions(k)])) {
      const list = near.get(v);
      if (list) list.push(index);
      else near.set(v, [index]);
    }
  });
  return near;
})();

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * A word of five letters or more within one edit of a name of six or more has, in common with that
 * name, a prefix and a suffix of four letters or more in all: the edit touches at most two
 * neighbouring letters. So it shares the first three letters, or the last three, or the first two
 * and the last two. A word that shares none of these with any name is near none; most words end here.
 */
const LONG_DRUG_KEYS = DRUG_KEYS.filter((k) => k.length >= 6);
const DRUG_STARTS = new Set(LONG_DRUG_KEYS.map((k) => k.slice(0, 3)));
const DRUG_ENDS = new Set(LONG_DRUG_KEYS.map((k) => k.slice(-3)));
const DRUG_ENDS_BOTH = new Set(LONG_DRUG_KEYS.map((k) => k.slice(0, 2) + k.slice(-2)));

function mayBeNearDrug(w: string): boolean {
  return (
    w.length < 5 ||
    DRUG_STARTS.has(w.slice(0, 3)) ||
    DRUG_ENDS.has(w.slice(-3)) ||
    DRUG_ENDS_BOTH.has(w.slice(0, 2) + w.slice(-2))
  );
}

/** The first drug name (in DRUG_KEYS order) of six letters or more within one edit of `w`. */
export function nearDrug(w: string): string | undefined {
  if (!mayBeNearDrug(w)) return undefined;
  let best = -1;
  for (const v of [w, ...deletions(w)]) {
    for (const index of NEAR_DRUGS.get(v) ?? []) {
      if ((best < 0 || index < best) && withinOneEdit(w, DRUG_KEYS[index]!)) best = index;
    }
  }
  return best < 0 ? undefined : DRUG_KEYS[best];
}

/** Own keys only: "constructor" in a phrase is no drug (it used to reach Object's prototype and throw). */
const DRUGS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(DRUG_NAMES));
/** First words of the names of two words ("ms contin"): only after these is a pair of words looked up. */
const FIRST_OF_TWO = new Set(DRUG_KEYS.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

export function drugsIn(t: string): Set<string> {
  const out = new Set<string>();
  const words = t.match(/[a-z]{3,}/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = i + 1 < words.length && FIRST_OF_TWO.has(w) ? DRUGS.get(`${w} ${words[i + 1]}`) : undefined;
    const hit = two ?? DRUGS.get(w) ?? (w.length >= 6 ? nearDrug(w) : undefined);
    const ingredients = typeof hit === 'string' ? DRUGS.get(hit) : hit;
    for (const g of ingredients ?? []) out.add(g);
  }
  return out;
}

/** Damerau distance at most 1 ("diazempam", "ibuprofin", "tramdaol"). Linear in the word length. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
