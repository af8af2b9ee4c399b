/**
 * The benchmark corpus: letters recombined from real sections of the published letters in
 * shared/seeds and shared/corpus/letters (opening from one letter, case summary from another, 1-10
 * items drawn from any letter of the same layout, reordered), with dates shifted, case numbers
 * renumbered and pages broken again. Seeded, so the same seed gives the same files.
 *
 * Some letters are written as .imr.md through the import writer (toImrMd) when it produces output;
 * the rest stay .txt. The corpus goes to a temporary folder and is never committed.
 *
 *   tsx bench/generate.ts [--count 1000] [--seed 1] [--out DIR]   prints the folder and counts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { toImrMd } from '../server/src/service/features/import';
import { readDetermination } from '../server/src/service/parser/index';
import { sharedDir } from '../test/support/paths';
import { cutLetter, type LetterParts } from './letters';

export interface CorpusFile {
  readonly name: string;
  readonly bytes: number;
  readonly items: number;
  readonly layout: '2014' | '2016' | 'imr-md';
}

export interface Corpus {
  readonly dir: string;
  readonly files: readonly CorpusFile[];
  readonly bytes: number;
  /** How many published letters the parts came from. */
  readonly sources: number;
}

/** Lines per page when the generator paginates (the published letters have about 50-55). */
export const LINES_PER_PAGE = 52;

/** mulberry32: small, fast and good enough to pick parts reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rng: Random, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function shuffled<T>(rng: Random, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Every published letter the shared folder holds, cut into parts, grouped by layout. */
export function loadPools(shared = sharedDir()): { byLayout: Map<string, LetterParts[]>; sources: number } {
  const byLayout = new Map<string, LetterParts[]>();
  let sources = 0;
  for (const dir of [path.join(shared, 'seeds'), path.join(shared, 'corpus', 'letters')]) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const parts = cutLetter(name, readFileSync(path.join(dir, name), 'utf8'));
      if (!parts) continue;
      sources++;
      const pool = byLayout.get(parts.layout) ?? [];
      pool.push(parts);
      byLayout.set(parts.layout, pool);
    }
  }
  return { byLayout, sources };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const LONG_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b/g;
const CASE_NUMBER = /\bCM\d{2}-\d{7}\b/g;

function shiftDate(year: number, month: number, day: number, days: number): Date {
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** Every date moved by the same number of days, so the letter's chronology still holds. */
export function shiftDates(text: string, days: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return text
    .replace(NUMERIC_DATE, (all, m, d, y) => {
      if (Number(m) > 12 || Number(d) > 31) return all;
      const s = shiftDate(Number(y), Number(m), Number(d), days);
      return `${pad(s.getUTCMonth() + 1)}/${pad(s.getUTCDate())}/${s.getUTCFullYear()}`;
    })
    .replace(LONG_DATE, (_all, month, d, y) => {
      const s = shiftDate(Number(y), MONTHS.indexOf(month) + 1, Number(d), days);
      return `${MONTHS[s.getUTCMonth()]} ${s.getUTCDate()}, ${s.getUTCFullYear()}`;
    });
}

/** Form feeds every LINES_PER_PAGE lines, as pdftotext marks page breaks (mid-paragraph included). */
export function paginate(lines: readonly string[]): string {
  const out = lines.map((line, i) => (i > 0 && i % LINES_PER_PAGE === 0 ? `\f${line}` : line));
  return `${out.join('\n')}\n\f`;
}

/** One recombined letter: parts from different letters of one layout, `itemCount` items. */
export function composeLetter(rng: Random, pool: readonly LetterParts[], itemCount: number, serial: number) {
  const allItems = pool.flatMap((p) => p.items);
  const chosen: (readonly string[])[] = [];
  // Without repeats while the pool lasts (the seed layout has only a few items), then with repeats.
  while (chosen.length < itemCount)
    chosen.push(...shuffled(rng, allItems).slice(0, itemCount - chosen.length));
  const blank = pick(rng, pool).layout === '2014' ? [' ', ''] : [''];
  const lines = [
    ...pick(rng, pool).opening,
    ...pick(rng, pool).summary,
    ...pick(rng, pool).issuesLeadIn,
    ...chosen.flatMap((item, i) => (i === 0 ? item : [...blank, ...item])),
  ];
  const caseNumber = `CM${16 + (serial % 3)}-${String(1_000_000 + serial * 7919).slice(-7)}`;
  const text = shiftDates(paginate(lines), Math.floor(rng() * 1500) - 750).replace(CASE_NUMBER, caseNumber);
  return { text, items: chosen.length, pages: Math.ceil(lines.length / LINES_PER_PAGE) };
}

/** A 2016-layout letter of about `pages` pages (for editor latency): as many items as it takes. */
export function letterOfPages(pages: number, seed = 7): string {
  const { byLayout } = loadPools();
  const pool = byLayout.get('2016')!;
  const rng = seededRandom(seed);
  const perItem = pool.flatMap((p) => p.items).reduce((n, it) => n + it.length + 1, 0) / 85;
  const itemCount = Math.max(1, Math.round((pages * LINES_PER_PAGE - 90) / perItem));
  return composeLetter(rng, pool, itemCount, seed).text;
}

/** Writes `count` letters into `dir` (emptied first). */
export function generateCorpus(options: { count?: number; seed?: number; dir?: string } = {}): Corpus {
  const count = options.count ?? 1000;
  const rng = seededRandom(options.seed ?? 1);
  const dir = options.dir ?? path.join(os.tmpdir(), `imr-bench-corpus-${options.seed ?? 1}-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { byLayout, sources } = loadPools();
  const letters2016 = byLayout.get('2016') ?? [];
  const letters2014 = byLayout.get('2014') ?? [];
  const files: CorpusFile[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // About the mix a team holds: mostly current letters, some older ones.
    const layout = letters2014.length && rng() < 0.15 ? '2014' : '2016';
    const { text, items } = composeLetter(
      rng,
      layout === '2014' ? letters2014 : letters2016,
      1 + Math.floor(rng() * 10),
      i,
    );
    const asImrMd = rng() < 0.25 ? toImrMd(readDetermination(text, { fileName: 'letter.txt' })) : '';
    const name = `letter-${String(i).padStart(4, '0')}${asImrMd ? '.imr.md' : '.txt'}`;
    const content = asImrMd || text;
    writeFileSync(path.join(dir, name), content);
    const size = Buffer.byteLength(content);
    bytes += size;
    files.push({ name, bytes: size, items, layout: asImrMd ? 'imr-md' : layout });
  }
  return { dir, files, bytes, sources };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const corpus = generateCorpus({ count: Number(values.count), seed: Number(values.seed), dir: values.out });
  const kinds = new Map<string, number>();
  for (const f of corpus.files) kinds.set(f.layout, (kinds.get(f.layout) ?? 0) + 1);
  process.stdout.write(
    `${corpus.dir}: ${corpus.files.length} letters, ${(corpus.bytes / 1e6).toFixed(2)} MB, from ${corpus.sources} published letters; ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}\n`,
  );
}
