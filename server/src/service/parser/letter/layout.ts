/**
 * Which of the three published layouts a letter follows, judged from its opening text only (so that
 * detection costs the same on a 5 MB file as on a 5 kB one).
 */
import type { Layout } from '../../model/types';

export type LetterLayout = Exclude<Layout, 'imr-md'>;

/** How much of the letter's start the detection reads. */
const HEAD = 20_000;

export function detectLetterLayout(text: string): LetterLayout {
  const head = text.slice(0, HEAD).toLowerCase();
  if (
    head.includes('notice of independent medical review determination') ||
    head.includes('has determined the request for') ||
    // The rarer phrase first: most letters are then scanned for three phrases, not four.
    (head.includes('case summary:') && head.includes('rationale for the decision'))
  ) {
    return 'letter-2013';
  }
  // The 2016+ header block opens the letter with "Case Number:"; 2014-2015 letters have no header.
  const top = head.slice(0, 2_000);
  if (/(^|\n)[\f ]*case number:/.test(top) || /(^|\n)[\f ]*date assigned:/.test(top)) return 'letter-2016';
  return 'letter-2014';
}
