/**
 * The linear-time cases of pathological.test.ts and their measurement. The test runs this file as
 * its own process with a larger young generation (--max-semi-space-size): with Node's default, a
 * reader that allocates one small object per line crosses from cheap scavenges into old-generation
 * collections between 100,000 and 200,000 lines, a one-off step of the garbage collector that a
 * 4x-input ratio would read as superlinear work. Algorithmic blow-ups (backtracking, rescanning)
 * show the same with either setting. It also starts it with --single-threaded: the time measured is
 * this process's CPU time, and with V8's helper threads on, their concurrent marking, sweeping and
 * compilation for the big input are counted in whichever stage happens to run (a 5 MB letter's
 * linear stages measured 8-18x while another process shared the cores, and failed CI once;
 * single-threaded, 4.0-4.2x).
 *
 *   node --max-semi-space-size=64 --single-threaded --import tsx test/hardening/linear-cases.ts
 */
import { letterOfPages } from '../../bench/generate';
import { allRules } from '../../server/src/service/rules/index';
import type { AnyRule } from '../../server/src/service/rules/types';
import { type Input, imrMdWith, letterWith, repeatTo, type StageRatio, slowStages } from './support';

export const LIMIT = 6;
const SIZE = 100 * 1024;

/** Named bodies; each is about `size` characters. */
export const BODIES: Record<string, (size: number) => string> = {
  'one character': (n) => repeatTo('a', n),
  spaces: (n) => repeatTo(' ', n),
  newlines: (n) => repeatTo('\n', n),
  'Decision based on': (n) => repeatTo('Decision based on ', n),
  colons: (n) => repeatTo(':', n),
  'Page(s) list': (n) => repeatTo('Page(s): 1, ', n),
  'hyphenated wraps': (n) => repeatTo('electro-\n', n),
  'page breaks between words': (n) => repeatTo('word\f', n),
  'decision words': (n) => repeatTo(': Upheld\n', n),
  'nested brackets': (n) => `${'('.repeat(Math.floor(n / 2))}${')'.repeat(Math.floor(n / 2))}`,
  'nested quotes and lists': (n) => repeatTo('> - ', n),
};

/** The body as a whole document (both readers) and inside the fields of a letter and of an .imr.md file. */
export const VARIANTS: Record<string, (body: (size: number) => string, size: number) => Input> = {
  'raw, letter reader': (body, size) => ({ text: body(size), languageId: 'plaintext' }),
  'raw, .imr.md reader': (body, size) => ({ text: body(size), languageId: 'imr' }),
  'in a letter': (body, size) => ({ text: letterWith(body(size / 4)), languageId: 'plaintext' }),
  'in an .imr.md file': (body, size) => ({ text: imrMdWith(body(size / 4)), languageId: 'imr' }),
};

/** Rescans the rest of the text from every tenth offset: quadratic, as a backtracking pattern is. */
export const quadraticRule = {
  ...allRules[0]!,
  id: 'quadratic-on-purpose',
  check: ({ analysis }: { analysis: { determination: { text: string } } }) => {
    let sum = 0;
    const text = analysis.determination.text;
    for (let i = 0; i < text.length; i += 10) for (let j = i; j < text.length; j++) sum += text.charCodeAt(j);
    return void sum;
  },
} as AnyRule;

interface Case {
  readonly id: string;
  readonly small: () => Input;
  readonly big: () => Input;
  readonly rounds?: number;
  readonly floorMs?: number;
  readonly rules?: readonly AnyRule[];
}

export const SELF_CHECK = 'self-check: a quadratic rule';
export const FIVE_MB = 'a 5 MB letter';
export const caseId = (body: string, variant: string) => `${body} / ${variant}`;

function cases(): Case[] {
  const out: Case[] = [];
  for (const [name, body] of Object.entries(BODIES))
    for (const [variant, make] of Object.entries(VARIANTS))
      out.push({ id: caseId(name, variant), small: () => make(body, SIZE), big: () => make(body, 4 * SIZE) });
  const letterOfSize = (pages: number): Input => ({ text: letterOfPages(pages, 3), languageId: 'plaintext' });
  // Real sections recombined (bench/generate.ts): about 1.3 MB, then about 5 MB.
  out.push({ id: FIVE_MB, small: () => letterOfSize(350), big: () => letterOfSize(1400) });
  const as = (n: number): Input => ({ text: repeatTo('a', n), languageId: 'plaintext' });
  out.push({
    id: SELF_CHECK,
    small: () => as(5_000),
    big: () => as(20_000),
    floorMs: 1,
    rules: [quadraticRule],
  });
  return out;
}

export interface CaseResult {
  readonly id: string;
  readonly bigCharacters: number;
  readonly slow: readonly StageRatio[];
  readonly failures: readonly string[];
  readonly problems: readonly string[];
}

export function measureAll(): CaseResult[] {
  return cases().map((c) => {
    const big = c.big();
    const { slow, failures, problems } = slowStages(c.small(), big, LIMIT, c);
    return { id: c.id, bigCharacters: big.text.length, slow, failures, problems };
  });
}

if (require.main === module) process.stdout.write(`${JSON.stringify(measureAll())}\n`);
