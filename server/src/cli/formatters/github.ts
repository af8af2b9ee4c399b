/**
 * `--format github`: GitHub Actions workflow commands (::error/::warning/::notice), errors first, and
 * a markdown job summary (appended to $GITHUB_STEP_SUMMARY by the lint command).
 *
 * Escaping follows @actions/core's current `::` syntax: in the message % \r \n; in property values
 * also : and ,. Without it a ':' or ',' in a path or title breaks the annotation, and a message could
 * smuggle in a workflow command of its own.
 */
import type { Severity } from '../../service/rules/types';
import { ruleInfo } from '../ruleInfo';
import { type CliFinding, type FileResult, type Formatter, shown } from './types';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function annotation(result: FileResult, f: CliFinding): string {
  const title = `${f.ruleId}: ${ruleInfo(f.ruleId)?.title ?? f.ruleId}`;
  const props = [
    `file=${escapeProperty(result.repoPath)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    `col=${f.column}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(title)}`,
  ];
  return `::${command[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

export const formatGithub: Formatter = (results) => {
  const all = results.flatMap((r) => shown(r).map((f, i) => ({ r, f, i })));
  // Stable: by severity, then in file and document order (the order the results came in).
  all.sort((a, b) => order[a.f.severity] - order[b.f.severity]);
  return all.map(({ r, f }) => `${annotation(r, f)}\n`).join('');
};

/** Escapes a table cell: pipes would split it, line breaks would end the row. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/** The job summary: counts, then every finding in one table (annotations show only the first few). */
export function githubSummary(results: readonly FileResult[]): string {
  const rows = results.flatMap((r) => shown(r).map((f) => ({ r, f })));
  const count = (s: Severity) => rows.filter((x) => x.f.severity === s).length;
  const out = [
    '## imr-lint',
    '',
    `${results.length} file(s) checked: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info.`,
    '',
  ];
  if (rows.length > 0) {
    out.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
    for (const { r, f } of rows) {
      out.push(`| ${cell(r.repoPath)} | ${f.line} | ${f.severity} | ${f.ruleId} | ${cell(f.message)} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
