/** The one wrapper every handler goes through: cancellation, errors, results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { runSafe } from '../../server/src/lsp/runSafe';

const quiet = () => {
  const errors: string[] = [];
  return { errors, log: { error: (m: string) => errors.push(m) } };
};

test('a cancelled request answers RequestCancelled without running the handler', async () => {
  const source = new CancellationTokenSource();
  source.cancel();
  let ran = false;
  const result = await runSafe(quiet().log, 'x', source.token, [], () => {
    ran = true;
    return [1];
  });
  assert.ok(result instanceof ResponseError);
  assert.equal(result.code, LSPErrorCodes.RequestCancelled);
  assert.equal(ran, false);
});

test('a request cancelled while it runs answers RequestCancelled', async () => {
  const source = new CancellationTokenSource();
  const result = await runSafe(quiet().log, 'x', source.token, 0, () => {
    source.cancel();
    return 1;
  });
  assert.ok(result instanceof ResponseError);
});

test('a handler that throws answers its fallback and logs the error by handler name', async () => {
  const { errors, log } = quiet();
  const result = await runSafe(log, 'hover', undefined, null, () => {
    throw new Error('boom');
  });
  assert.equal(result, null);
  assert.equal(errors.length, 1);
  assert.match(errors[0] ?? '', /^hover failed: Error: boom/);
});

test('a handler that succeeds answers its result', async () => {
  assert.deepEqual(await runSafe(quiet().log, 'x', undefined, [], async () => [1, 2]), [1, 2]);
});
