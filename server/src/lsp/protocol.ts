/** Typed registration and sending for the shared protocol's plain descriptors. */
import type { CancellationToken, Connection, ResponseError } from 'vscode-languageserver/node';
import type { Notification, Request } from '../shared/protocol';

/** The descriptor ties the handler's parameter and result types; the connection sees plain JSON. */
export function onRequest<P, R>(
  connection: Connection,
  request: Request<P, R>,
  handler: (params: P, token: CancellationToken) => Promise<R | ResponseError<never>>,
): void {
  const untyped = handler as unknown as (params: unknown, token: CancellationToken) => Promise<unknown>;
  connection.onRequest(request.method, untyped);
}

export function onNotification<P>(
  connection: Connection,
  notification: Notification<P>,
  handler: (params: P) => void,
): void {
  connection.onNotification(notification.method, (params: unknown) => handler(params as P));
}

export function notify<P>(connection: Connection, notification: Notification<P>, params: P): void {
  void connection.sendNotification(notification.method, params);
}
