// Writes schemas/imr-lint.schema.json from the rule registry, so the configuration schema never drifts
// from the rules (ids, severities, options). Run: node --import tsx scripts/gen-schema.mjs
// A test (test/cli/schema.test.ts) fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { configSchema } = await import('../server/src/cli/configSchema.ts');
const { allRules } = await import('../server/src/service/rules/index.ts');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'schemas', 'imr-lint.schema.json');
writeFileSync(out, `${JSON.stringify(configSchema(allRules), null, 2)}\n`);
process.stdout.write(`wrote ${out} (${allRules.length} rules)\n`);
