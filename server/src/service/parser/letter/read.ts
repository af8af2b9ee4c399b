/** Reader for published letters in the 2013, 2014-2015 and 2016+ layouts. Placeholder. */
import type { Determination, Layout } from '../../model/types';
import { emptyDetermination } from '../../model/empty';

export function detectLetterLayout(_text: string): Exclude<Layout, 'imr-md'> {
  return 'letter-2016';
}

export function readLetter(text: string, layout: Exclude<Layout, 'imr-md'>): Determination {
  return emptyDetermination(text, layout);
}
