/** `--stats`: findings and time per rule, summed over files, for standard error. */
import type { TaskOutcome } from './lintFile';

export function printStats(outcomes: readonly TaskOutcome[]): string {
  const rows = new Map<string, { findings: number; ms: number }>();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) {
      r = { findings: 0, ms: 0 };
      rows.set(id, r);
    }
    return r;
  };
  for (const o of outcomes) {
    for (const [id, ms] of Object.entries(o.ruleTimes)) row(id).ms += ms;
    for (const f of o.result.findings) row(f.ruleId).findings++;
  }
  const ids = [...rows.keys()].sort();
  const width = Math.max(4, ...ids.map((id) => id.length));
  const lines = [`${'Rule'.padEnd(width)}  Findings  Time (ms)`];
  for (const id of ids) {
    const r = rows.get(id)!;
    lines.push(`${id.padEnd(width)}  ${String(r.findings).padStart(8)}  ${r.ms.toFixed(1).padStart(9)}`);
  }
  lines.push(`${outcomes.length} file(s).`);
  return `${lines.join('\n')}\n`;
}
