/**
 * Small helpers shared by the citation readers: trimmed, located slices of a field's MappedText, and
 * the page and section lists both grammars use.
 */
import type { MappedText } from '../model/mappedText';
import type { Located } from '../model/types';

/** A half-open range in the field's joined text (not yet mapped to the source). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** White space and list punctuation: " ", tab, new line, return, ",", ";", ":", ".", "-", en dash, "/". */
function isTrimmed(code: number): boolean {
  switch (code) {
    case 0x20:
    case 0x09:
    case 0x0a:
    case 0x0d:
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x2e:
    case 0x2d:
    case 0x2013:
    case 0x2f:
      return true;
    default:
      return false;
  }
}

/** `[start, end)` without surrounding white space and list punctuation. */
export function trimRange(text: string, start: number, end: number): Range {
  let a = start;
  let z = end;
  while (a < z && isTrimmed(text.charCodeAt(a))) a++;
  while (z > a && isTrimmed(text.charCodeAt(z - 1))) z--;
  return { start: a, end: z };
}

/** The trimmed text of `[start, end)` as a located string, or null when nothing is left. */
export function locatedString(field: MappedText, start: number, end: number): Located<string> | null {
  const r = trimRange(field.text, start, end);
  if (r.end <= r.start) return null;
  const raw = field.text.slice(r.start, r.end);
  return { value: raw, raw, span: field.spanToSource(r.start, r.end) };
}

/** A located value over `[start, end)` (no trimming). */
export function located<T>(field: MappedText, value: T, start: number, end: number): Located<T> {
  return { value, raw: field.text.slice(start, end), span: field.spanToSource(start, end) };
}

/** A range can only expand to this many pages; "24-2400" is a typo, not 2,377 pages. */
const MAX_RANGE = 40;

const PAGE = /(\d{1,4})(?:[ ]?[-\u2013][ ]?(\d{1,4}))?/g;

/** Pages in "24, 66", "24-25", "pp. 303-305": every page, ranges expanded, each with the range's span. */
export function readPages(field: MappedText, start: number, end: number): Located<number>[] {
  const pages: Located<number>[] = [];
  // Match within the slice only: scanning the whole field per list would be quadratic.
  const slice = field.text.slice(start, end);
  for (const m of execAll(PAGE, slice)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    const last = to >= from && to - from <= MAX_RANGE ? to : from;
    const a = start + m.index;
    for (let p = from; p <= last; p++) pages.push(located(field, p, a, a + m[0].length));
  }
  return pages;
}

/** Ranges of a comma-separated list, splitting only outside parentheses; a leading "and " is dropped. */
export function splitList(text: string, start: number, end: number, separators = ','): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let from = start;
  // When no separator lies in "@" to DEL (the ASCII letters), those characters cannot be one, so
  // they skip the look-up; past the end of the text the code is NaN, which fails both comparisons
  // and so still reaches the look-up.
  let skipsLetters = true;
  for (let k = 0; k < separators.length; k++) {
    const s = separators.charCodeAt(k);
    if (s >= 0x40 && s <= 0x7f) skipsLetters = false;
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (!skipsLetters || !(c >= 0x40 && c <= 0x7f)) && isSeparator(c, separators)) {
      pushItem(text, out, from, i);
      from = i + 1;
    }
  }
  pushItem(text, out, from, end);
  return out;
}

/** The trimmed item `[a, z)` of a list, without a leading "and ", when anything is left. */
function pushItem(text: string, out: Range[], a: number, z: number): void {
  let r = trimRange(text, a, z);
  if (text.startsWith('and ', r.start)) r = trimRange(text, r.start + 4, r.end);
  if (r.end > r.start) out.push(r);
}

function isSeparator(code: number, separators: string): boolean {
  // Past the end of the text there is no character; as an empty string, every list "includes" it.
  if (Number.isNaN(code)) return true;
  for (let k = 0; k < separators.length; k++) if (separators.charCodeAt(k) === code) return true;
  return false;
}

/** Index of the first four-digit year 1990-2039 standing as its own word in `[start, end)`, or -1. */
export function findYear(text: string, start: number, end: number): number {
  // One character either side decides "standing alone"; the slice keeps the search within the range.
  const from = Math.max(0, start - 1);
  const m = /(?<![\d/.])(?:19[89]\d|20[0-3]\d)(?![\d/])/.exec(
    text.slice(from, Math.min(text.length, end + 1)),
  );
  if (!m) return -1;
  const at = from + m.index;
  return at >= start && at + 4 <= end ? at : -1;
}

/**
 * The matches `text.matchAll(re)` gives for a global regular expression `re` (whose lastIndex is 0
 * between calls), without the clone of `re` that matchAll makes on every call: on a short guideline
 * line the clone cost more than the matching. An empty match moves on by one, as matchAll does.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
