/** `imr-lint [files...]`: lint, print in the chosen format, return the exit code. */
import type { LanguageService } from '../../service/index';
import type { Severity } from '../../service/rules/types';
import { loadDocument } from '../document';
import { displayPath, expandInputs } from '../files';
import { formatters } from '../formatters/index';
import type { FileResult } from '../formatters/types';
import { type CliIo, UsageError } from '../io';

export interface LintOptions {
  readonly format: string;
  readonly failLevel: Severity;
  readonly mustFindFiles: boolean;
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export async function lintCommand(
  inputs: readonly string[],
  options: LintOptions,
  io: CliIo,
  service: LanguageService,
): Promise<number> {
  const formatter = formatters[options.format];
  if (!formatter)
    throw new UsageError(
      `Unknown format "${options.format}". Use one of: ${Object.keys(formatters).join(', ')}.`,
    );
  const files = await expandInputs(inputs.length ? inputs : ['.'], io.cwd);
  if (files.length === 0 && options.mustFindFiles) throw new UsageError('No files matched.');
  const results: FileResult[] = [];
  for (const file of files) {
    const filePath = displayPath(file, io.cwd);
    const loaded = loadDocument(file);
    if (!loaded.ok) {
      results.push({ filePath, findings: [], error: loaded.error });
      continue;
    }
    const analysis = service.analyze(loaded.document);
    results.push({ filePath, findings: service.lint(loaded.document).findings, lines: analysis.lines });
    service.forget(loaded.document.uri);
  }
  io.stdout(formatter(results));
  const failing = results.some(
    (r) => r.error || r.findings.some((f) => !f.suppressed && rank[f.severity] >= rank[options.failLevel]),
  );
  return failing ? 1 : 0;
}
