/**
 * `npm run bench`: builds, generates the corpus, measures the CLI against markdownlint-cli2, the
 * engine, the language server and extension activation, then writes bench/results/latest.json and
 * the tables in docs/benchmarks.md. Prints numbers only.
 *
 *   tsx bench/run.ts [--count 1000] [--runs 5] [--samples 200] [--only cli,engine,lsp,activation]
 *                    [--profile] [--baseline] [--quick]
 *   --profile   the engine pass also runs under --cpu-prof; its hotspots go into the results
 *   --baseline  also write bench/results/baseline.json (what bench:compare compares against)
 *   --only      measures those parts and keeps the others from the last bench/results/latest.json
 *   --server-node-args '<flags>'   V8 flags for the language server process (default: the extension's own)
 *   --quick     a smoke run: 200 letters, 2 runs, 40 samples; results go to the temp folder only
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SERVER_EXEC_ARGV } from '../server/src/shared/protocol';
import { repoRoot } from '../test/support/paths';
import { benchCli } from './cli';
import type { EngineResult } from './engine';
import { generateCorpus } from './generate';
import { benchLsp } from './lsp';
import { hotspots } from './profile';
import { type Activation, type BenchResults, evaluateTargets, renderMarkdown, updateDoc } from './report';
import { describeMachine, median, round } from './stats';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    runs: { type: 'string' },
    samples: { type: 'string' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string', default: 'cli,engine,lsp,activation' },
    profile: { type: 'boolean', default: false },
    baseline: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'server-node-args': { type: 'string', default: '' },
  },
});
const quick = values.quick;
const count = Number(values.count ?? (quick ? 200 : 1000));
const runs = Number(values.runs ?? (quick ? 2 : 5));
const samples = Number(values.samples ?? (quick ? 40 : 200));
const only = new Set(values.only.split(','));
const say = (line: string) => process.stdout.write(`${line}\n`);

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The engine in its own process (one core, nothing else loaded), optionally profiled. */
function runEngine(dir: string): { engine: EngineResult; hotspots?: ReturnType<typeof hotspots> } {
  const profileDir = values.profile ? mkdtempSync(path.join(os.tmpdir(), 'imr-bench-prof-')) : undefined;
  const args = [
    ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
    '--import',
    'tsx',
    path.join(repoRoot, 'bench', 'engine.ts'),
    dir,
    quick ? '1' : '4',
  ];
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`engine bench exited ${r.status}: ${r.stderr.split('\n')[0]?.slice(0, 200)}`);
  const engine = JSON.parse(r.stdout) as EngineResult;
  if (!profileDir) return { engine };
  const file = readdirSync(profileDir).find((n) => n.endsWith('.cpuprofile'));
  const spots = file ? hotspots(path.join(profileDir, file)) : undefined;
  rmSync(profileDir, { recursive: true, force: true });
  return { engine, hotspots: spots };
}

/** Activation, five fresh processes; the medians of each part. */
async function runActivation(): Promise<Activation> {
  const runs: Activation[] = [];
  for (let i = 0; i < 5; i++) runs.push(await activateOnce());
  const done = runs.filter((r) => !r.skipped);
  if (done.length === 0) return runs[0]!;
  const mid = (key: 'requireMs' | 'activateMs' | 'totalMs' | 'clientLoadMs') =>
    median(done.map((r) => r[key] ?? Number.NaN));
  return {
    ...done[0],
    requireMs: mid('requireMs'),
    activateMs: mid('activateMs'),
    totalMs: mid('totalMs'),
    clientLoadMs: mid('clientLoadMs'),
    runs: done.length,
  };
}

/** Activation in its own process group, so a language server it may start ends with it. */
function activateOnce(): Promise<Activation> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bench', 'activation.cjs')], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The group has already gone.
      }
      try {
        resolve(JSON.parse(stdout) as Activation);
      } catch {
        resolve({ skipped: `activation harness failed (exit ${code})` });
      }
    });
  });
}

const ALL_PARTS = ['cli', 'engine', 'lsp', 'activation'];
const subset = !quick && ALL_PARTS.some((p) => !only.has(p));
const latestFile = path.join(repoRoot, 'bench', 'results', 'latest.json');

