/**
 * The rule engine: runs every enabled rule over one analysis, applies configured severities and
 * inline suppressions, and returns findings sorted by position. A rule that throws loses its own
 * findings for this document, never the others'.
 */
import type { Analysis } from './analysis';
import { type LintConfig, resolveRuleSetting } from './config';
import { byCodeUnits } from './order';
import { allRules } from './rules/index';
import type { AnyRule, Finding, Report, Severity } from './rules/types';
import { applySuppressions } from './suppressions';

/** Every registered rule id: what a suppression may name. */
const REGISTERED_IDS: ReadonlySet<string> = new Set(allRules.map((r) => r.id));

export interface LintResult {
  readonly findings: readonly Finding[];
  /** Rules that threw, by id, with the error message (no letter text). */
  readonly ruleFailures: readonly { readonly ruleId: string; readonly message: string }[];
}

/** Optional observers of a lint run (the CLI's `--stats`). */
export interface LintHooks {
  /** Milliseconds one rule's check took on this document. */
  onRuleTime?(ruleId: string, ms: number): void;
}

export function lint(
  analysis: Analysis,
  config: LintConfig = {},
  rules: readonly AnyRule[] = allRules,
  hooks: LintHooks = {},
): LintResult {
  const findings: Finding[] = [];
  const ruleFailures: { ruleId: string; message: string }[] = [];
  for (const rule of rules) {
    const setting = resolveRuleSetting(config.rules?.[rule.id]);
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const options = { ...rule.defaultOptions, ...(setting?.options ?? {}) };
    const reports: Report[] = [];
    const started = hooks.onRuleTime ? performance.now() : 0;
    try {
      rule.check({ analysis, options, ruleIds: REGISTERED_IDS, report: (r: Report) => reports.push(r) });
    } catch (error) {
      ruleFailures.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    } finally {
      hooks.onRuleTime?.(rule.id, performance.now() - started);
    }
    for (const r of reports) findings.push({ ...r, ruleId: rule.id, severity: severity as Severity });
  }
  findings.sort(compareFindings);
  return { findings: applySuppressions(findings, analysis.determination, config), ruleFailures };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.span.start - b.span.start ||
    a.span.end - b.span.end ||
    byCodeUnits(a.ruleId, b.ruleId) ||
    byCodeUnits(a.message, b.message)
  );
}
