/**
 * Inline suppressions (docs/format.md): `<!-- imr-lint-disable-next-line rule -- reason -->`,
 * `<!-- imr-lint-disable rule -- reason -->` ... `<!-- imr-lint-enable rule -->`.
 * Suppressed findings are kept, marked, so SARIF can show them as suppressed.
 */
import type { Determination } from './model/types';
import type { Finding } from './rules/types';

export function applySuppressions(findings: Finding[], _determination: Determination): Finding[] {
  return findings;
}
