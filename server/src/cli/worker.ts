/** Worker-thread entry (bundled as dist/cli-worker.js): lints the batches of tasks it is sent. */
import { parentPort } from 'node:worker_threads';
import { type LintTask, lintTask, ServicePool } from './lintFile';

const pool = new ServicePool();

parentPort?.on('message', (m: { start: number; tasks: LintTask[] }) => {
  parentPort!.postMessage({ start: m.start, outcomes: m.tasks.map((t) => lintTask(t, pool)) });
});
