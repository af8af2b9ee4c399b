/**
 * Phrase tests that agree with lower-casing the text first, without lower-casing it. For a phrase of
 * lower-case ASCII without "k" and not ending in "i", `text.toLowerCase()` holds it exactly where the
 * text holds it with each ASCII letter in either case: the only other characters that lower-case to
 * ASCII are the Kelvin sign ("k") and the dotted capital I, whose "i" is followed by a combining dot
 * no such phrase holds (test/service/layout.test.ts and fields.test.ts check this on random text).
 */

/** Whether `phrase` (lower case) stands at `at` in `text`, its ASCII letters in either case. */
export function sameIgnoringAsciiCase(text: string, at: number, phrase: string): boolean {
  if (at < 0 || at + phrase.length > text.length) return false;
  for (let m = 0; m < phrase.length; m++) {
    const c = text.charCodeAt(at + m);
    const p = phrase.charCodeAt(m);
    if (c !== p && !(p >= 0x61 && p <= 0x7a && c === p - 32)) return false;
  }
  return true;
}
