/**
 * Which of the three published layouts a letter follows, judged from its opening text only (so that
 * detection costs the same on a 5 MB file as on a 5 kB one).
 */
import type { Layout } from '../../model/types';
import { sameIgnoringAsciiCase } from '../asciiCase';

export type LetterLayout = Exclude<Layout, 'imr-md'>;

/** How much of the letter's start the detection reads. */
const HEAD = 20_000;

export function detectLetterLayout(text: string): LetterLayout {
  const head = text.slice(0, HEAD);
  if (
    holds(head, 'notice of independent medical review determination', 'w') ||
    holds(head, 'has determined the request for', 'q') ||
    (holds(head, 'case summary:', ':') && head.toLowerCase().includes('rationale for the decision'))
  ) {
    return 'letter-2013';
  }
  // The 2016+ header block opens the letter with "Case Number:"; 2014-2015 letters have no header.
  // The first 2,000 characters of the whole head lower-cased: lower-casing maps each character on its
  // own (only a final sigma looks at the next one, and the patterns are ASCII), so the prefix will do.
  const top = head.slice(0, 2_000).toLowerCase().slice(0, 2_000);
  if (/(^|\n)[\f ]*case number:/.test(top) || /(^|\n)[\f ]*date assigned:/.test(top)) return 'letter-2016';
  return 'letter-2014';
}

/**
 * Whether `head.toLowerCase()` holds `phrase` (lower-case ASCII, without "k", not ending in "i": see
 * asciiCase.ts), found without lower-casing the head: only the phrase's rarest character, `anchor`, is
 * looked for (in both cases), and the phrase compared where it would start.
 */
function holds(head: string, phrase: string, anchor: string): boolean {
  const offset = phrase.indexOf(anchor);
  const upper = anchor.toUpperCase();
  return holdsAt(head, phrase, anchor, offset) || (upper !== anchor && holdsAt(head, phrase, upper, offset));
}

function holdsAt(head: string, phrase: string, anchor: string, offset: number): boolean {
  for (let i = head.indexOf(anchor, offset); i >= 0; i = head.indexOf(anchor, i + 1)) {
    if (sameIgnoringAsciiCase(head, i - offset, phrase)) return true;
  }
  return false;
}
