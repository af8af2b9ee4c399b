/** `--format json`: an array, one entry per file, ESLint-like. Stable machine surface. */
import type { FileResult, Formatter } from './types';
import { shown } from './types';

export function jsonMessages(result: FileResult) {
  return shown(result).map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  }));
}

export const formatJson: Formatter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({ filePath: r.filePath, messages: jsonMessages(r) })),
    null,
    2,
  )}\n`;
