/** A published letter's model written out as `.imr.md` (docs/format.md). Placeholder. */
import type { Determination } from '../model/types';

export function toImrMd(_determination: Determination): string {
  return '';
}