function previousResults(): Partial<BenchResults> {
  let previous: BenchResults;
  try {
    previous = JSON.parse(readFileSync(latestFile, 'utf8')) as BenchResults;
  } catch {
    return {};
  }
  // Parts of one results file must describe one corpus.
  if (previous.corpus && (previous.corpus.letters !== count || previous.corpus.seed !== Number(values.seed)))
    throw new Error(
      `--only re-measures parts of ${path.relative(repoRoot, latestFile)}: use its corpus (--count ${previous.corpus.letters} --seed ${previous.corpus.seed})`,
    );
  const { targets: _targets, ...rest } = previous;
  return rest;
}

async function main() {
  const machine = describeMachine();
  say(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}`);
  const corpus = generateCorpus({ count, seed: Number(values.seed) });
  const kinds: Record<string, number> = {};
  for (const f of corpus.files) kinds[f.layout] = (kinds[f.layout] ?? 0) + 1;
  say(`corpus: ${corpus.files.length} letters, ${round(corpus.bytes / 1e6)} MB in ${corpus.dir}`);
  const partial: { -readonly [K in keyof Omit<BenchResults, 'targets'>]: BenchResults[K] } = {
    // A run of some parts keeps the other parts of the last full results, and says which it measured.
    ...(subset ? previousResults() : {}),
    ...(subset ? { measured: [...only] } : { measured: undefined }),
    date: new Date().toISOString(),
    commit: commit(),
    machine,
    corpus: {
      letters: corpus.files.length,
      megabytes: round(corpus.bytes / 1e6),
      seed: Number(values.seed),
      sources: corpus.sources,
      kinds,
    },
  };
  if (only.has('engine')) {
    const { engine, hotspots: spots } = runEngine(corpus.dir);
    Object.assign(partial, {
      engine,
      ...(spots ? { engineHotspots: spots.functions, engineHotFiles: spots.files } : {}),
    });
    say(`engine: ${engine.lettersPerSecond} letters/s, ${engine.megabytesPerSecond} MB/s on one core`);
  }
  if (only.has('cli')) {
    const cli = benchCli(corpus.dir, corpus.files.length, runs);
    partial.cli = cli;
    say(
      `cli: imr-lint ${cli.imrLint.medianMs} ms, markdownlint-cli2 ${cli.markdownlint.medianMs} ms (${cli.speedup}x)`,
    );
    if (cli.workers)
      say(
        `cli workers: 1 worker ${cli.workers.oneWorker.medianMs} ms, one per core ${cli.workers.defaultWorkers.medianMs} ms`,
      );
  }
  if (only.has('lsp')) {
    // By default the server runs with the options the extension gives it, so this measures what users run.
    const nodeArgs = values['server-node-args'].split(' ').filter(Boolean);
    const lsp = await benchLsp(corpus.dir, samples, nodeArgs.length ? nodeArgs : [...SERVER_EXEC_ARGV]);
    partial.lsp = lsp;
    if (lsp.skipped) say(`lsp: skipped: ${lsp.skipped}`);
    else
      say(
        `lsp: 10-page edit p95 ${lsp.diagnosticsAfterEdit?.['10 pages']?.p95} ms, memory ${lsp.memory?.withLettersMB} MB`,
      );
  }
  if (only.has('activation')) {
    partial.activation = await runActivation();
    say(`activation: ${partial.activation.skipped ?? `${partial.activation.totalMs} ms (stub vscode)`}`);
  }
  const results: BenchResults = { ...partial, targets: evaluateTargets(partial) };
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const resultsDir = path.join(repoRoot, 'bench', 'results');
  // A quick run is a smoke test: its numbers stay out of the committed results.
  writeFileSync(
    quick ? path.join(os.tmpdir(), 'imr-bench-quick.json') : path.join(resultsDir, 'latest.json'),
    json,
  );
  if (values.baseline) writeFileSync(path.join(resultsDir, 'baseline.json'), json);
  if (!quick) updateDoc(path.join(repoRoot, 'docs', 'benchmarks.md'), renderMarkdown(results));
  for (const t of results.targets)
    say(`${t.met === null ? '-' : t.met ? 'ok' : 'MISSED'}  ${t.name}: ${t.measured} (target ${t.target})`);
  rmSync(corpus.dir, { recursive: true, force: true });
}

let finished = false;
// An await whose answer can never come empties the event loop and Node exits quietly: say so.
process.on('exit', () => {
  if (finished) return;
  process.stderr.write('bench: ended before finishing (something awaited an answer that never came)\n');
  process.exitCode = 1;
});

main().then(
  () => {
    finished = true;
  },
  (error) => {
    finished = true;
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
