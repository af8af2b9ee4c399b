/**
 * Per-catalog memos for catalog lookups that recur across letters (the same guideline lines and topic
 * names are cited again and again). Each memo belongs to one Catalog object (a WeakMap on it), so a
 * team catalog (catalog/merge.ts, a different object) never sees the bundled catalog's results, and a
 * dropped catalog takes its memos with it. Each memo is bounded: the language server runs for days.
 */
import type { Catalog } from './catalog';

/** Keys kept per memo before the oldest is dropped (a few KB each at most). */
const LIMIT = 4096;

/** A memo of a pure function of (catalog, key), bounded by dropping the oldest key. */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit = LIMIT) {}

  get(key: string, compute: () => V): V {
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
 * An unambiguous key for a list of values: strings are JSON-quoted (so no text can imitate a
 * separator), numbers keep NaN apart from null, and arrays are bracketed.
 */
export function memoKey(values: readonly KeyPart[]): string {
  let out = '';
  for (const v of values) {
    if (out) out += ',';
    if (Array.isArray(v)) out += `[${memoKey(v)}]`;
    else out += typeof v === 'string' ? JSON.stringify(v) : String(v);
  }
  return out;
}

export type KeyPart = string | number | boolean | null | undefined | readonly KeyPart[];
