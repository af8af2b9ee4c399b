/** `imr-lint rules`: every rule with its category, default severity, whether it fixes, and its docs. */
import type { CliIo } from '../io';
import { cliRules, docsPath } from '../ruleInfo';

export function rulesCommand(args: readonly string[], io: CliIo): number {
  const rows = cliRules.map((r) => ({
    id: r.id,
    category: r.category,
    defaultSeverity: r.defaultSeverity,
    fixable: r.fixable,
    docs: docsPath(r.id),
  }));
  if (args.includes('--json')) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const header = {
    id: 'Rule',
    category: 'Category',
    defaultSeverity: 'Default',
    fixable: 'Fixable',
    docs: 'Docs',
  };
  const cells = [header, ...rows.map((r) => ({ ...r, fixable: r.fixable ? 'yes' : 'no' }))];
  const keys = ['id', 'category', 'defaultSeverity', 'fixable', 'docs'] as const;
  const widths = keys.map((k) => Math.max(...cells.map((c) => String(c[k]).length)));
  for (const c of cells)
    io.stdout(
      `${keys
        .map((k, i) => String(c[k]).padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    );
  return 0;
}
