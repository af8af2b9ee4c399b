/**
 * Phrase tests that agree with lower-casing the text first, without lower-casing it. The only
 * characters besides ASCII capitals that lower-case to ASCII are the Kelvin sign (to "k") and the
 * dotted capital I (to "i" and a combining dot). So for a phrase of lower-case ASCII:
 * - `text.slice(at, at + phrase.length).toLowerCase() === phrase` exactly when
 *   `sameIgnoringAsciiCase(text, at, phrase)` (a dotted capital I makes the lowered slice longer);
 * - when the phrase also holds no "k" and does not end in "i", `text.toLowerCase()` holds it exactly
 *   where the text holds it that way (a dotted I's combining dot matches nothing in the phrase).
 * test/service/asciiCase.test.ts, layout.test.ts and fields.test.ts check this on random text.
 */

const KELVIN = 0x212a;

/** Whether `phrase` (lower-case ASCII) stands at `at` in `text`, as `text.slice(...).toLowerCase()` would. */
export function sameIgnoringAsciiCase(text: string, at: number, phrase: string): boolean {
  if (at < 0 || at + phrase.length > text.length) return false;
  for (let m = 0; m < phrase.length; m++) {
    const c = text.charCodeAt(at + m);
    const p = phrase.charCodeAt(m);
    if (c !== p && !(p >= 0x61 && p <= 0x7a && (c === p - 32 || (p === 0x6b && c === KELVIN)))) return false;
  }
  return true;
}
