/**
 * The extension: starts the IMR language server and registers the commands and the status item.
 * Everything about determinations happens in the server; this file only connects VS Code to it.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../server/src/shared/settings';
import { registerCommands } from './commands';
import { registerStatus } from './status';

let client: LanguageClient | undefined;

/** What tests get from `extension.exports`. */
export interface ImrExtensionApi {
  readonly client: LanguageClient;
  /** Settles when the server has started (activation does not wait for it). */
  readonly ready: Promise<void>;
  /** How long activate() took, in milliseconds (the product's budget is 50). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ImrExtensionApi {
  const started = performance.now();
  const module = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // .txt letters are synced so "Check this letter" and imr.lintPlainText can reach them; the server
    // checks a .txt file only when one of those says so.
    documentSelector: [{ language: 'imr' }, { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' }],
    // .imr-lint.json files configure the editor as they configure the CLI; an edit to one re-checks.
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.imr-lint.json'),
    },
    outputChannelName: 'IMR Language Server',
  };
  client = new LanguageClient('imr', 'IMR Language Server', serverOptions, clientOptions);
  registerCommands(context, client);
  registerStatus(context, client);
  // Not awaited: the editor stays responsive while the server starts; the client queues requests.
  const ready = client.start();
  return { client, ready, activationMs: performance.now() - started };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
