/**
 * The linear-time check the tests share: how much longer a function takes on an input four times as
 * large, as a ratio, never a wall-clock limit. Linear work gives about 4; the tests allow under 6; a
 * quadratic loop gives about 16 every time.
 *
 * Time is this process's CPU time (other processes on the shared cores do not count), each sample
 * repeats the call until 20 ms have passed (timer resolution does not count), small and large are
 * sampled in alternation and the fastest of each kept (a collection or a late compile lands in one
 * sample, not in all), a collection runs before each measurement, and a ratio at or over the limit
 * is measured again up to three times: a stall can repeat by chance, superlinear work every time.
 * Stages over large heaps, where V8's helper threads add their own CPU time, are measured in a
 * single-threaded child instead (test/hardening/linear-cases.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const LINEAR_LIMIT = 6;
/** Measurements of a ratio at or over the limit before it counts (the lowest is kept). */
const ATTEMPTS = 4;

setFlagsFromString('--expose-gc');
/** A full collection, now. */
export const collectGarbage = runInNewContext('gc') as () => void;

/**
 * CPU time of this process in ms: unlike wall time it does not count the time the machine gave to
 * other processes, which on a loaded machine swamps what is measured.
 */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU milliseconds per call of `fn(input)`, calling it until 20 ms have passed. */
function perCall<T>(fn: (input: T) => unknown, input: T): number {
  let calls = 0;
  const started = cpuMs();
  let elapsed = 0;
  while (elapsed < 20) {
    fn(input);
    calls++;
    elapsed = cpuMs() - started;
  }
  return elapsed / calls;
}

/** Time on `large` over time on `small` (`large` should be 4x `small`); see the module comment. */
export function growthRatio<T>(fn: (input: T) => unknown, small: T, large: T): number {
  fn(small); // compiles the expressions and warms the caches once, outside the measurement
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < ATTEMPTS && ratio >= LINEAR_LIMIT; attempt++) {
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    // The garbage of what ran before (another test's included) is collected here, not in a sample;
    // the collection's own background sweeping can only slow the first sample, and the fastest is kept.
    collectGarbage();
    for (let round = 0; round < 3; round++) {
      bestSmall = Math.min(bestSmall, perCall(fn, small));
      bestLarge = Math.min(bestLarge, perCall(fn, large));
    }
    ratio = Math.min(ratio, bestLarge / bestSmall);
  }
  return ratio;
}
