/**
 * Reading: text in, Determination out. Chooses the reader by file kind and by what the text looks
 * like. Never throws: a reader that fails becomes a problem on an empty model.
 */
import { emptyDetermination } from '../model/empty';
import type { Determination } from '../model/types';
import { readImrMd } from './imrmd/read';
import { detectLetterLayout, readLetter } from './letter/read';

export interface ReadOptions {
  /** `imr` for `.imr.md` documents; anything else is read as a published letter when it looks like one. */
  readonly languageId?: string;
  /** Used only to tell `.imr.md` from `.txt` when no languageId is given. */
  readonly fileName?: string;
}

export function isImrMd(options: ReadOptions): boolean {
  if (options.languageId) return options.languageId === 'imr';
  return /\.imr\.md$/i.test(options.fileName ?? '');
}

export function readDetermination(text: string, options: ReadOptions = {}): Determination {
  try {
    return isImrMd(options) ? readImrMd(text) : readLetter(text, detectLetterLayout(text));
  } catch (error) {
    // A reader bug must not take the editor or the CLI down; report it where it can be seen.
    return emptyDetermination(text, isImrMd(options) ? 'imr-md' : 'letter-2016', {
      code: 'reader-failure',
      message: `The reader failed on this document (${error instanceof Error ? error.message : String(error)}). Please report it.`,
      span: { start: 0, end: 0 },
    });
  }
}
