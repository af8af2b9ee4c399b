/**
 * Per-catalog memos for catalog lookups that recur across letters (the same guideline lines and topic
 * names are cited again and again). Each memo belongs to one Catalog object (a WeakMap on it, or a
 * field of it), so a team catalog (catalog/merge.ts, a different object) never sees the bundled
 * catalog's results, and a dropped catalog takes its memos with it. Each memo is bounded: the
 * language server runs for days.
 */
import type { Catalog } from './catalog';

/** Keys kept per memo before the oldest is dropped. */
const LIMIT = 2048;
/**
 * Longer keys are not kept (their answer is computed each time): with the count bounded, this bounds
 * the memory too (about 2 MB per memo at most), and what a key stands for (a citation's parts) is no
 * bigger than the key. Real citations' keys are a few hundred characters.
 */
const MAX_KEY = 512;

/** A memo of a pure function of (catalog, key), bounded by dropping the oldest key. */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit = LIMIT) {}

  get(key: string, compute: () => V): V {
    if (key.length > MAX_KEY) return compute();
    const found = this.values.get(key);
    if (found !== undefined || this.values.has(key)) return found as V;
    const value = compute();
    if (this.values.size >= this.limit) this.values.delete(this.values.keys().next().value as string);
    this.values.set(key, value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}

/** One memo per catalog object, made on first use. */
export function perCatalog<V>(limit = LIMIT): (catalog: Catalog) => BoundedMemo<V> {
  const memos = new WeakMap<Catalog, BoundedMemo<V>>();
  return (catalog) => {
    let memo = memos.get(catalog);
    if (!memo) {
      memo = new BoundedMemo<V>(limit);
      memos.set(catalog, memo);
    }
    return memo;
  };
}

/**
 * An unambiguous key for a list of values: each value reads back on its own. A string is written with
 * its length first (so no text can imitate a separator), a number between "n" and ";" (NaN stays apart
 * from null), null, undefined and booleans as one letter, an array between brackets (no value's
 * writing starts with "]").
 */
export function memoKey(values: readonly KeyPart[]): string {
  let out = '';
  for (const v of values) {
    if (typeof v === 'string') out += `${v.length}:${v}`;
    else if (typeof v === 'number') out += `n${v};`;
    else if (v === null) out += 'N';
    else if (v === undefined) out += 'U';
    else if (typeof v === 'boolean') out += v ? 'T' : 'F';
    else out += `[${memoKey(v)}]`;
  }
  return out;
}

export type KeyPart = string | number | boolean | null | undefined | readonly KeyPart[];
