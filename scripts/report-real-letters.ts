// Lints the 49 real letters and writes docs/reports/real-letters.md: every finding of the citation,
// consistency and clinical rules, each with its judgement from test/fixtures/real-letters/judgements.tsv.
//   npx tsx scripts/report-real-letters.ts          write the report
//   npx tsx scripts/report-real-letters.ts --check  exit 1 if the report is stale or a finding has no judgement
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../test/support/paths';
import { buildRealLettersReport } from '../test/support/report';

const out = path.join(repoRoot, 'docs', 'reports', 'real-letters.md');
const { markdown, unjudged } = buildRealLettersReport();
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== markdown || unjudged.length > 0) {
    process.stderr.write(`stale report or ${unjudged.length} unjudged findings\n`);
    process.exit(1);
  }
} else {
  writeFileSync(out, markdown);
  process.stdout.write(
    `wrote ${path.relative(repoRoot, out)}; ${unjudged.length} findings still need a judgement\n`,
  );
  for (const u of unjudged) process.stdout.write(`  ${u}\n`);
}
