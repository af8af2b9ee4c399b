/**
 * Properties of the published-letter reader on inputs nobody wrote by hand: random strings, token
 * soups, and real letters truncated, shuffled, duplicated, salted with binary bytes, or grown to
 * 5 MB. The reader is called directly (not through readDetermination, which would catch a throw).
 * Output: counts and ratios only, never letter text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { MappedText } from '../../server/src/service/model/mappedText';
import type { Determination, Span } from '../../server/src/service/model/types';
import { readLetter } from '../../server/src/service/parser/letter/read';
import { grown } from './reader-growth';

const repoRoot = path.resolve(__dirname, '..', '..');
const shared = [path.resolve(repoRoot, '..', 'shared'), '/work/shared'].find((d) =>
  existsSync(path.join(d, 'corpus', 'letters')),
);
if (!shared) throw new Error('The shared letters were not found (../shared or /work/shared).');

const texts: string[] = [
  ...readdirSync(path.join(shared, 'corpus', 'letters')).map((f) =>
    readFileSync(path.join(shared, 'corpus', 'letters', f), 'utf8'),
  ),
  ...readdirSync(path.join(shared, 'seeds')).map((f) => readFileSync(path.join(shared, 'seeds', f), 'utf8')),
  readFileSync(path.join(repoRoot, 'test', 'fixtures', 'letters', '2013-synthetic-notice.txt'), 'utf8'),
];

function mappedTexts(det: Determination): MappedText[] {
  const out: MappedText[] = [];
  if (det.summary) out.push(det.summary);
  for (const s of det.sections) out.push(s.body);
  for (const item of det.items) {
    out.push(item.request);
    for (const f of item.fields) out.push(f.text);
    const p = item.partial;
    if (p)
      out.push(
        p.text,
        ...(p.originalRequest ? [p.originalRequest] : []),
        ...(p.authorized ? [p.authorized] : []),
      );
  }
  return out;
}

function spans(det: Determination): Span[] {
  const out: Span[] = det.problems.map((p) => p.span);
  for (const v of Object.values(det.header)) if (v && 'span' in v) out.push(v.span);
  for (const s of det.sections) out.push(s.headingSpan, s.span);
  for (const item of det.items) {
    out.push(item.headingSpan, item.span);
    if (item.decision) out.push(item.decision.span);
    for (const f of item.fields) out.push(f.labelSpan, f.span);
  }
  for (const t of mappedTexts(det)) out.push(t.sourceSpan);
  return out;
}

/** Reads `text` and checks the model's invariants; returns the model. */
function readChecked(text: string): Determination {
  const det = readLetter(text);
  assert.equal(det.text, text);
  for (const s of spans(det)) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      assert.fail(`span [${s.start}, ${s.end}) outside a text of ${text.length}`);
    }
  }
  for (const t of mappedTexts(det)) {
    for (let i = 0; i < t.text.length; i++) {
      // A joining space is synthetic; every other character stands where the map says.
      if (t.text[i] !== ' ' && text[t.toSource(i)] !== t.text[i]) assert.fail(`character ${i} maps wrongly`);
    }
  }
  for (const item of det.items) {
    if (item.decision?.value && item.decision.value !== 'Upheld' && item.decision.value !== 'Overturned') {
      assert.fail('decision value outside the model');
    }
  }
  return det;
}

const TOKENS = [
  '\n',
  '\n\n',
  '\f',
  '\r\n',
  ' ',
  '          ',
  ':',
  ': Upheld',
  ':  Overturned',
  'Upheld',
  ' is:',
  'Claims Administrator guideline: ',
  'MAXIMUS guideline: ',
  'Decision rationale: ',
  '                      IMR ISSUES, DECISIONS AND RATIONALES',
  '                                CLINICAL CASE SUMMARY',
  'Case Number:   CM16-0000001',
  'Decision Date:  01/09/2017   UR Denial Date:  13/45/2016',
  'Application',
  'Received:',
  ' was the original request.',
  ' was authorized by the Claims Administrator.',
  ' The remaining IMR eligible portion of the original request,',
  '1. MAXIMUS Federal Services, Inc. has determined the request for ',
  ' is not medically necessary and appropriate.',
  '1) Regarding the request for ',
  'Rationale for the Decision:',
  'Notice of Independent Medical Review Determination',
  'electro-',
  'http://x.org/a/',
  'Diazepam 10mg #30',
  '\u0000',
  '\ud800',
];

const runs = { numRuns: 150 };
const letterIndex = fc.nat({ max: texts.length - 1 });

test('random strings: no throw, spans inside the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => void readChecked(s)),
    runs,
  );
});

test('token soups of letter fragments: no throw, spans inside the text', () => {
  const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((t) => t.join(''));
  fc.assert(
    fc.property(soup, (s) => void readChecked(s)),
    { numRuns: 400 },
  );
});

test('real letters truncated at random points (head and tail)', () => {
  fc.assert(
    fc.property(letterIndex, fc.double({ min: 0, max: 1, noNaN: true }), (i, f) => {
      const t = texts[i]!;
      const k = Math.floor(t.length * f);
      readChecked(t.slice(0, k));
      readChecked(t.slice(k));
    }),
    runs,
  );
});

test('real letters with their lines shuffled', () => {
  const shuffled = letterIndex.chain((i) => {
    const lines = texts[i]!.split('\n');
    return fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length });
  });
  fc.assert(
    fc.property(shuffled, (lines) => void readChecked(lines.join('\n'))),
    { numRuns: 60 },
  );
});

test('real letters with a run of lines (a section, an item) duplicated elsewhere', () => {
  fc.assert(
    fc.property(letterIndex, fc.nat(), fc.nat(), fc.nat(), (i, a, b, c) => {
      const lines = texts[i]!.split('\n');
      const from = a % lines.length;
      const to = from + (b % Math.max(1, lines.length - from));
      const where = c % (lines.length + 1);
      const copy = [...lines.slice(0, where), ...lines.slice(from, to + 1), ...lines.slice(where)];
      readChecked(copy.join('\n'));
    }),
    runs,
  );
});

test('real letters with random binary bytes inserted', () => {
  const salt = fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })), {
    minLength: 1,
    maxLength: 20,
  });
  fc.assert(
    fc.property(letterIndex, salt, (i, inserts) => {
      let t = texts[i]!;
      for (const [at, bytes] of inserts) {
        const k = at % (t.length + 1);
        t = t.slice(0, k) + bytes + t.slice(k);
      }
      readChecked(t);
    }),
    runs,
  );
});

test('a 5 MB letter reads without a throw and with every span inside it', (t) => {
  const big = grown(texts.join(''), 5_000_000);
  const started = performance.now();
  const det = readChecked(big);
  t.diagnostic(
    `5 MB: ${det.items.length} items, ${det.sections.length} sections, ${Math.round(performance.now() - started)} ms`,
  );
  assert.ok(det.items.length > 0);
});

test('reading time grows linearly (4x input, ratio below 6)', (t) => {
  // Measured in a single-threaded child process: reader-growth.ts says why.
  const child = spawnSync(
    process.execPath,
    ['--single-threaded', '--import', 'tsx', path.join(__dirname, 'reader-growth.ts')],
    { encoding: 'utf8' },
  );
  assert.equal(child.status, 0, `the measuring process failed: ${child.stderr.slice(0, 2000)}`);
  for (const { name, ratio } of JSON.parse(child.stdout) as { name: string; ratio: number }[]) {
    t.diagnostic(`${name}: ratio ${ratio.toFixed(2)}`);
    assert.ok(ratio < 6, `${name}: reading 4x the input took ${ratio.toFixed(1)}x the time`);
  }
});
