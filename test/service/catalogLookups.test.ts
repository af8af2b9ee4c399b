/**
 * The shortcuts of catalog lookups and citation reading agree with the plain computation: the fuzzy
 * name index with a scan of every entry, memoised resolution with a fresh catalog's, the memo keys
 * with value equality, the first-letter test for ODG chapters with trying every head, and the
 * exec loop with matchAll.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/service/analysis';
import { Catalog, defaultCatalog } from '../../server/src/service/catalog/default';
import { BoundedMemo, type KeyPart, memoKey } from '../../server/src/service/catalog/memo';
import { type CitationResolution, resolveCitation } from '../../server/src/service/catalog/resolve';
import { execAll, splitList, trimRange } from '../../server/src/service/citations/located';
import { matchOdgChapter, ODG_CHAPTER_HEADS } from '../../server/src/service/citations/odgChapters';
import { readDetermination } from '../../server/src/service/parser/index';
import { realLetters } from '../support/realLetters';
import { cite } from './support/citationField';

const catalog = defaultCatalog();
const sources = [...new Set(catalog.entries.map((e) => e.source))];
const names = catalog.entries.flatMap((e) => [e.topic, ...e.sections, ...e.aliases]);

/** A catalog name, cut, misspelt or padded the ways letters do. */
const nameLike = fc
  .tuple(
    fc.constantFrom(...names),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
        fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
        fc.record({
          op: fc.constant('insert' as const),
          at: fc.nat(),
          c: fc.constantFrom('a', 'e', 's', ' ', '-'),
        }),
        fc.record({
          op: fc.constant('word' as const),
          w: fc.constantFrom('chronic', 'pain', 'the', 'and', 'MRI'),
        }),
        fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([name, edits]) => {
    let s = name;
    for (const e of edits) {
      const at = s.length === 0 ? 0 : ('at' in e ? e.at : 0) % s.length;
      if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + 1);
      else if (e.op === 'swap') s = s.slice(0, at) + s.charAt(at + 1) + s.charAt(at) + s.slice(at + 2);
      else if (e.op === 'insert') s = s.slice(0, at) + e.c + s.slice(at);
      else if (e.op === 'word') s = `${s} ${e.w}`;
      else
        s = s
          .split(' ')
          .slice(0, Math.max(1, at % 4))
          .join(' ');
    }
    return s;
  });

test('findEntries: the name index finds what a scan of every entry finds', () => {
  fc.assert(
    fc.property(
      nameLike,
      fc.option(fc.constantFrom(...sources), { nil: undefined }),
      fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
      fc.constantFrom(0.3, 0.5, 0.6, 0.9, 1),
      (text, source, chapterNumber, minScore) => {
        // A minimum of 0 scans every entry; filtering its sorted answer keeps the order a sort would give.
        const all = catalog.findEntries(text, { source, chapterNumber, minScore: 0 });
        const indexed = catalog.findEntries(text, { source, chapterNumber, minScore });
        assert.deepEqual(
          indexed.map((m) => [m.entry.id, m.score]),
          all.filter((m) => m.score >= minScore).map((m) => [m.entry.id, m.score]),
        );
      },
    ),
    { numRuns: 1000 },
  );
});

const shape = (r: CitationResolution) => ({
  basis: r.basis,
  edition: r.edition?.source ?? null,
  chapter: r.chapter?.name ?? null,
  entries: r.entries.map((e) => e.id),
  unresolved: r.unresolved,
});

test('resolveCitation: memoised answers equal a fresh catalog’s, whatever the date, on the real letters', () => {
  const letters = realLetters().map((letter) =>
    analyze(readDetermination(letter.text, { languageId: 'plaintext' }), catalog).items.flatMap(
      (ia) => ia.citations,
    ),
  );
  assert.ok(letters.flat().length > 100);
  const dates = [
    null,
    { year: 2014, month: 3, day: 1 },
    { year: 2016, month: 9, day: 1 },
    { year: 2019, month: 1, day: 2 },
  ];
  // Warm the shared catalog's memos with every date first, so its answers below come from the memo.
  for (const asOf of dates) for (const c of letters.flat()) resolveCitation(catalog, c, asOf);
  letters.forEach((citations, i) => {
    const asOf = dates[i % dates.length]!;
    // A new Catalog object starts with empty memos: it computes what the shared one remembers.
    const fresh = new Catalog(catalog.data);
    for (const c of citations)
      assert.deepEqual(shape(resolveCitation(catalog, c, asOf)), shape(resolveCitation(fresh, c, asOf)));
  });
});

test('resolveCitation: unresolved parts carry their own citation’s spans', () => {
  const line =
    'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines, Gym memberships xyz.';
  const [a] = cite('reviewerGuideline', line).citations;
  const [b] = cite('reviewerGuideline', 'Preface words.', line).citations;
  const ra = resolveCitation(catalog, a!, null);
  const rb = resolveCitation(catalog, b!, null);
  assert.equal(ra.unresolved.length, 1);
  assert.equal(rb.unresolved[0]!.span.start - ra.unresolved[0]!.span.start, 'Preface words.\n'.length);
});

