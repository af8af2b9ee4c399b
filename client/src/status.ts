/** The language status item: findings in the active determination and the catalog version. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type DocumentStatus, StatusNotification } from '../../server/src/shared/protocol';
import { onNotification } from './protocol';

export function registerStatus(context: vscode.ExtensionContext, client: Promise<LanguageClient>): void {
  const item = vscode.languages.createLanguageStatusItem('imr.status', { language: 'imr' });
  item.name = 'IMR';
  item.text = 'IMR';
  const byUri = new Map<string, DocumentStatus>();
  const show = () => {
    const status = byUri.get(vscode.window.activeTextEditor?.document.uri.toString() ?? '');
    if (!status) return;
    item.text = status.findings === 1 ? '1 IMR finding' : `${status.findings} IMR findings`;
    item.detail = `catalog ${status.catalogVersion}`;
    item.severity =
      status.findings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  void client.then((c) =>
    context.subscriptions.push(
      onNotification(c, StatusNotification, (status) => {
        byUri.set(status.uri, status);
        show();
      }),
    ),
  );
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(show),
    vscode.workspace.onDidCloseTextDocument((d) => byUri.delete(d.uri.toString())),
  );
}
