/**
 * Running lint tasks on worker threads. Tasks go out in small batches to whichever worker is free;
 * outcomes are put back in task order, so the output is byte-identical to a single-threaded run.
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type LintTask, lintTask, ServicePool, type TaskOutcome } from './lintFile';

/** Below this many files, threads cost more than they save. */
export const AUTO_THRESHOLD = 50;
/**
 * With this many cores or fewer, `auto` stays on one thread. Each thread warms up its own compiled
 * code: its first 100 generated letters cost about 10 ms each, later ones 2-3 ms, about 1.5 s of CPU
 * a thread. And one thread already keeps more than one core busy (the compiler and the garbage
 * collector run beside it: 1,000 letters took 3.5 s of CPU in 2.6 s). So on two cores a second
 * thread bought at best what its warm-up cost (the first round measured 1.1x), and on a loaded
 * machine it lost: 1,000 letters, five runs alternating, median 4.5 s on one thread, 6.8 s on two.
 */
export const AUTO_MIN_CORES = 3;
const BATCH = 8;

export function chooseConcurrency(setting: string, files: number, cores = availableParallelism()): number {
  if (setting === 'auto') {
    if (files <= AUTO_THRESHOLD || cores < AUTO_MIN_CORES) return 1;
    return Math.max(1, Math.min(cores, Math.ceil(files / BATCH)));
  }
  return Number(setting);
}

export async function runTasks(tasks: readonly LintTask[], concurrency: number): Promise<TaskOutcome[]> {
  if (concurrency <= 1 || tasks.length <= 1) {
    const pool = new ServicePool();
    return tasks.map((t) => lintTask(t, pool));
  }
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, Math.ceil(tasks.length / BATCH)) }, () =>
    newWorker(),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve();
              const start = next;
              next = Math.min(tasks.length, next + BATCH);
              worker.postMessage({ start, tasks: tasks.slice(start, next) });
            };
            worker.on('message', (m: { start: number; outcomes: TaskOutcome[] }) => {
              m.outcomes.forEach((o, i) => {
                outcomes[m.start + i] = o;
              });
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0)
                reject(new Error(`a lint worker exited early (code ${code}).`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

/**
 * The worker script: bundled as dist/cli-worker.js beside dist/cli.js. From source (the tests run
 * TypeScript through tsx) a worker cannot load a .ts file by name, so it registers tsx first.
 */
function newWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const source = JSON.stringify(path.join(__dirname, 'worker.ts'));
    return new Worker(`require('tsx/cjs'); require(${source});`, { eval: true });
  }
  return new Worker(path.join(__dirname, 'cli-worker.js'));
}
