/** argv of the lint command to typed options; every usage mistake is a UsageError (exit 2). */
import { parseArgs } from 'node:util';
import type { Severity } from '../service/rules/types';
import { FORMAT_NAMES } from './formatters/index';
import { UsageError } from './io';
import type { FixMode } from './lintFile';

export interface OutputSpec {
  readonly format: string;
  /** Absent: standard output. */
  readonly file?: string;
}

export interface LintOptions {
  readonly inputs: readonly string[];
  readonly outputs: readonly OutputSpec[];
  readonly failLevel: Severity;
  readonly maxWarnings: number | null;
  readonly quiet: boolean;
  readonly mustFindFiles: boolean;
  readonly config: string | null;
  readonly configLookup: boolean;
  readonly printConfig: string | null;
  readonly fix: FixMode;
  readonly redact: boolean;
  readonly concurrency: string;
  readonly stats: boolean;
  readonly reportUnusedDirectives: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

const SEVERITIES = ['error', 'warning', 'info'];

export function parseLintOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): LintOptions {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    tokens: true,
    options: {
      format: { type: 'string', short: 'f', multiple: true },
      'output-file': { type: 'string', short: 'o', multiple: true },
      'fail-level': { type: 'string', default: 'error' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'no-must-find-files': { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      'no-config-lookup': { type: 'boolean', default: false },
      'print-config': { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      redact: { type: 'boolean', default: false },
      'no-redact': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: 'auto' },
      stats: { type: 'boolean', default: false },
      'report-unused-disable-directives': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const outputs = pairOutputs(tokens);
  const failLevel = values['fail-level']!;
  if (!SEVERITIES.includes(failLevel))
    throw new UsageError(`--fail-level takes error, warning or info, not "${failLevel}".`);
  let maxWarnings: number | null = null;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d{1,9}$/.test(values['max-warnings']))
      throw new UsageError('--max-warnings takes a whole number (0 or more).');
    maxWarnings = Number(values['max-warnings']);
  }
  const concurrency = values.concurrency!;
  if (concurrency !== 'auto' && !/^[1-9]\d{0,2}$/.test(concurrency))
    throw new UsageError('--concurrency takes a number from 1 or "auto".');
  if (values.fix && values['fix-dry-run']) throw new UsageError('Use --fix or --fix-dry-run, not both.');
  if (values.config && values['no-config-lookup'])
    throw new UsageError('Use --config or --no-config-lookup, not both.');
  if (values.redact && values['no-redact']) throw new UsageError('Use --redact or --no-redact, not both.');
  return {
    inputs: positionals,
    outputs,
    failLevel: failLevel as Severity,
    maxWarnings,
    quiet: values.quiet!,
    mustFindFiles: !values['no-must-find-files'],
    config: values.config ?? null,
    configLookup: !values['no-config-lookup'],
    printConfig: values['print-config'] ?? null,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'off',
    // No letter text in CI logs unless asked for: CI=true turns redaction on.
    redact: values.redact || (!values['no-redact'] && env.CI === 'true'),
    concurrency,
    stats: values.stats!,
    reportUnusedDirectives: values['report-unused-disable-directives']!,
    help: values.help!,
    version: values.version!,
  };
}

type Token = { kind: string; name?: string; value?: string | undefined };

/**
 * Each --output-file belongs to the --format just before it (one given before any --format belongs to
 * the first one); a format without one goes to standard output.
 */
function pairOutputs(tokens: readonly Token[]): OutputSpec[] {
  const specs: { format: string; file?: string }[] = [];
  let early: string | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (t.name === 'format') {
      if (!(FORMAT_NAMES as readonly string[]).includes(t.value))
        throw new UsageError(`Unknown format "${t.value}". Use one of: ${FORMAT_NAMES.join(', ')}.`);
      specs.push(
        specs.length === 0 && early !== undefined ? { format: t.value, file: early } : { format: t.value },
      );
    } else if (t.name === 'output-file') {
      const last = specs[specs.length - 1];
      if (last ? last.file !== undefined : early !== undefined)
        throw new UsageError(
          `--output-file ${t.value} has no --format of its own; give one --format before each.`,
        );
      if (last) last.file = t.value;
      else early = t.value;
    }
  }
  if (specs.length === 0)
    return [early === undefined ? { format: 'stylish' } : { format: 'stylish', file: early }];
  return specs;
}
