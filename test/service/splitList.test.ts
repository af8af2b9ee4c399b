/**
 * splitList skips the separator look-up for "@" to DEL when no separator lies there: it must split
 * exactly as the plain look-up on every character does, for every separator set.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type Range, splitList, trimRange } from '../../server/src/service/citations/located';

/** The definition: every character checked against the separators, as before the fast path. */
function reference(text: string, start: number, end: number, separators: string): Range[] {
  const out: Range[] = [];
  const push = (a: number, z: number) => {
    let r = trimRange(text, a, z);
    if (text.startsWith('and ', r.start)) r = trimRange(text, r.start + 4, r.end);
    if (r.end > r.start) out.push(r);
  };
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (Number.isNaN(c) || separators.includes(String.fromCharCode(c)))) {
      push(from, i);
      from = i + 1;
    }
  }
  push(from, end);
  return out;
}

const chars = fc.constantFrom(...'ab Z@~,;:/()-.\u2013x1 and '.split(''), '\u00e9', '\u007f');

test('splitList agrees with the plain look-up on random lists and separator sets', () => {
  fc.assert(
    fc.property(
      fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
      fc.constantFrom(',', ',;', ',;:/\u2013', 'a,', '@~', 'Z', ''),
      fc.nat(45),
      fc.nat(45),
      (text, separators, x, y) => {
        const start = Math.min(x, text.length);
        const end = Math.max(start, y);
        assert.deepEqual(splitList(text, start, end, separators), reference(text, start, end, separators));
      },
    ),
    { numRuns: 3000 },
  );
});
