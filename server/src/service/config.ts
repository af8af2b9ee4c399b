/**
 * The service's own configuration: rule severities and options. The CLI and the server turn
 * `.imr-lint.json` files and editor settings into this; the service never reads files.
 */
import type { SeverityOrOff } from './rules/types';

/** `"warning"`, or `["warning", { ...options }]`, as in `.imr-lint.json`. */
export type RuleSetting = SeverityOrOff | readonly [SeverityOrOff, Record<string, unknown>?];

export interface LintConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export interface ResolvedRuleSetting {
  readonly severity: SeverityOrOff;
  readonly options: Record<string, unknown> | undefined;
}

export function resolveRuleSetting(setting: RuleSetting | undefined): ResolvedRuleSetting | undefined {
  if (setting === undefined) return undefined;
  if (typeof setting === 'string') return { severity: setting, options: undefined };
  return { severity: setting[0], options: setting[1] };
}
