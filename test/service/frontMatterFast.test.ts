/**
 * Simple front matter is read without the YAML parser (parser/imrmd/fastYaml.ts). On random front
 * matter, simple or not, the header and problems must equal the YAML parser's reading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { simpleFrontMatter } from '../../server/src/service/parser/imrmd/fastYaml';
import { readYaml } from '../../server/src/service/parser/imrmd/frontMatter';

const keys = fc.constantFrom(
  'case',
  'priority',
  'decision-date',
  'date-of-injury',
  'ur-denial-date',
  'date-assigned',
  'application-received',
  'reviewer',
  'guidelines',
  'licensure',
  'specialty',
  'unknown-key',
  'null',
  'true',
);
const values = fc.oneof(
  fc.constantFrom(
    'CM16-1000000',
    '2016-03-14',
    '03/14/2016',
    'Standard',
    'Texas,Ohio',
    'Internal Medicine, Hospice & Palliative Medicine',
    'A  B',
    '0123',
    '12',
    '1.5',
    '1e3',
    '0x1F',
    'null',
    'NULL',
    'True',
    'no',
    'Dr. Smith (MD)',
    "O'Neil",
    '[a, b]',
    '"quoted"',
    'a # comment',
    'a: b',
    '- item',
    '~',
    '.inf',
    'Texas ',
    '',
  ),
  fc.string({ maxLength: 12 }),
);
const line = fc.oneof(
  fc
    .tuple(fc.constantFrom('', '  ', '    ', ' '), keys, fc.constantFrom(':', ': ', ':  ', ' :'), values)
    .map(([indent, key, colon, value]) => `${indent}${key}${colon}${value}`),
  fc.constantFrom('', '  - item', '# comment', 'reviewer:', '  licensure: California', 'a:\r'),
);
const anyFrontMatter = fc.array(line, { maxLength: 10 });
/** Mostly well formed: `key: value` lines and `reviewer:` blocks, values sometimes tricky. */
const safeValue = fc.constantFrom('CM16-1000000', '2016-03-14', 'Standard', 'Texas,Ohio', 'A & B', 'x');
const entry = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(keys, fc.oneof({ weight: 4, arbitrary: safeValue }, values))
      .map(([k, v]) => [`${k}: ${v}`]),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(keys, safeValue), { maxLength: 3 })
      .map((pairs) => ['reviewer:', ...pairs.map(([k, v]) => `  ${k}: ${v}`)]),
  },
);
const wellFormed = fc.array(entry, { minLength: 1, maxLength: 8 }).map((entries) => entries.flat());
const frontMatter = fc.oneof(anyFrontMatter, wellFormed, wellFormed).map((lines) => `${lines.join('\n')}\n`);

test('front matter read without the YAML parser equals the parser reading', () => {
  let simple = 0;
  fc.assert(
    fc.property(frontMatter, fc.nat(100), (source, offset) => {
      if (simpleFrontMatter(source)) simple++;
      assert.deepEqual(readYaml(source, offset), readYaml(source, offset, true));
    }),
    { numRuns: 3000 },
  );
  // The generator must reach the fast reading often enough for the comparison to mean something.
  assert.ok(simple > 300, `only ${simple} simple front matters`);
});
