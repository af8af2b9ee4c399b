/**
 * matchLabel compares the labels in place instead of on a lower-cased copy of the line's head: it
 * must find the same label, text start and label text as the comparison on the lower-cased copy.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type LabelSet, matchLabel } from '../../server/src/service/parser/letter/fields';
import type { LetterLines, Line } from '../../server/src/service/parser/letter/lines';

const LABELS: Record<LabelSet, string[]> = {
  'letter-2014': [
    'claims administrator guideline',
    'maximus guideline',
    'reviewer guideline',
    'expert reviewer guideline',
    'decision rationale',
  ],
  'letter-2013': [
    'medical treatment guideline(s) relied upon by the claims administrator',
    'medical treatment guideline relied upon by the claims administrator',
    'medical treatment guideline(s) relied upon by the expert reviewer',
    'medical treatment guideline relied upon by the expert reviewer',
    'rationale for the decision',
  ],
};

/** The definition: the label looked for at the start of the lower-cased first 90 characters. */
function reference(text: string, set: LabelSet): { label: string; textStart: number } | null {
  const colon = text.indexOf(':');
  if (colon < 0 || colon >= 90) return null;
  const head = text.slice(0, 90).toLowerCase();
  for (const label of LABELS[set]) {
    if (!head.startsWith(label)) continue;
    let k = label.length;
    while (k < head.length && head.charCodeAt(k) === 32) k++;
    if (head.charCodeAt(k) !== 58) continue;
    return { label: text.slice(0, label.length), textStart: k + 1 };
  }
  return null;
}

function lineOf(text: string): LetterLines {
  const line: Line = {
    index: 0,
    start: 0,
    end: text.length,
    textStart: 0,
    textEnd: text.length,
    text,
    indent: 0,
    blank: text.trim() === '',
    skip: false,
  };
  return { source: text, lines: [line], doubleSpaced: false };
}

const label = fc
  .tuple(
    fc.constantFrom(...LABELS['letter-2014'], ...LABELS['letter-2013']),
    fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    fc.nat(100),
    fc.option(fc.tuple(fc.nat(79), fc.constantFrom('\u0130', '\u212a', 'I', 'x', ':'))),
  )
  .map(([l, upper, cut, change]) => {
    let s = [...l.slice(0, cut % 5 === 0 ? cut % l.length : l.length)]
      .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch))
      .join('');
    if (change && s.length > 0) {
      const at = change[0] % s.length;
      s = s.slice(0, at) + change[1] + s.slice(at + 1);
    }
    return s;
  });
const tail = fc
  .array(fc.constantFrom(' ', ':', 'a', '\u0130', 'x'), { maxLength: 30 })
  .map((a) => a.join(''));
const lead = fc.constantFrom('', '', '', '\u0130', ' ', 'x');

test('matchLabel agrees with the comparison on the lower-cased head', () => {
  fc.assert(
    fc.property(
      lead,
      label,
      tail,
      fc.nat(30),
      fc.constantFrom<LabelSet>('letter-2013', 'letter-2014'),
      (a, l, t, pad, set) => {
        const text = a + l + ' '.repeat(pad) + t;
        const got = matchLabel(lineOf(text), 0, set);
        assert.deepEqual(got && { label: got.label, textStart: got.textStart }, reference(text, set));
      },
    ),
    { numRuns: 20_000 },
  );
});
