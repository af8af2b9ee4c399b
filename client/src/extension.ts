/**
 * The extension: starts the IMR language server and registers the commands and the status item.
 * Everything about determinations happens in the server; this file only connects VS Code to it.
 */
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/shared/protocol';
import { SETTINGS_SECTION } from '../../server/src/shared/settings';
import { registerCommands } from './commands';
import { registerStatus } from './status';

let client: LanguageClient | undefined;

/** What tests get from `extension.exports`. */
export interface ImrExtensionApi {
  /** Settles once the language client library has loaded and the client exists. */
  readonly client: Promise<LanguageClient>;
  /** Settles when the server has started (activation does not wait for it). */
  readonly ready: Promise<void>;
  /** How long activate() took, in milliseconds (the product's budget is 50). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ImrExtensionApi {
  const started = performance.now();
  // The client library is loaded after activate() returns: activation stays cheap, and commands and
  // the status item wait for the client (requests made before the server is up are queued).
  const created = createClient(context);
  registerCommands(context, created);
  registerStatus(context, created);
  const ready = created.then((c) => c.start());
  return { client: created, ready, activationMs: performance.now() - started };
}

async function createClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  // In a later task than activation, so loading the client library (about 40 ms) never holds up the
  // editor's activation of extensions; the benchmarks report that load separately.
  await new Promise((resolve) => setImmediate(resolve));
  const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
  const module = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } },
    },
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
  return client;
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
