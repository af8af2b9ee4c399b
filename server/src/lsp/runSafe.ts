/**
 * The one wrapper every request handler goes through: a cancelled request answers "cancelled", and a
 * handler that throws logs its error (our stack, never letter text) and answers a neutral value, so
 * one bad document never takes the server down.
 */
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export interface ErrorLog {
  error(message: string): void;
}

export async function runSafe<T>(
  log: ErrorLog,
  what: string,
  token: CancellationToken | undefined,
  fallback: T,
  handler: () => T | Promise<T>,
): Promise<T | ResponseError<never>> {
  // Yield once so a cancellation that arrived with the next keystroke is seen before the work starts.
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await handler();
    return token?.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    log.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}

function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
