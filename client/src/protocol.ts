/** Typed sending for the shared protocol's plain descriptors (server/src/shared/protocol.ts). */
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Notification, Request } from '../../server/src/shared/protocol';

export function send<P, R>(client: LanguageClient, request: Request<P, R>, params: P): Promise<R> {
  return client.sendRequest(request.method, params) as Promise<R>;
}

export function notify<P>(client: LanguageClient, notification: Notification<P>, params: P): Promise<void> {
  return client.sendNotification(notification.method, params);
}

export function onNotification<P>(
  client: LanguageClient,
  notification: Notification<P>,
  handler: (params: P) => void,
) {
  return client.onNotification(notification.method, (params: unknown) => handler(params as P));
}
