/**
 * The reader's growth ratios for readerProperties.test.ts, measured in a process of their own started
 * with V8's --single-threaded: the time is this process's CPU time, and with V8's helper threads on,
 * concurrent marking, sweeping and compilation for the big input land in whichever stage is running
 * (measured here: ratios of 8-18 for linear stages while another process shared the cores; 4.0-4.2
 * single-threaded). Prints one JSON array of { name, ratio }: names and numbers, never letter text.
 *
 *   node --single-threaded --import tsx test/service/reader-growth.ts
 */
import { readLetter } from '../../server/src/service/parser/letter/read';
import { growthRatio } from '../support/growth';
import { realLetters } from '../support/realLetters';

export function grown(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
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
    [
      'real letters',
      realLetters()
        .map((l) => l.text)
        .join(''),
      250_000,
    ],
    ['one long line of spaces and colons', ' :', 250_000],
    ['item lines, labels, partial certifications, 2013 lines', ADVERSARIAL, 150_000],
  ];
  return cases.map(([name, unit, size]) => ({
    name,
    ratio: growthRatio(readLetter, grown(unit, size), grown(unit, size * 4)),
  }));
}

if (require.main === module) process.stdout.write(`${JSON.stringify(measure())}\n`);
