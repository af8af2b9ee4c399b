/** `imr-lint [files...]`: configure, lint (on worker threads when many files), write every format, exit code. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { teamCatalog } from '../../service/catalog/default';
import type { RuleSetting } from '../../service/config';
import { resolveRuleSetting } from '../../service/config';
import type { Severity } from '../../service/rules/types';
import { SUPPRESSION_UNUSED } from '../../service/suppressions';
import { ConfigError, ConfigResolver, type ResolvedConfig } from '../config';
import { displayPath, expandInputs } from '../files';
import { githubSummary } from '../formatters/github';
import { formatters } from '../formatters/index';
import type { FileResult, FormatContext } from '../formatters/types';
import { type CliIo, UsageError } from '../io';
import type { LintTask, TaskOutcome } from '../lintFile';
import type { LintOptions } from '../options';
import { printStats } from '../stats';
import { chooseConcurrency, runTasks } from '../workers';

export interface ToolInfo {
  readonly version: string;
  readonly homepage: string | undefined;
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export async function lintCommand(options: LintOptions, io: CliIo, tool: ToolInfo): Promise<number> {
  const resolver = new ConfigResolver(
    options.config
      ? { kind: 'file', file: path.resolve(io.cwd, options.config) }
      : options.configLookup
        ? { kind: 'lookup' }
        : { kind: 'none' },
  );
  if (options.printConfig) return printConfig(resolver, options, io);
  const files = await expandInputs(options.inputs.length ? options.inputs : ['.'], io.cwd);
  if (files.length === 0 && options.mustFindFiles) throw new UsageError('No files matched.');
  const root = repositoryRoot(io.cwd);
  const checkedCatalogs = new Set<string>();
  const tasks: LintTask[] = files.map((file) => {
    const config = resolver.forFile(file);
    for (const c of config.catalogFiles) checkCatalog(c, checkedCatalogs);
    const filePath = displayPath(file, io.cwd);
    const fromRoot = path.relative(root, file);
    return {
      file,
      filePath,
      repoPath:
        fromRoot.startsWith('..') || path.isAbsolute(fromRoot)
          ? filePath
          : fromRoot.split(path.sep).join('/'),
      rules: withUnusedDirectives(config.rules, options.reportUnusedDirectives),
      catalogFiles: config.catalogFiles,
      fix: options.fix,
      redact: options.redact,
      stats: options.stats,
    };
  });
  const outcomes = await runTasks(tasks, chooseConcurrency(options.concurrency, tasks.length));
  const results = outcomes.map((o) => (options.quiet ? errorsOnly(o.result) : o.result));
  for (const o of outcomes) if (o.diff) io.stdout(o.diff);
  writeOutputs(
    results,
    options,
    io,
    { toolVersion: tool.version, rootUri: `${pathToFileURL(root).href.replace(/\/$/, '')}/` },
    tool,
  );
  if (options.stats) io.stderr(printStats(outcomes));
  return exitCode(outcomes, results, options, io);
}

function withUnusedDirectives(rules: Readonly<Record<string, RuleSetting>>, report: boolean) {
  if (!report) return rules;
  const configured = resolveRuleSetting(rules[SUPPRESSION_UNUSED]);
  // The flag turns the rule on as a warning, unless the configuration already gives it a severity.
  return configured && configured.severity !== 'off'
    ? rules
    : { ...rules, [SUPPRESSION_UNUSED]: 'warning' as const };
}

function writeOutputs(
  results: readonly FileResult[],
  options: LintOptions,
  io: CliIo,
  context: FormatContext,
  tool: ToolInfo,
): void {
  const all = formatters(tool.homepage);
  for (const spec of options.outputs) {
    const text = all[spec.format]!(results, context);
    if (spec.file) io.writeFile(path.resolve(io.cwd, spec.file), text);
    else io.stdout(text);
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (spec.format === 'github' && summary) io.appendFile(summary, githubSummary(results));
  }
}

export function exitCode(
  outcomes: readonly TaskOutcome[],
  results: readonly FileResult[],
  options: LintOptions,
  io: CliIo,
): number {
  let internal = false;
  for (const [i, o] of outcomes.entries()) {
    for (const id of o.ruleFailures) {
      io.stderr(
        `imr-lint: internal error: rule ${id} failed on ${results[i]!.filePath}; its findings are missing.\n`,
      );
      internal = true;
    }
    if (o.writeError) {
      io.stderr(`imr-lint: ${results[i]!.filePath}: ${o.writeError}\n`);
      internal = true;
    }
  }
  if (internal) return 2;
  const shown = results.flatMap((r) => r.findings.filter((f) => !f.suppressed));
  if (shown.some((f) => rank[f.severity] >= rank[options.failLevel])) return 1;
  const warnings = shown.filter((f) => f.severity === 'warning').length;
  if (options.maxWarnings !== null && warnings > options.maxWarnings) {
    io.stderr(`imr-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

/** The folder holding .git (a folder, or a file in a git worktree) above cwd; else cwd itself. */
export function repositoryRoot(cwd: string): string {
  for (let dir = cwd; ; ) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return cwd;
    dir = parent;
  }
}

/** A team catalog file must be readable JSON; checked once here so workers cannot fail on it. */
function checkCatalog(file: string, checked: Set<string>): void {
  if (checked.has(file)) return;
  checked.add(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `${file}: cannot read the catalog file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`${file}: the catalog file is not valid JSON.`);
  }
  // Validate against the catalog schema now, so a bad team file stops the run with its place named.
  const { problems } = teamCatalog([{ name: file, data }]);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw new ConfigError(`${file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`);
  }
}

function printConfig(resolver: ConfigResolver, options: LintOptions, io: CliIo): number {
  const file = path.resolve(io.cwd, options.printConfig!);
  const config: ResolvedConfig = resolver.forFile(file);
  const shown = {
    rules: withUnusedDirectives(config.rules, options.reportUnusedDirectives),
    catalogFiles: config.catalogFiles.map((f) => displayPath(f, io.cwd)),
    configFiles: config.configFiles.map((f) => displayPath(f, io.cwd)),
  };
  io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
  return 0;
}
