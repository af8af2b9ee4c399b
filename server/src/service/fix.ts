/**
 * Applying fixes to a text: pure, used by `imr-lint --fix` and by fix-all in the editor.
 *
 * A fix is all-or-nothing: its edits are applied together or not at all. Fixes are taken in the
 * order of their findings; one that overlaps an edit already taken is left for the next pass
 * (the caller re-lints and applies again until nothing changes).
 */
import type { Edit, Finding, Fix } from './rules/types';

export interface FixOutcome {
  readonly text: string;
  /** How many fixes were applied. */
  readonly applied: number;
  /** How many fixes were left because they overlapped one already taken. */
  readonly skipped: number;
}

/** Two edits overlap when they share a character, or both insert at the same offset. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Applies non-overlapping edits (the caller guarantees it); the text outside them is unchanged. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    const start = Math.max(at, Math.min(e.span.start, text.length));
    out += text.slice(at, start) + e.newText;
    at = Math.max(start, Math.min(e.span.end, text.length));
  }
  return out + text.slice(at);
}

/**
 * Applies the first safe fix of every unsuppressed finding, skipping fixes that overlap.
 * New text keeps the document's line ending: a `\n` in a fix becomes `\r\n` in a CRLF document.
 */
export function applySafeFixes(text: string, findings: readonly Finding[]): FixOutcome {
  const eol = detectEol(text);
  const taken: Edit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const fix: Fix | undefined = finding.fixes?.find((f) => f.safe);
    if (!fix || fix.edits.length === 0) continue;
    const edits = fix.edits.map((e) => ({ span: e.span, newText: withEol(e.newText, eol) }));
    const invalid = edits.some(
      (e) => e.span.start < 0 || e.span.end < e.span.start || e.span.end > text.length,
    );
    if (
      invalid ||
      edits.some(
        (e, i) => taken.some((t) => overlaps(t, e)) || edits.slice(i + 1).some((o) => overlaps(o, e)),
      )
    ) {
      skipped++;
      continue;
    }
    taken.push(...edits);
    applied++;
  }
  return { text: applied ? applyEdits(text, taken) : text, applied, skipped };
}

export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

function withEol(newText: string, eol: '\n' | '\r\n'): string {
  if (eol === '\n') return newText;
  return newText.replace(/\r?\n/g, '\r\n');
}
