/** Reader for the `.imr.md` format (docs/format.md). Placeholder. */
import type { Determination } from '../../model/types';
import { emptyDetermination } from '../../model/empty';

export function readImrMd(text: string): Determination {
  return emptyDetermination(text, 'imr-md');
}
