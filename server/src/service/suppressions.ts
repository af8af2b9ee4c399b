/**
 * Inline suppressions (docs/cli.md, "Suppressions"):
 *   `<!-- imr-lint-disable-next-line rule-a rule-b -- reason -->`  the next non-blank line
 *   `<!-- imr-lint-disable-line rule -- reason -->`                 the directive's own line
 *   `<!-- imr-lint-disable rule -- reason -->` ... `<!-- imr-lint-enable rule -->`   a range
 * No rule ids means every rule. Suppressed findings are kept, marked with the directive's reason and
 * span, so SARIF can show them as suppressed rather than missing.
 *
 * Decisions:
 * - A directive without a reason suppresses nothing (and `suppression-invalid` reports it): a reason
 *   is what makes a suppression reviewable, so a reason-less one must not hide a finding.
 * - Findings of the suppression rules themselves are never suppressed.
 * - `imr-lint-enable <id>` ends a disable of that id; a disable of every rule ends only at a bare
 *   `imr-lint-enable`. A disable without an enable runs to the end of the document.
 * - `suppression-unused` findings come from here, not from the rule's check, because only after every
 *   other rule has run is it known what a directive suppressed. It is off unless configured.
 */
import { type LintConfig, resolveRuleSetting } from './config';
import { LineIndex } from './model/lineIndex';
import type { Determination, Span, Suppression } from './model/types';
import { byCodeUnits } from './order';
import type { Finding, Severity } from './rules/types';

export const SUPPRESSION_UNUSED = 'suppression-unused';
export const SUPPRESSION_INVALID = 'suppression-invalid';
const UNSUPPRESSIBLE = new Set([SUPPRESSION_UNUSED, SUPPRESSION_INVALID]);

/** What one directive covers: offsets [start, end) for some rule ids (empty: every rule). */
interface Cover {
  readonly directive: Suppression;
  readonly start: number;
  readonly end: number;
  readonly ruleIds: readonly string[];
  /** Ids (or '*') that suppressed at least one finding. */
  readonly used: Set<string>;
}

export function hasReason(s: Suppression): boolean {
  return s.reason !== null && s.reason.trim() !== '';
}

export function applySuppressions(
  findings: Finding[],
  determination: Determination,
  config: LintConfig = {},
): Finding[] {
  if (determination.suppressions.length === 0) return findings;
  const lines = new LineIndex(determination.text);
  const covers = coversOf(determination, lines);
  const out = findings.map((finding) => {
    if (UNSUPPRESSIBLE.has(finding.ruleId)) return finding;
    const at = finding.span.start;
    for (const cover of covers) {
      if (at < cover.start || at >= cover.end) continue;
      const key =
        cover.ruleIds.length === 0 ? '*' : cover.ruleIds.includes(finding.ruleId) ? finding.ruleId : '';
      if (!key) continue;
      cover.used.add(key);
      return {
        ...finding,
        suppressed: { reason: cover.directive.reason!.trim(), span: cover.directive.span },
      };
    }
    return finding;
  });
  const severity = resolveRuleSetting(config.rules?.[SUPPRESSION_UNUSED])?.severity ?? 'off';
  if (severity === 'off') return out;
  out.push(...unusedFindings(covers, severity));
  return out.sort((a, b) => a.span.start - b.span.start || byCodeUnits(a.ruleId, b.ruleId));
}

function unusedFindings(covers: readonly Cover[], severity: Severity): Finding[] {
  // One directive may yield several covers (one per id of a range); judge each directive once.
  const byDirective = new Map<Suppression, { ids: readonly string[]; used: Set<string> }>();
  for (const c of covers) {
    const entry = byDirective.get(c.directive) ?? { ids: c.directive.ruleIds, used: new Set<string>() };
    for (const u of c.used) entry.used.add(u);
    byDirective.set(c.directive, entry);
  }
  const found: Finding[] = [];
  for (const [directive, { ids, used }] of byDirective) {
    const unused = ids.length === 0 ? (used.size === 0 ? ['*'] : []) : ids.filter((id) => !used.has(id));
    if (unused.length === 0) continue;
    const what = unused[0] === '*' ? 'any finding' : `a finding of ${unused.join(', ')}`;
    found.push({
      ruleId: SUPPRESSION_UNUSED,
      severity,
      span: directive.span,
      message: `This suppression does not suppress ${what}; remove it or name the rule it is for.`,
    });
  }
  return found;
}

function coversOf(determination: Determination, lines: LineIndex): Cover[] {
  const text = determination.text;
  const covers: Cover[] = [];
  const directives = [...determination.suppressions].sort((a, b) => a.span.start - b.span.start);
  for (const [i, d] of directives.entries()) {
    if (d.kind === 'enable' || !hasReason(d)) continue;
    const base = { directive: d, used: new Set<string>() };
    if (d.kind === 'disable-line') {
      const line = lines.positionAt(d.span.start).line;
      covers.push({ ...base, ...lineSpan(lines, line), ruleIds: d.ruleIds });
    } else if (d.kind === 'disable-next-line') {
      const target = nextNonBlankLine(text, lines, lines.positionAt(d.span.end).line + 1);
      if (target !== null) covers.push({ ...base, ...lineSpan(lines, target), ruleIds: d.ruleIds });
    } else {
      const ids = d.ruleIds.length === 0 ? [null] : d.ruleIds;
      for (const id of ids) {
        const end = directives
          .slice(i + 1)
          .find(
            (e) => e.kind === 'enable' && (e.ruleIds.length === 0 || (id !== null && e.ruleIds.includes(id))),
          );
        covers.push({
          ...base,
          start: d.span.end,
          end: end ? end.span.start : text.length + 1,
          ruleIds: id === null ? [] : [id],
        });
      }
    }
  }
  return covers;
}

function lineSpan(lines: LineIndex, line: number): Span {
  // Past the line's end (not just its content) so a finding at the line break still counts.
  return { start: lines.lineStart(line), end: Math.max(lines.lineEnd(line) + 1, lines.lineStart(line + 1)) };
}

function nextNonBlankLine(text: string, lines: LineIndex, from: number): number | null {
  for (let line = from; line < lines.lineCount; line++) {
    if (text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() !== '') return line;
  }
  return null;
}
