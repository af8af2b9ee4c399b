/**
 * The results of one `npm run bench`: checked against the targets in PRODUCT.md ("How good") and
 * written as markdown tables into docs/benchmarks.md, between the generated-section markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CliResult } from './cli';
import type { EngineResult } from './engine';
import type { LspResult } from './lsp';
import type { HotFile, Hotspot } from './profile';
import type { Machine } from './stats';

export interface Activation {
  readonly skipped?: string;
  readonly requireMs?: number;
  readonly activateMs?: number;
  readonly totalMs?: number;
  readonly activateThrew?: string;
  /** What the extension's own activate() reported (its exports carry activationMs). */
  readonly reportedMs?: number;
  /** Loading the language client library, which the extension does in a task after activation. */
  readonly clientLoadMs?: number;
  readonly runs?: number;
}

export interface BenchResults {
  readonly date: string;
  readonly commit: string;
  readonly machine: Machine;
  readonly corpus: {
    readonly letters: number;
    readonly megabytes: number;
    readonly seed: number;
    readonly sources: number;
    readonly kinds: Record<string, number>;
  };
  readonly engine?: EngineResult;
  readonly engineHotspots?: readonly Hotspot[];
  readonly engineHotFiles?: readonly HotFile[];
  readonly cli?: CliResult;
  readonly lsp?: LspResult;
  readonly activation?: Activation;
  readonly targets: readonly Target[];
  /** Set when the run measured only these parts; the others come from the run before. */
  readonly measured?: readonly string[];
}

export interface Target {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  /** null when not measured in this run. */
  readonly met: boolean | null;
}

type Partial = Omit<BenchResults, 'targets'>;

function check(
  name: string,
  target: string,
  value: number | undefined,
  ok: (v: number) => boolean,
  unit: string,
): Target {
  if (value === undefined || Number.isNaN(value))
    return { name, target, measured: 'not measured', met: null };
  return { name, target, measured: `${value}${unit}`, met: ok(value) };
}

