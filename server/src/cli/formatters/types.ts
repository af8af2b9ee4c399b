import type { Severity } from '../../service/rules/types';

/**
 * One finding as the formatters see it: plain data (it crosses worker threads), positions 1-based,
 * messages already redacted when `--redact` is on.
 */
export interface CliFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** 0-based index of the item the finding is about. */
  readonly itemIndex?: number;
  /** Set when an inline directive suppresses it; only SARIF shows suppressed findings. */
  readonly suppressed?: { readonly reason: string; readonly line: number };
  /** Stable across edits elsewhere in the file: hash of rule id, item and normalised line content. */
  readonly fingerprint: string;
}

/** An item (disputed treatment) of a file, for JUnit's one-testcase-per-item. */
export interface CliItem {
  readonly index: number;
  /** "Item 2: Diazepam 10mg #30", or "Item 2" when redacted. */
  readonly name: string;
}

/** One linted file. */
export interface FileResult {
  /** Relative to the working folder, forward slashes. */
  readonly filePath: string;
  /** Relative to the repository root (the folder with .git), forward slashes: SARIF and annotations. */
  readonly repoPath: string;
  /** Every finding, suppressed ones included, in document order. */
  readonly findings: readonly CliFinding[];
  readonly items: readonly CliItem[];
}

export interface FormatContext {
  readonly toolVersion: string;
  /** file: URL of the repository root, ending in '/', for SARIF's %SRCROOT%. */
  readonly rootUri: string;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/** What the formatters print: suppressed findings are for SARIF only. */
export function shown(result: FileResult): readonly CliFinding[] {
  return result.findings.filter((f) => !f.suppressed);
}
