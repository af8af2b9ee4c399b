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
  // One report function for the whole run (not a closure per rule): it files a report under the
  // rule now running. A rule that throws has its reports cut off again below.
  let ruleId = '';
  let severity: Severity = 'warning';
  const report = (r: Report) => {
    findings.push({ ...r, ruleId, severity });
  };
  for (const rule of rules) {
    const setting = resolveRuleSetting(config.rules?.[rule.id]);
    const configured = setting?.severity ?? rule.defaultSeverity;
    if (configured === 'off') continue;
    ruleId = rule.id;
    severity = configured;
    const options = setting?.options ? { ...rule.defaultOptions, ...setting.options } : defaultsOf(rule);
    const before = findings.length;
    const started = hooks.onRuleTime ? performance.now() : 0;
    try {
      rule.check({ analysis, options, ruleIds: REGISTERED_IDS, report });
    } catch (error) {
      findings.length = before;
      ruleFailures.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      hooks.onRuleTime?.(rule.id, performance.now() - started);
    }
  }
  findings.sort(compareFindings);
  return { findings: applySuppressions(findings, analysis.determination, config), ruleFailures };
}

/**
 * A rule's options when the configuration gives none: a copy of its defaults, made once per rule
 * and frozen, so that no rule can change what the next document's run of it is given.
 */
const defaultOptions = new WeakMap<AnyRule, unknown>();

function defaultsOf(rule: AnyRule): unknown {
  let options = defaultOptions.get(rule);
  if (options === undefined) {
    options = Object.freeze({ ...rule.defaultOptions });
    defaultOptions.set(rule, options);
  }
  return options;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.span.start - b.span.start ||
    a.span.end - b.span.end ||
    byCodeUnits(a.ruleId, b.ruleId) ||
    byCodeUnits(a.message, b.message)
  );
}
