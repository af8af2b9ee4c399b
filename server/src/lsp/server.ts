/**
 * The language server: wires the connection to the language service. Only this folder knows the
 * LSP connection; the service answers in LSP types and never sees it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Connection,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultCatalog } from '../service/catalog/default';
import { FIX_ALL_KIND } from '../service/index';
import { ReadyNotification } from '../shared/protocol';
import { ServiceRegistry } from './catalogs';
import { registerCommands } from './commands';
import type { ServerContext } from './context';
import { diagnosticCapabilities, registerDiagnostics, usesPull } from './diagnostics';
import { registerFeatures } from './features';
import { DocumentGate } from './gate';
import { notify } from './protocol';
import { SettingsResolver } from './settings';

export const SERVER_VERSION = '0.1.0';

/** Rule docs ship beside the bundle (`<extension>/docs/rules`); links are left out when absent. */
function findRuleDocs(): string | undefined {
  for (const dir of [join(__dirname, '..', '..', 'docs', 'rules'), join(__dirname, 'docs', 'rules')]) {
    if (existsSync(dir)) return `${pathToFileURL(dir).href}/`;
  }
  return undefined;
}

/** Folder paths of the workspace, for relative imr.catalogFiles. */
function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const logger = { log: (m: string) => connection.console.log(m) };
  let ctx: ServerContext | undefined;

  connection.onInitialize((params): InitializeResult => {
    const settings = new SettingsResolver(connection, params.capabilities.workspace?.configuration === true);
    const services = new ServiceRegistry(defaultCatalog(), settings, workspaceFolders(params), logger);
    ctx = {
      connection,
      documents,
      services,
      settings,
      gate: new DocumentGate(settings),
      ruleDocsBase: findRuleDocs(),
    };
    const pull = usesPull(params);
    const diagnostics = registerDiagnostics(ctx, pull);
    registerFeatures(ctx);
    registerCommands(ctx, diagnostics);
    const reconfigure = () => {
      settings.clear();
      services.clear();
      diagnostics.refreshAll();
    };
    connection.onDidChangeConfiguration(reconfigure);
    // An .imr-lint.json was created, changed or deleted (the client watches them).
    connection.onDidChangeWatchedFiles(reconfigure);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...diagnosticCapabilities(pull),
        completionProvider: { resolveProvider: true, triggerCharacters: [':', ' ', ','] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'imr-language-server', version: SERVER_VERSION },
    };
  });
  connection.onInitialized(() => {
    notify(connection, ReadyNotification, { version: SERVER_VERSION });
    const catalog = ctx?.services.fallback.catalog.version;
    connection.console.log(`imr-language-server ${SERVER_VERSION} ready; catalog ${catalog}`);
  });
  documents.onDidClose((e) => {
    ctx?.services.forget(e.document.uri);
    ctx?.settings.forget(e.document.uri);
    ctx?.gate.forget(e.document.uri);
  });
  documents.listen(connection);
  connection.listen();
}
