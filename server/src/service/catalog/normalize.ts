/**
 * Name keys for matching what letters write against catalog names: case, punctuation, "&" vs "and",
 * and the filler words letters add or drop ("Guidelines", "chapter", "MTUS") do not count.
 */

const FILLER = new Set([
  'the',
  'guidelines',
  'guideline',
  'chapter',
  'section',
  'ca',
  'california',
  'mtus',
  'of',
  'for',
  'a',
  'an',
]);

/** Lower case, "&" as "and", anything but letters and digits as one space. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The matching key of a name: normalized, without filler words. */
export function nameKey(text: string): string {
  return normalize(text)
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

/**
 * Edit distance (with transpositions) when it is at most `max`, else `max + 1`. Bounded: the band
 * keeps it O(len * max), so long strings cost little. Three rows of scratch space are reused across
 * calls (this runs thousands of times per letter); they hold nothing between calls.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0]!.length < n + 1) rows = [0, 1, 2].map(() => new Int32Array(2 * (n + 1)));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      if (Math.abs(i - j) > max) {
        cur[j] = max + 1;
        continue;
      }
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** How many typos a word of this length may carry and still match. */
export function typoBudget(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Whether `key` holds `part` as whole words. */
export function containsWords(key: string, part: string): boolean {
  if (!part) return false;
  const at = ` ${key} `.indexOf(` ${part} `);
  return at >= 0;
}
