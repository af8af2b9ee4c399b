/**
 * Candidates for fuzzy name matching (`Catalog.findEntries`), so the similarity runs on a handful of
 * entries instead of every entry of a source. A catalog name scores above 0 against a query only when
 * - it equals the query (then they share their words), or
 * - one holds the other as whole words (then they share that one's first word), or
 * - it is within the typo budget of the query: `editDistance` gives up when the lengths differ by more
 *   than the budget, and the budget (`typoBudget` of the shorter length) is at most `typoBudget` of
 *   the query's length, as typoBudget never falls as the length grows.
 * So the entries with a name sharing a word with the query, or with a name whose length is within
 * `typoBudget(query.length)` of it, hold every entry that can score above 0.
 */
import { typoBudget } from './normalize';

export class NameIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byLength = new Map<number, number[]>();

  /** `keysOf[i]`: the name keys of item `i`. */
  constructor(keysOf: readonly (readonly string[])[]) {
    keysOf.forEach((keys, i) => {
      for (const k of keys) {
        for (const w of k.split(' ')) add(this.byWord, w, i);
        add(this.byLength, k.length, i);
      }
    });
  }

  /** Indexes of the items that may score above 0 against `key`, ascending. */
  candidates(key: string): number[] {
    const found = new Set<number>();
    for (const w of key.split(' ')) for (const i of this.byWord.get(w) ?? []) found.add(i);
    const budget = typoBudget(key.length);
    for (let d = -budget; d <= budget; d++)
      for (const i of this.byLength.get(key.length + d) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
}

/** Adds `i` once: items are added in ascending order, so a repeat is the list's last element. */
function add<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
