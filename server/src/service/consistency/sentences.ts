/**
 * Sentence boundaries in joined prose (a rationale, a case summary). Letters are plain clinical
 * prose, so a single linear pass is enough: a sentence ends at . ! or ? followed by white space and
 * a capital, a digit, an opening quote or bracket, or the end of the text, unless the word before
 * the period is a known abbreviation ("Dr.", "e.g.", "vs.").
 */

/** A half-open range of indexes into the text that was split. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'e.g',
  'i.e',
  'vs',
  'no',
  'nos',
  'fig',
  'p',
  'pp',
  'approx',
  'st',
  'jr',
  'u.s',
  'dec',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
]);

/** Sentences of `text`, trimmed, in order. Never empty ranges. */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (!endsSentence(text, i)) continue;
    push(out, text, start, i + 1);
    start = i + 1;
  }
  push(out, text, start, text.length);
  return out;
}

function endsSentence(text: string, i: number): boolean {
  let j = i + 1;
  // Closing quotes and brackets stay with the sentence they close.
  while (j < text.length && (text[j] === '"' || text[j] === "'" || text[j] === ')' || text[j] === '\u201d'))
    j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j]!)) return false;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (j >= text.length) return true;
  if (!/[A-Z0-9"'(\u201c[]/.test(text[j]!)) return false;
  if (text[i] !== '.') return true;
  return !ABBREVIATIONS.has(wordBefore(text, i).toLowerCase());
}

/** The word (letters and inner periods) just before index `i`. */
function wordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && i - k < 12 && /[A-Za-z.]/.test(text[k - 1]!)) k--;
  return text.slice(k, i);
}

function push(out: TextRange[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
