/**
 * The reader's growth ratios for readerProperties.test.ts, measured in a process of their own started
 * with V8's --single-threaded: the time is this process's CPU time, and with V8's helper threads on,
 * concurrent marking, sweeping and compilation for the big input land in whichever stage is running
 * (measured here: ratios of 8-18 for linear stages while another process shared the cores; 4.0-4.2
 * single-threaded). Prints one JSON array of { name, ratio }: names and numbers, never letter text.
 *
 *   node --single-threaded --import tsx test/service/reader-growth.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readLetter } from '../../server/src/service/parser/letter/read';

const repoRoot = path.resolve(__dirname, '..', '..');

export function grown(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** CPU time of one read, in ms. */
function time(text: string): number {
  const started = process.cpuUsage();
  readLetter(text);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** Median time for 4x the input over median time for 1x, interleaved runs after a warm-up. */
function growthRatio(unit: string, size: number): number {
  const one = grown(unit, size);
  const four = grown(unit, size * 4);
  time(one);
  time(four);
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < 5; k++) {
    a.push(time(one));
    b.push(time(four));
  }
  return median(b) / Math.max(median(a), 0.5);
}

function letters(): string[] {
  const shared = [path.resolve(repoRoot, '..', 'shared'), '/work/shared'].find((d) =>
    existsSync(path.join(d, 'corpus', 'letters')),
  );
  if (!shared) throw new Error('The shared letters were not found (../shared or /work/shared).');
  const read = (dir: string) => readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return [...read(path.join(shared, 'corpus', 'letters')), ...read(path.join(shared, 'seeds'))];
}

/** Inputs that would make a backtracking pattern or a rescanning loop in the reader blow up. */
const ADVERSARIAL = [
  'Diazepam 10mg #30 is:\nUpheld\n',
  'A: Upheld\nClaims Administrator guideline: x\n',
  'a was the original request. original request, b is: Upheld\n',
  '1. MAXIMUS Federal Services, Inc. has determined the request for x\n',
  'Regarding the request for x\n\f',
].join('');

export function measure(): { name: string; ratio: number }[] {
  const cases: [string, string, number][] = [
    ['real letters', letters().join(''), 250_000],
    ['one long line of spaces and colons', ' :', 250_000],
    ['item lines, labels, partial certifications, 2013 lines', ADVERSARIAL, 150_000],
  ];
  return cases.map(([name, unit, size]) => ({ name, ratio: growthRatio(unit, size) }));
}

if (require.main === module) process.stdout.write(`${JSON.stringify(measure())}\n`);
