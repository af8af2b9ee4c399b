/**
 * Rule docs pages, generated from the rule files (`npm run docs`); a test keeps them in step.
 */
import type { AnyRule } from './types';

const fence = (code: string) => `\`\`\`imr\n${code.replace(/\n+$/, '')}\n\`\`\``;

export function renderRuleDoc(rule: AnyRule): string {
  const out: string[] = [
    `# ${rule.id}`,
    '',
    `${rule.title}.`,
    '',
    `- Category: ${rule.category}`,
    `- Default severity: ${rule.defaultSeverity}`,
    `- Precision: ${rule.precision}`,
    `- Quick fix: ${rule.fixable ? 'yes' : 'no'}`,
    '',
    rule.description.trim(),
    '',
  ];
  const optionNames = Object.keys((rule.optionsSchema.properties as Record<string, unknown>) ?? {});
  if (optionNames.length > 0) {
    out.push('## Options', '', '```json', JSON.stringify(rule.defaultOptions, null, 2), '```', '');
    out.push('Schema:', '', '```json', JSON.stringify(rule.optionsSchema, null, 2), '```', '');
  }
  out.push('## Invalid', '');
  for (const ex of rule.invalid) {
    if (ex.note) out.push(ex.note, '');
    if (ex.options) out.push(`With options \`${JSON.stringify(ex.options)}\`:`, '');
    out.push(fence(ex.code), '');
  }
  out.push('## Valid', '');
  for (const ex of rule.valid) {
    if (ex.note) out.push(ex.note, '');
    if (ex.options) out.push(`With options \`${JSON.stringify(ex.options)}\`:`, '');
    out.push(fence(ex.code), '');
  }
  out.push(`Rationale: ${rule.rationale.trim()}`, '');
  return out.join('\n');
}

export function renderRuleIndex(rules: readonly AnyRule[]): string {
  const rows = rules.map(
    (r) =>
      `| [${r.id}](${r.id}.md) | ${r.category} | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.title} |`,
  );
  return [
    '# Rules',
    '',
    'Generated from the rule files by `npm run docs`; do not edit by hand.',
    '',
    '| Rule | Category | Default | Fix | What it checks |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
