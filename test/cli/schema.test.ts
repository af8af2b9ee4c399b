/** schemas/imr-lint.schema.json is generated from the rule registry and must match it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { configSchema } from '../../server/src/cli/configSchema';
import { allRules } from '../../server/src/service/rules/index';
import { repoRoot } from './harness';

const committed = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'imr-lint.schema.json'), 'utf8'));

test('the committed schema equals the generated one (run: node --import tsx scripts/gen-schema.mjs)', () => {
  assert.deepEqual(committed, configSchema(allRules));
});

test('the schema names every rule and accepts what docs/cli.md shows', () => {
  const validate = new Ajv({ strict: false }).compile(committed);
  for (const r of allRules) assert.ok(validate({ rules: { [r.id]: 'warning' } }), r.id);
  assert.ok(
    validate({
      root: true,
      rules: { 'section-missing': ['warning', {}] },
      overrides: [{ files: ['drafts/**'], rules: { 'parse-error': 'off' } }],
      catalogFiles: ['team-catalog.json'],
    }),
  );
  assert.equal(validate({ rules: { 'no-such-rule': 'error' } }), false);
  assert.equal(validate({ rules: { 'parse-error': 'fatal' } }), false);
});
