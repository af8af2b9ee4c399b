/**
 * A real LSP client for tests: starts the BUILT server (dist/server/server.js --stdio) and talks to it
 * with vscode-languageserver-protocol's node connection. Prints nothing of the documents.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type ClientCapabilities,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const SERVER = resolve('dist/server/server.js');

export interface TestClientOptions {
  /** Ask for pull diagnostics (textDocument/diagnostic). */
  readonly pull?: boolean;
  /** `imr` settings per document URI (the client's answer to workspace/configuration). */
  readonly settings?: (scopeUri: string | undefined) => unknown;
}

export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Resolves with the next imr/status notification for `uri`. */
  nextStatus(uri: string): Promise<{ findings: number; catalogVersion: string }>;
  /** Resolves with the next published diagnostics for `uri` (optionally at or after `version`). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  /** shutdown + exit; resolves with the process exit code. */
  stop(): Promise<number | null>;
}

export function serverBuilt(): boolean {
  return existsSync(SERVER);
}

export async function startClient(options: TestClientOptions = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    for (const w of waiters.filter(
      (w) => w.uri === p.uri && (w.version === undefined || (p.version ?? 0) >= w.version),
    )) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p);
    }
  });
  const statusWaiters: { uri: string; resolve: (s: { findings: number; catalogVersion: string }) => void }[] =
    [];
  connection.onNotification('imr/status', (s: { uri: string; findings: number; catalogVersion: string }) => {
    for (const w of statusWaiters.filter((w) => w.uri === s.uri)) {
      statusWaiters.splice(statusWaiters.indexOf(w), 1);
      w.resolve(s);
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) =>
    p.items.map((item) => options.settings?.(item.scopeUri) ?? {}),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  const ready = new Promise<void>((done) => connection.onNotification('imr/ready', () => done()));
  const capabilities: ClientCapabilities = {
    workspace: { configuration: true, diagnostics: { refreshSupport: true } },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
  };
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
  await connection.sendNotification('initialized', {});
  await ready;
  return {
    connection,
    process: child,
    nextStatus: (uri) => new Promise((resolve) => statusWaiters.push({ uri, resolve })),
    nextDiagnostics: (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve })),
    open: (uri, text, languageId = 'imr') =>
      connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version: 1, text },
      }),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Rule ids of diagnostics, sorted: what tests compare (never messages, which may quote text). */
export function ruleIds(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}
