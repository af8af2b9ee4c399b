/**
 * The CLI as a whole process, side by side with markdownlint-cli2 on the same files: runs alternate
 * (imr-lint, markdownlint-cli2, imr-lint, ...) so that load on the machine falls on both alike, and
 * the ratio is of the medians. Then imr-lint with one worker against its default (workers), when the
 * CLI has a --concurrency option.
 *
 * Output is captured only to count findings; it is never printed (it quotes letter text).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../test/support/paths';
import { median, msSince, round } from './stats';

export interface ProcessTiming {
  readonly command: string;
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly exitCode: number | null;
  /** Problems the tool reported on the whole corpus (from its output, counted, never shown). */
  readonly findings: number;
}

export interface CliResult {
  readonly files: number;
  readonly imrLint: ProcessTiming;
  readonly markdownlint: ProcessTiming;
  /** markdownlint-cli2 median / imr-lint median: above 1 means imr-lint is faster. */
  readonly speedup: number;
  readonly workers?: {
    readonly oneWorker: ProcessTiming;
    readonly defaultWorkers: ProcessTiming;
    readonly speedup: number;
  };
}

const IMR_LINT = path.join(repoRoot, 'bin', 'imr-lint.js');
const MARKDOWNLINT = path.join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

interface Tool {
  readonly command: string;
  readonly args: readonly string[];
  readonly countFindings: (stdout: string, stderr: string) => number;
}

const countJsonMessages = (stdout: string) => {
  try {
    return (JSON.parse(stdout) as { messages: unknown[] }[]).reduce((n, f) => n + f.messages.length, 0);
  } catch {
    return -1;
  }
};
// markdownlint-cli2 prints one line per problem on stderr.
const countLines = (_stdout: string, stderr: string) => stderr.split('\n').filter((l) => l.trim()).length;

function runOnce(tool: Tool, cwd: string) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, tool.args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = msSince(start);
  if (r.status !== 0 && r.status !== 1)
    throw new Error(
      `${tool.command} exited ${r.status ?? r.signal}: ${r.stderr.split('\n')[0]?.slice(0, 120)}`,
    );
  return { ms, status: r.status, findings: tool.countFindings(r.stdout, r.stderr) };
}

/** Runs the tools in turn, `runs` rounds, after one untimed warm-up round (disk cache, JIT of npm). */
function alternate(tools: readonly Tool[], cwd: string, runs: number): ProcessTiming[] {
  const samples = tools.map(() => [] as { ms: number; status: number | null; findings: number }[]);
  for (const t of tools) runOnce(t, cwd);
  for (let i = 0; i < runs; i++) {
    for (const [k, t] of tools.entries()) samples[k]!.push(runOnce(t, cwd));
  }
  return tools.map((t, k) => {
    const s = samples[k]!;
    return {
      command: t.command,
      runsMs: s.map((x) => round(x.ms, 1)),
      medianMs: round(median(s.map((x) => x.ms)), 1),
      exitCode: s.at(-1)!.status,
      findings: s.at(-1)!.findings,
    };
  });
}

export function cliSupportsConcurrency(): boolean {
  const r = spawnSync(process.execPath, [IMR_LINT, '--help'], { encoding: 'utf8' });
  return r.stdout.includes('--concurrency');
}

export function benchCli(dir: string, files: number, runs: number): CliResult {
  // markdownlint-cli2 with its default rules on; no banner or progress, like a CI run.
  writeFileSync(
    path.join(dir, '.markdownlint-cli2.jsonc'),
    JSON.stringify({ config: { default: true }, noBanner: true, noProgress: true }),
  );
  const imrLint: Tool = {
    command: 'imr-lint . --format json',
    args: [IMR_LINT, '.', '--format', 'json'],
    countFindings: countJsonMessages,
  };
  const markdownlint: Tool = {
    command: "markdownlint-cli2 '**/*.txt' '**/*.md'",
    args: [MARKDOWNLINT, '**/*.txt', '**/*.md'],
    countFindings: countLines,
  };
  const [a, b] = alternate([imrLint, markdownlint], dir, runs);
  const result: CliResult = {
    files,
    imrLint: a!,
    markdownlint: b!,
    speedup: round(b!.medianMs / a!.medianMs),
  };
  if (!cliSupportsConcurrency()) return result;
  const one: Tool = {
    ...imrLint,
    command: `${imrLint.command} --concurrency 1`,
    args: [...imrLint.args, '--concurrency', '1'],
  };
  // One worker per core, not `auto`: on two cores `auto` is one thread (server/src/cli/workers.ts),
  // and this comparison is what that choice rests on.
  const threads = String(Math.max(2, availableParallelism()));
  const perCore: Tool = {
    ...imrLint,
    command: `${imrLint.command} --concurrency ${threads}`,
    args: [...imrLint.args, '--concurrency', threads],
  };
  const [w1, wn] = alternate([one, perCore], dir, runs);
  return {
    ...result,
    workers: { oneWorker: w1!, defaultWorkers: wn!, speedup: round(w1!.medianMs / wn!.medianMs) },
  };
}
