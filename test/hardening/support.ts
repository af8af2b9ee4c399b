/**
 * Shared by the hardening tests: the whole pipeline one stage at a time (so a slow or throwing stage
 * is named), a linear-time check, and skeleton documents that put pathological text where the
 * readers and rules look (item fields, the case summary).
 */
import { analyze } from '../../server/src/service/analysis';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { lint } from '../../server/src/service/lint';
import { readDetermination } from '../../server/src/service/parser/index';
import { allRules } from '../../server/src/service/rules/index';
import type { AnyRule } from '../../server/src/service/rules/types';
import { collectGarbage, cpuMs } from '../support/growth';

export interface Input {
  readonly text: string;
  /** 'imr' reads as .imr.md, anything else as a published letter. */
  readonly languageId: string;
}

/** Stage names: 'read', 'analyze', then one per rule id. */
export type StageTimes = Map<string, number>;

const catalog = defaultCatalog();

export interface StageRun {
  readonly times: StageTimes;
  /** Rules that threw. */
  readonly failures: string[];
  /** Parse problem codes ('reader-failure' means the reader threw). */
  readonly problems: string[];
}

export interface StageOptions {
  /** The rules to run (default: every registered rule). */
  readonly rules?: readonly AnyRule[];
  /** Called before each timed stage (a garbage collection, for careful measurement). */
  readonly beforeEach?: () => void;
  /** Each stage runs this many times in a row and counts its fastest (default 1). */
  readonly repeat?: number;
}

/** Runs every stage once, timing each (CPU time); rules run one at a time, each switched on. */
export function runStages(input: Input, options: StageOptions = {}): StageRun {
  const { rules = allRules, beforeEach = () => undefined, repeat = 1 } = options;
  const times: StageTimes = new Map();
  const failures: string[] = [];
  const timed = <T>(stage: string, f: () => T): T => {
    let value: T;
    let fastest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < repeat; i++) {
      beforeEach();
      const t = cpuMs();
      value = f();
      fastest = Math.min(fastest, cpuMs() - t);
    }
    times.set(stage, fastest);
    return value!;
  };
  const determination = timed('read', () => readDetermination(input.text, { languageId: input.languageId }));
  const analysis = timed('analyze', () => analyze(determination, catalog));
  for (const rule of rules) {
    const result = timed(rule.id, () => lint(analysis, { rules: { [rule.id]: 'warning' } }, [rule]));
    for (const f of result.ruleFailures) failures.push(f.ruleId);
  }
  return { times, failures, problems: determination.problems.map((p) => p.code) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface StageRatio {
  readonly stage: string;
  readonly smallMs: number;
  readonly bigMs: number;
  /** Time ratio scaled to a 4x input: what the 4x-input check compares with its limit. */
  readonly ratio: number;
}

export interface RatioOptions extends StageOptions {
  readonly rounds?: number;
  /** Below this median on the big input, a stage is not judged (ratio 0). */
  readonly floorMs?: number;
}

/**
 * Each stage's time on `big` over its time on `small`, medians of `rounds` alternating runs, scaled
 * to a size ratio of 4. A stage whose median on the big input is under `floorMs` is reported with
 * ratio 0: nothing superlinear in hundreds of kilobytes finishes that fast, and timer noise would
 * dominate the ratio. Also returns what threw on the way.
 */
export function stageRatios(
  small: Input,
  big: Input,
  options: RatioOptions = {},
): { ratios: StageRatio[]; failures: string[]; problems: string[] } {
  const { rounds = 3, floorMs = 5 } = options;
  const samples = new Map<string, { small: number[]; big: number[] }>();
  const failures = new Set<string>();
  const problems = new Set<string>();
  for (let r = 0; r < rounds; r++) {
    for (const [which, input] of [
      ['small', small],
      ['big', big],
    ] as const) {
      // A collection before each run keeps one run's garbage out of the next one's time.
      collectGarbage();
      const run = runStages(input, options);
      for (const [stage, ms] of run.times) {
        const s = samples.get(stage) ?? { small: [], big: [] };
        s[which].push(ms);
        samples.set(stage, s);
      }
      run.failures.forEach((f) => void failures.add(f));
      run.problems.forEach((p) => void problems.add(p));
    }
  }
  const sizeRatio = big.text.length / small.text.length;
  const ratios = [...samples].map(([stage, s]) => {
    const smallMs = median(s.small);
    const bigMs = median(s.big);
    const ratio = bigMs < floorMs ? 0 : ((bigMs / Math.max(smallMs, 0.01)) * 4) / sizeRatio;
    return { stage, smallMs, bigMs, ratio };
  });
  return { ratios, failures: [...failures], problems: [...problems] };
}

/**
 * Stages slower than linear (ratio at or above `limit`). A first pass times every stage; stages over
 * the limit are measured again, alone, over five rounds, each run the fastest of three with a
 * collection before each: on a shared machine a collection, a regular expression compiled late or a
 * busy neighbour can land in one run's time, while real superlinear work is in every run.
 */
export function slowStages(small: Input, big: Input, limit: number, options: RatioOptions = {}) {
  const first = stageRatios(small, big, options);
  const suspects = new Set(first.ratios.filter((r) => r.ratio >= limit).map((r) => r.stage));
  if (suspects.size === 0) return { slow: [], failures: first.failures, problems: first.problems };
  const rules = (options.rules ?? allRules).filter((r) => suspects.has(r.id));
  const careful = stageRatios(small, big, {
    ...options,
    rules,
    rounds: 5,
    repeat: 3,
    beforeEach: collectGarbage,
  });
  return {
    slow: careful.ratios.filter((r) => suspects.has(r.stage) && r.ratio >= limit),
    failures: first.failures,
    problems: first.problems,
  };
}

/** About `size` characters of `unit` repeated. */
export const repeatTo = (unit: string, size: number) =>
  unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

/** An item's three fields, each holding `body`; the same labels in letters and .imr.md files. */
function fieldsWith(body: string): string[] {
  return [
    '',
    `Claims Administrator guideline: ${body}`,
    '',
    `MAXIMUS guideline: Decision based on ${body}`,
    '',
    `Decision rationale: ${body}`,
    '',
  ];
}

/** A letter in the 2016 layout whose summary and item fields are `body` (written for the tests). */
export function letterWith(body: string): string {
  return [
    'Case Number:          CM00-0000001',
    'Date Assigned:        01/02/2017                      Date of Injury:      03/04/2015',
    'Decision Date:        02/01/2017                      UR Denial Date:      12/01/2016',
    'Priority:             Standard                        Application          12/20/2016',
    '                                                      Received:',
    '',
    '                 HOW THE IMR FINAL DETERMINATION WAS MADE',
    'A test paragraph stands where the boilerplate goes.',
    '',
    '                                CLINICAL CASE SUMMARY',
    body,
    '',
    '                       IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    '',
    'Test medication 10mg #30: Upheld',
    ...fieldsWith(body),
  ].join('\n');
}

/** The same in the .imr.md format. */
export function imrMdWith(body: string): string {
  return [
    '---',
    'case: CM00-0000001',
    'decision-date: 2017-02-01',
    'date-of-injury: 2015-03-04',
    '---',
    '',
    '# Clinical Case Summary',
    '',
    body,
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    '## Test medication 10mg #30: Upheld',
    ...fieldsWith(body),
  ].join('\n');
}
