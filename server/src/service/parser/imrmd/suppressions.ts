/**
 * Suppression directives in HTML comments (docs/format.md):
 * `<!-- imr-lint-disable-next-line rule-a, rule-b -- reason -->`, `<!-- imr-lint-disable rule -- reason -->`,
 * `<!-- imr-lint-enable rule -->`, and `<!-- imr-lint-disable-line rule -- reason -->` at a line's end.
 * Whether the rule ids exist and whether the suppression suppresses anything is for the engine to say.
 */
import type { ParseProblem, Span, Suppression } from '../../model/types';

const PREFIX = 'imr-lint-';
// Longest first, so `disable-next-line` is not read as `disable`.
const KINDS: readonly Suppression['kind'][] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

export type DirectiveResult =
  | { readonly suppression: Suppression }
  | { readonly problem: ParseProblem }
  | null;

/**
 * Reads the inside of one comment (between `<!--` and `-->`). Returns null for an ordinary comment,
 * which the reader simply skips.
 */
export function readDirective(body: string, span: Span): DirectiveResult {
  const inner = body.trim();
  if (!inner.startsWith(PREFIX)) return null;
  const rest = inner.slice(PREFIX.length);
  const kind = KINDS.find((k) => rest.startsWith(k) && (rest.length === k.length || isBreak(rest, k.length)));
  if (!kind) {
    return {
      problem: {
        code: 'suppression-invalid',
        message:
          'Unknown imr-lint directive. Use imr-lint-disable-next-line, imr-lint-disable-line, imr-lint-disable or imr-lint-enable.',
        span,
      },
    };
  }
  const afterKind = rest.slice(kind.length);
  const dashes = afterKind.indexOf('--');
  const idsPart = dashes < 0 ? afterKind : afterKind.slice(0, dashes);
  const reason = dashes < 0 ? '' : afterKind.slice(dashes + 2).trim();
  const ruleIds = idsPart
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return { suppression: { kind, ruleIds, reason: reason.length > 0 ? reason : null, span } };
}

function isBreak(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c === 32 || c === 9 || c === 10 || c === 13 || s.startsWith('--', at);
}
