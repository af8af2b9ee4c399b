/** `--format json`: an array, one entry per file, ESLint-like. Stable machine surface. */
import type { FileResult, Formatter } from './types';

export function jsonMessages(result: FileResult) {
  if (result.error) {
    return [
      {
        ruleId: 'file-unreadable',
        severity: 'error',
        message: result.error,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ];
  }
  return result.findings
    .filter((f) => !f.suppressed)
    .map((f) => {
      const r = result.lines!.rangeOf(f.span);
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: r.start.line + 1,
        column: r.start.character + 1,
        endLine: r.end.line + 1,
        endColumn: r.end.character + 1,
      };
    });
}

export const formatJson: Formatter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({ filePath: r.filePath, messages: jsonMessages(r) })),
    null,
    2,
  )}\n`;