test('resolveCitation: a team catalog (another Catalog object) never gets the bundled catalog’s answers', () => {
  const [c] = cite(
    'reviewerGuideline',
    'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines.',
  ).citations;
  const bundled = resolveCitation(catalog, c!, null);
  assert.deepEqual(bundled.unresolved, []);
  const team = new Catalog({
    ...catalog.data,
    entries: catalog.data.entries.filter((e) => !bundled.entries.includes(e)),
  });
  const other = resolveCitation(team, c!, null);
  assert.equal(other.unresolved[0]?.part, 'section');
  assert.deepEqual(shape(resolveCitation(catalog, c!, null)), shape(bundled));
});

test('BoundedMemo keeps at most its limit and still answers', () => {
  const memo = new BoundedMemo<number>(8);
  for (let i = 0; i < 100; i++)
    assert.equal(
      memo.get(`k${i % 20}`, () => i % 20),
      i % 20,
    );
  assert.ok(memo.size <= 8);
  // A very long key is answered but not kept: memory stays bounded whatever a letter holds.
  let computed = 0;
  for (let i = 0; i < 2; i++)
    assert.equal(
      memo.get('x'.repeat(10_000), () => ++computed),
      i + 1,
    );
  assert.ok(memo.size <= 8);
});

const part: fc.Arbitrary<KeyPart> = fc.oneof(
  fc.constantFrom('', 'a', ',', '1:a', 'n1;', 'N', 'U', 'T', '[', ']', '2:ab'),
  fc.string({ maxLength: 4 }),
  fc.constantFrom(0, 1, 12, Number.NaN, -1.5),
  fc.constantFrom(null, undefined, true, false),
);
const parts = fc.array(fc.oneof(part, fc.array(part, { maxLength: 3 })), { maxLength: 4 });

function same(a: KeyPart, b: KeyPart): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

test('memoKey: two lists share a key only when their values are equal', () => {
  fc.assert(
    fc.property(parts, parts, (a, b) => {
      assert.equal(memoKey(a) === memoKey(b), same(a, b));
    }),
    { numRuns: 5000 },
  );
});

/** What matchOdgChapter did before it looked heads up by their first letter: try every head. */
function everyHead(text: string, start: number, end: number): number {
  for (const head of ODG_CHAPTER_HEADS) {
    if (start + head.length > end) continue;
    if (text.slice(start, start + head.length).toLowerCase() !== head.toLowerCase()) continue;
    if (/[A-Za-z]/.test(text.charAt(start + head.length))) continue;
    return -2; // matched: the tail is the same code in both
  }
  return -1;
}

const textPiece = fc.oneof(
  fc.constantFrom(...ODG_CHAPTER_HEADS),
  fc.constantFrom(...ODG_CHAPTER_HEADS).map((h) => h.toUpperCase()),
  fc.constantFrom(' ', ', ', '(Chronic)', ' chapter', 'x', '\u212a', '\u0130', '\u03a3', 'ſ'),
  fc.string({ maxLength: 3 }),
);

test('matchOdgChapter: trying heads by first letter matches where trying every head does', () => {
  fc.assert(
    fc.property(fc.array(textPiece, { maxLength: 5 }), fc.nat(), (pieces, n) => {
      const text = pieces.join('');
      const start = text.length === 0 ? 0 : n % (text.length + 1);
      const found = matchOdgChapter(text, start, text.length);
      assert.equal(found >= 0 ? -2 : -1, everyHead(text, start, text.length));
    }),
    { numRuns: 5000 },
  );
});

test('execAll gives what matchAll gives', () => {
  const patterns = [
    /Decision\s+based\s+on\s+/g,
    /(\d{1,4})(?:[ ]?[-\u2013][ ]?(\d{1,4}))?/g,
    /x*/g,
    /\b(?:a|b)?/g,
  ];
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...patterns), (text, re) => {
      const exec = execAll(re, text).map((m) => [m.index, ...m]);
      const all = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      assert.deepEqual(exec, all);
    }),
  );
});

/** splitList and trimRange as they were written with charAt and a Set. */
const TRIM = new Set([' ', '\t', '\n', '\r', ',', ';', ':', '.', '-', '\u2013', '/']);
function trimOld(text: string, start: number, end: number) {
  let a = start;
  let z = end;
  while (a < z && TRIM.has(text.charAt(a))) a++;
  while (z > a && TRIM.has(text.charAt(z - 1))) z--;
  return { start: a, end: z };
}
function splitOld(text: string, start: number, end: number, separators = ',') {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let from = start;
  const push = (a: number, z: number) => {
    let r = trimOld(text, a, z);
    if (text.startsWith('and ', r.start)) r = trimOld(text, r.start + 4, r.end);
    if (r.end > r.start) out.push(r);
  };
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(c)) {
      push(from, i);
      from = i + 1;
    }
  }
  push(from, end);
  return out;
}

test('splitList and trimRange by character code agree with the string versions', () => {
  const listText = fc
    .array(fc.constantFrom('a', 'and ', ',', ';', ':', '/', '\u2013', '(', ')', ' ', '.', '-', '\t', 'B'), {
      maxLength: 30,
    })
    .map((xs) => xs.join(''));
  fc.assert(
    fc.property(
      listText,
      fc.nat(),
      fc.nat(),
      fc.constantFrom(',', ',;', ',;:/\u2013'),
      (text, a, b, seps) => {
        const start = a % (text.length + 1);
        // Past the end too: the old loop read "" there.
        const end = start + (b % (text.length - start + 3));
        assert.deepEqual(splitList(text, start, end, seps), splitOld(text, start, end, seps));
        assert.deepEqual(trimRange(text, start, end), trimOld(text, start, end));
      },
    ),
    { numRuns: 3000 },
  );
});
