/** `--fix-dry-run` output: a unified diff per file, from the `diff` package. */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(filePath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${filePath}`, `b/${filePath}`, before, after, '', '', { context: 3 });
}