/** Each target of PRODUCT.md "How good", with this run's number. */
export function evaluateTargets(r: Partial): Target[] {
  const ten = r.lsp?.diagnosticsAfterEdit?.['10 pages'];
  return [
    check('CLI vs markdownlint-cli2 (whole process)', '>= 5x faster', r.cli?.speedup, (v) => v >= 5, 'x'),
    check(
      'Engine throughput, one core',
      '>= 2,000 letters/s',
      r.engine?.lettersPerSecond,
      (v) => v >= 2000,
      ' letters/s',
    ),
    check('Diagnostics after an edit, 10-page letter', 'p95 < 20 ms', ten?.p95, (v) => v < 20, ' ms'),
    check('Completion, 10-page letter', 'p95 < 10 ms', r.lsp?.completion?.p95, (v) => v < 10, ' ms'),
    check('Hover, 10-page letter', 'p95 < 10 ms', r.lsp?.hover?.p95, (v) => v < 10, ' ms'),
    check(
      '1 MB document: open to diagnostics',
      '< 250 ms',
      r.lsp?.oneMegabyte?.openToDiagnosticsMs,
      (v) => v < 250,
      ' ms',
    ),
    check('Server memory, 200 letters open', '< 100 MB', r.lsp?.memory?.withLettersMB, (v) => v < 100, ' MB'),
    check('Extension activation (stub vscode)', '< 50 ms', r.activation?.totalMs, (v) => v < 50, ' ms'),
  ];
}

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [
    `Run ${r.date} at commit ${r.commit} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform} (load average ${m.loadAverage} at start).`,
    ...(r.measured
      ? [`This run measured ${r.measured.join(', ')}; the other parts are from the run before.`]
      : []),
    `Corpus: ${r.corpus.letters} generated letters, ${r.corpus.megabytes} MB, seed ${r.corpus.seed}, recombined from ${r.corpus.sources} published letters (${Object.entries(
      r.corpus.kinds,
    )
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ')}).`,
    '',
    '### Targets',
    '',
    table(
      ['What', 'Target', 'Measured', ''],
      r.targets.map((t) => [t.name, t.target, t.measured, verdict(t.met)]),
    ),
  ];
  if (r.cli) {
    const c = r.cli;
    const rows: (string | number)[][] = [
      [`\`${c.imrLint.command}\``, c.imrLint.medianMs, c.imrLint.runsMs.join(', '), c.imrLint.findings],
      [
        `\`${c.markdownlint.command}\``,
        c.markdownlint.medianMs,
        c.markdownlint.runsMs.join(', '),
        c.markdownlint.findings,
      ],
    ];
    if (c.workers)
      rows.push(
        [
          `\`${c.workers.oneWorker.command}\``,
          c.workers.oneWorker.medianMs,
          c.workers.oneWorker.runsMs.join(', '),
          c.workers.oneWorker.findings,
        ],
        [
          `\`${c.workers.defaultWorkers.command}\``,
          c.workers.defaultWorkers.medianMs,
          c.workers.defaultWorkers.runsMs.join(', '),
          c.workers.defaultWorkers.findings,
        ],
      );
    out.push(
      '',
      `### CLI, whole process, ${c.files} files`,
      '',
      table(['Command', 'Median ms', 'Runs ms', 'Findings'], rows),
      '',
    );
    out.push(
      `markdownlint-cli2 / imr-lint: **${c.speedup}x**${c.workers ? `; one worker / one worker per core: ${c.workers.speedup}x` : '; the CLI has no --concurrency option in this tree'}.`,
    );
  }
  if (r.engine) {
    const e = r.engine;
    out.push(
      '',
      '### Engine, in process, one core',
      '',
      table(
        [
          'Letters/s',
          'MB/s',
          'Passes',
          'Read ms/letter',
          'Analyse ms/letter',
          'Lint ms/letter',
          'Findings/pass',
        ],
        [
          [
            e.lettersPerSecond,
            e.megabytesPerSecond,
            e.passes,
            e.stagesMsPerLetter.read,
            e.stagesMsPerLetter.analyze,
            e.stagesMsPerLetter.lint,
            e.findings,
          ],
        ],
      ),
    );
    if (e.realLetters)
      out.push(
        '',
        `The ${e.realLetters.letters} published letters, each pass with a new catalog (no catalog memo carries over; every letter distinct): ${e.realLetters.lettersPerSecond} letters/s, ${e.realLetters.megabytesPerSecond} MB/s. The generated letters recombine those letters' items, so their requests and citations repeat and the per-catalog memos hit more often; published letters are also shorter (about 6 KB and 1.9 items against 11 KB and 5.5).`,
      );
  }
  if (r.engineHotspots?.length)
    out.push(
      '',
      '### Engine CPU profile: most self time',
      '',
      table(
        ['Function', 'Where', 'Self ms', 'Self %'],
        r.engineHotspots.map((h) => [`\`${h.function}\``, h.location, h.selfMs, h.selfPercent]),
      ),
    );
  if (r.engineHotFiles?.length)
    out.push(
      '',
      '### Engine CPU profile: self time by source file',
      '',
      table(
        ['File', 'Self ms', 'Self %'],
        r.engineHotFiles.map((h) => [h.file, h.selfMs, h.selfPercent]),
      ),
    );
  out.push('', '### Language server over stdio', '');
  if (!r.lsp || r.lsp.skipped) out.push(`Skipped: ${r.lsp?.skipped ?? 'not run'}.`);
  else {
    const l = r.lsp;
    const p = (
      name: string,
      x: { n: number; p50: number; p95: number; p99: number; max: number },
      extra = '',
    ) => [name, x.n, x.p50, x.p95, x.p99, x.max, extra];
    const rows = Object.entries(l.diagnosticsAfterEdit ?? {}).map(([k, v]) =>
      p(`Diagnostics after an edit, ${k}`, v, `${v.kilobytes} KB, ${v.findings} findings`),
    );
    if (l.completion) rows.push(p('Completion, 10 pages', l.completion));
    if (l.hover) rows.push(p('Hover, 10 pages', l.hover));
    if (l.oneMegabyte)
      rows.push(p('Edit in the 1 MB document', l.oneMegabyte.editMs, `${l.oneMegabyte.kilobytes} KB`));
    out.push(
      `Diagnostics: ${l.diagnosticsMode}. Times are from sending the request (or the edit) to the answer, ms.`,
      '',
    );
    out.push(table(['What', 'n', 'p50', 'p95', 'p99', 'max', ''], rows));
    if (l.oneMegabyte)
      out.push(
        '',
        `1 MB document (${l.oneMegabyte.kilobytes} KB), open to first diagnostics: ${l.oneMegabyte.openToDiagnosticsMs} ms.`,
      );
    if (l.memory)
      out.push(
        `Resident memory (VmRSS): ${l.memory.idleMB} MB idle, ${l.memory.withLettersMB} MB with ${l.memory.lettersOpen} letters open and checked.`,
      );
  }
  const a = r.activation;
  out.push('', '### Extension activation', '');
  out.push(
    !a || a.skipped
      ? `Skipped: ${a?.skipped ?? 'not run'}.`
      : `Production bundle, with a stand-in \`vscode\` module, medians of ${a.runs ?? 1} fresh processes: require ${a.requireMs} ms + activate ${a.activateMs} ms = ${a.totalMs} ms${a.reportedMs !== undefined ? ` (activate() measured itself at ${a.reportedMs} ms in the first run)` : ''}${a.activateThrew ? ` (activate threw ${a.activateThrew} against the stand-in)` : ''}. The language client library then loads in a later task, after activation: ${a.clientLoadMs ?? '?'} ms.`,
  );
  return out.join('\n');
}

export const START = '<!-- bench:results:start (generated by npm run bench; edit outside these markers) -->';
export const END = '<!-- bench:results:end -->';

/** Replaces the generated part of docs/benchmarks.md, keeping the prose around it. */
export function updateDoc(docFile: string, markdown: string): void {
  const doc = readFileSync(docFile, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${docFile} lacks the generated-section markers`);
  writeFileSync(docFile, `${doc.slice(0, start + START.length)}\n${markdown}\n${doc.slice(end)}`);
}
