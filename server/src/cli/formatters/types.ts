import type { LineIndex } from '../../service/model/lineIndex';
import type { Finding } from '../../service/rules/types';

/** One linted file as formatters see it. */
export interface FileResult {
  /** As shown to the user: relative to the working folder, with forward slashes. */
  readonly filePath: string;
  readonly findings: readonly Finding[];
  /** Absent when the file could not be read. */
  readonly lines?: LineIndex;
  /** Why the file could not be read. */
  readonly error?: string;
}

export type Formatter = (results: readonly FileResult[]) => string;
