/** `--format stylish`: for people. Grouped by file, aligned, with a closing count. */
import { jsonMessages } from './json';
import type { Formatter } from './types';

export const formatStylish: Formatter = (results) => {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    const messages = jsonMessages(result);
    if (messages.length === 0) continue;
    out.push(result.filePath);
    for (const m of messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
      out.push(`  ${`${m.line}:${m.column}`.padEnd(8)} ${m.severity.padEnd(7)} ${m.message}  ${m.ruleId}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out.push(
    `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`,
  );
  return `${out.join('\n')}\n`;
};
