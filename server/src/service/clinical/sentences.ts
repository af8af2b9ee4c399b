/**
 * Sentence splitting for clinical prose. A period ends a sentence only when white space and a capital,
 * digit or quote follow and the word before it is not an abbreviation ("Dr.", "e.g.", "vs.", "No.")
 * or an initial. Decimals ("2.5"), levels ("L4-5") and dates ("11/2013") hold no splitting character.
 * A blank line or a semicolon-free run over MAX_SENTENCE characters also ends a sentence, so one
 * pathological run never makes later steps slow.
 */
import type { MappedText } from '../model/mappedText';
import type { Span } from '../model/types';

/** Words that end with a period without ending the sentence (lower case, without the period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'v',
  'no',
  'nos',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'approx',
  'appt',
  'fig',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'dept',
  'univ',
  'pt',
  'pts',
  'hx',
  'dx',
  'tx',
  'rx',
  'sx',
  'b.i.d',
  't.i.d',
  'q.i.d',
  'p.r.n',
  'q.d',
  'p.o',
  'bid',
  'tid',
  'qid',
  'prn',
  'po',
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
  'dec',
  'u.s',
  'm.d',
  'd.o',
  'ph.d',
  'ca',
  'sec',
  'ref',
  'pg',
  'pp',
  'cf',
  'al',
]);

/** Longest sentence before a forced break (characters). */
export const MAX_SENTENCE = 4000;

/**
 * One split per MappedText, shared by everyone who reads its sentences (clinical facts, the
 * consistency checks). Keyed by the MappedText object, which belongs to one document version and
 * never changes, so a split is only ever served for the very text it was made from; the WeakMap lets
 * it go with the document (no bound needed: it holds nothing its key does not outlive).
 */
const splits = new WeakMap<MappedText, readonly Span[]>();

/** The sentences of `text` (as `splitSentences`); computed once per MappedText, never for a string. */
export function sentencesOf(text: MappedText | string): readonly Span[] {
  if (typeof text === 'string') return splitSentences(text);
  let spans = splits.get(text);
  if (!spans) {
    spans = splitSentences(text.text);
    splits.set(text, spans);
  }
  return spans;
}

/** Sentence spans of `text`, trimmed, in order. Never empty sentences. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  // Only ".", "!", "?" and a line break can end a sentence before MAX_SENTENCE characters, so the
  // loop jumps from one of them to the next (found by native search, each character read once) and
  // reads every character only in a run that has grown that long.
  const next = new NextOf(text, ['.', '!', '?', '\n']);
  for (let i = 0; i < n; i++) {
    if (i - start < MAX_SENTENCE) {
      i = Math.min(next.from(i), start + MAX_SENTENCE);
      if (i >= n) break;
    }
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) {
      if (endsSentence(text, i)) cut = i + 1;
    } else if (c === 10 && isBlankLineAfter(text, i)) {
      cut = i;
    } else if (i - start >= MAX_SENTENCE && (c === 32 || c === 10 || i - start >= MAX_SENTENCE + 1000)) {
      cut = i; // at a space if one comes soon, else anywhere
    }
    if (cut >= 0) {
      push(text, start, cut, out);
      start = cut;
    }
  }
  push(text, start, n, out);
  return out;
}

/** The next position of any of a few characters, each searched for once per text. */
class NextOf {
  private readonly at: number[];

  constructor(
    private readonly text: string,
    private readonly chars: readonly string[],
  ) {
    this.at = chars.map(() => -1);
  }

  /** The first position at or after `i` holding one of the characters; the text's length if none. */
  from(i: number): number {
    let best = this.text.length;
    for (let k = 0; k < this.chars.length; k++) {
      let at = this.at[k]!;
      if (at < i && at !== this.text.length) {
        at = this.text.indexOf(this.chars[k]!, i);
        if (at < 0) at = this.text.length;
        this.at[k] = at;
      }
      if (at < best) best = at;
    }
    return best;
  }
}

function push(text: string, a: number, z: number, out: Span[]): void {
  while (a < z && isSpace(text.charCodeAt(a))) a++;
  while (z > a && isSpace(text.charCodeAt(z - 1))) z--;
  if (z > a) out.push({ start: a, end: z });
}

function endsSentence(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (i + 1 >= text.length) return true;
  if (!isSpace(next)) return false;
  let j = i + 1;
  while (j < text.length && j < i + 10 && isSpace(text.charCodeAt(j))) j++;
  if (j >= text.length) return true;
  const after = text.charAt(j);
  if (!/[A-Z0-9"'(“]/.test(after)) return false;
  if (text.charCodeAt(i) !== 46) return true;
  const word = wordBefore(text, i);
  if (word.length === 1 && /[A-Za-z]/.test(word)) return false; // an initial: "J. Smith"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The characters before the period at `i` back to white space or an opening bracket (at most 12). */
function wordBefore(text: string, i: number): string {
  let a = i;
  while (a > 0 && i - a < 12) {
    const ch = text.charAt(a - 1);
    if (isSpace(ch.charCodeAt(0)) || ch === '(' || ch === '"') break;
    a--;
  }
  return text.slice(a, i);
}

function isBlankLineAfter(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && j < i + 20 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return text.charCodeAt(j) === 10;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
}
