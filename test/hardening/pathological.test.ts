/**
 * Both readers and every registered rule on long pathological input: they must not throw, and each
 * stage's time must grow linearly: on 4x the input, under 6x the time (medians of alternating runs,
 * never a wall-clock limit). The inputs are what makes a backtracking regular expression or a
 * rescanning loop blow up: one repeated character, a citation lead-in or page list repeated, colons,
 * wraps and page breaks everywhere, deep nesting, and a 5 MB letter.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { letterOfPages } from '../../bench/generate';
import { allRules } from '../../server/src/service/rules/index';
import type { AnyRule } from '../../server/src/service/rules/types';
import { type Input, imrMdWith, letterWith, repeatTo, runStages, stageRatios } from './support';

const LIMIT = 6;
const SIZE = 100 * 1024;

/** Named bodies; each is about `size` characters. */
const BODIES: Record<string, (size: number) => string> = {
  'one character': (n) => repeatTo('a', n),
  spaces: (n) => repeatTo(' ', n),
  newlines: (n) => repeatTo('\n', n),
  hyphens: (n) => repeatTo('-', n),
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
function variants(body: (size: number) => string, size: number): Record<string, Input> {
  return {
    'raw, letter reader': { text: body(size), languageId: 'plaintext' },
    'raw, .imr.md reader': { text: body(size), languageId: 'imr' },
    'in a letter': { text: letterWith(body(size / 4)), languageId: 'plaintext' },
    'in an .imr.md file': { text: imrMdWith(body(size / 4)), languageId: 'imr' },
  };
}

function slowStages(small: Input, big: Input, options?: Parameters<typeof stageRatios>[2]) {
  const slow = stageRatios(small, big, options).filter((r) => r.ratio >= LIMIT);
  // Retried once: a shared machine can stall one side of a comparison.
  return slow.length ? stageRatios(small, big, options).filter((r) => r.ratio >= LIMIT) : [];
}

function assertLinear(small: Input, big: Input, rounds?: number) {
  const confirmed = slowStages(small, big, { rounds });
  assert.deepEqual(
    confirmed.map(
      (r) => `${r.stage}: x${r.ratio.toFixed(1)} (${r.smallMs.toFixed(1)} -> ${r.bigMs.toFixed(1)} ms)`,
    ),
    [],
    'stages slower than linear',
  );
}

function assertNeverThrows(input: Input) {
  const { failures, problems } = runStages(input);
  assert.deepEqual(failures, [], 'rules that threw');
  assert.ok(!problems.includes('reader-failure'), 'the reader threw');
}

test('the stages measured cover every registered rule', () => {
  const { times } = runStages({ text: 'x', languageId: 'imr' });
  assert.deepEqual([...times.keys()], ['read', 'analyze', ...allRules.map((r) => r.id)]);
});

test('the linear-time check catches a quadratic rule', () => {
  // Rescans the rest of the text from every tenth offset: quadratic, as a backtracking pattern is.
  const quadratic = {
    ...allRules[0]!,
    id: 'quadratic-on-purpose',
    check: ({ analysis }: { analysis: { determination: { text: string } } }) => {
      const text = analysis.determination.text;
      let sum = 0;
      for (let i = 0; i < text.length; i += 10)
        for (let j = i; j < text.length; j++) sum += text.charCodeAt(j);
      return void sum;
    },
  } as AnyRule;
  const input = (n: number): Input => ({ text: repeatTo('a', n), languageId: 'plaintext' });
  const slow = slowStages(input(5_000), input(20_000), { rules: [quadratic], floorMs: 1 });
  assert.ok(slow.some((r) => r.stage === 'quadratic-on-purpose'));
});

for (const [name, body] of Object.entries(BODIES)) {
  describe(`pathological input: ${name}`, () => {
    const small = variants(body, SIZE);
    const big = variants(body, 4 * SIZE);
    for (const variant of Object.keys(small)) {
      test(variant, () => {
        assertNeverThrows(big[variant]!);
        assertLinear(small[variant]!, big[variant]!);
      });
    }
  });
}

test('a 5 MB letter reads and lints in linear time', () => {
  // Real sections recombined (bench/generate.ts): about 1.3 MB, then about 5 MB.
  const small: Input = { text: letterOfPages(350, 3), languageId: 'plaintext' };
  const big: Input = { text: letterOfPages(1400, 3), languageId: 'plaintext' };
  assert.ok(big.text.length > 4.5e6, `the big letter has ${big.text.length} characters`);
  assertNeverThrows(big);
  assertLinear(small, big, 3);
});
