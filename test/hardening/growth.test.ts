/** The shared linear-time check (test/support/growth.ts) can fail: it tells linear work from quadratic. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { growthRatio, LINEAR_LIMIT } from '../support/growth';

const linear = (s: string) => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  return sum;
};

/** Rescans the rest of the text from every tenth offset, as a backtracking pattern does. */
const quadratic = (s: string) => {
  let sum = 0;
  for (let i = 0; i < s.length; i += 10) for (let j = i; j < s.length; j++) sum += s.charCodeAt(j);
  return sum;
};

test('linear work passes the check and quadratic work fails it', (t) => {
  const small = 'a'.repeat(5_000);
  const large = small.repeat(4);
  const linearRatio = growthRatio(linear, small.repeat(10), large.repeat(10));
  const quadraticRatio = growthRatio(quadratic, small, large);
  t.diagnostic(`linear ${linearRatio.toFixed(2)}, quadratic ${quadraticRatio.toFixed(2)}`);
  assert.ok(linearRatio < LINEAR_LIMIT, `linear work measured ${linearRatio.toFixed(2)}`);
  assert.ok(quadraticRatio >= LINEAR_LIMIT, `quadratic work measured ${quadraticRatio.toFixed(2)}`);
});
