// Compares a benchmark run (bench/results/latest.json) with the committed baseline
// (bench/results/baseline.json) and prints, per measure, baseline, new value and the ratio
// (above 1 = worse). Exits 1 only when a measure is worse than the baseline by more than the factor
// (default 1.5, --factor N) and, for times, by more than 1 ms (noise on a shared machine); 2 when a
// file is missing. Not part of npm test: timings depend on the machine.
//   node scripts/bench-compare.mjs [--factor 1.5] [--baseline FILE] [--latest FILE]
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    factor: { type: 'string', default: '1.5' },
    baseline: { type: 'string', default: path.join(root, 'bench', 'results', 'baseline.json') },
    latest: { type: 'string', default: path.join(root, 'bench', 'results', 'latest.json') },
  },
});
const factor = Number(values.factor);

function load(file) {
  if (!existsSync(file)) {
    process.stderr.write(`bench-compare: ${file} not found (run npm run bench first).\n`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

// [label, path into the results, 'lower' or 'higher' is better, is it a time in ms]
const MEASURES = [
  ['CLI median ms', 'cli.imrLint.medianMs', 'lower', true],
  ['CLI speed-up over markdownlint-cli2', 'cli.speedup', 'higher', false],
  ['CLI one worker ms', 'cli.workers.oneWorker.medianMs', 'lower', true],
  ['CLI workers ms', 'cli.workers.defaultWorkers.medianMs', 'lower', true],
  ['Engine letters/s', 'engine.lettersPerSecond', 'higher', false],
  ['Diagnostics p95, 3 pages', 'lsp.diagnosticsAfterEdit.3 pages.p95', 'lower', true],
  ['Diagnostics p95, 10 pages', 'lsp.diagnosticsAfterEdit.10 pages.p95', 'lower', true],
  ['Diagnostics p95, 100 pages', 'lsp.diagnosticsAfterEdit.100 pages.p95', 'lower', true],
  ['Completion p95', 'lsp.completion.p95', 'lower', true],
  ['Hover p95', 'lsp.hover.p95', 'lower', true],
  ['1 MB open to diagnostics ms', 'lsp.oneMegabyte.openToDiagnosticsMs', 'lower', true],
  ['Server MB, 200 letters', 'lsp.memory.withLettersMB', 'lower', false],
  ['Activation ms', 'activation.totalMs', 'lower', true],
];

const get = (obj, dotted) => dotted.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
const baseline = load(values.baseline);
const latest = load(values.latest);

process.stdout.write(
  `baseline ${baseline.commit} (${baseline.date}) -> latest ${latest.commit} (${latest.date})\n`,
);
process.stdout.write(`regression: worse by more than ${factor}x\n\n`);
let regressions = 0;
for (const [label, key, better, isTime] of MEASURES) {
  const before = get(baseline, key);
  const after = get(latest, key);
  if (typeof before !== 'number' || typeof after !== 'number') {
    process.stdout.write(`  -   ${label}: ${before ?? 'n/a'} -> ${after ?? 'n/a'}\n`);
    continue;
  }
  // Ratio above 1 means worse, whichever direction is better.
  const worse = better === 'lower' ? after / before : before / after;
  const significant = !isTime || Math.abs(after - before) > 1;
  const regressed = worse > factor && significant;
  if (regressed) regressions++;
  process.stdout.write(
    `${regressed ? 'REGR' : '  ok'} ${label}: ${before} -> ${after} (x${worse.toFixed(2)} ${worse > 1 ? 'worse' : 'better or same'})\n`,
  );
}
process.stdout.write(`\n${regressions} regression(s)\n`);
process.exitCode = regressions > 0 ? 1 : 0;
