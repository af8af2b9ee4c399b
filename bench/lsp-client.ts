/**
 * A minimal LSP client over stdio for the benchmarks and the hardening tests: starts
 * dist/server/server.js --stdio, speaks the protocol through vscode-languageserver-protocol, and
 * offers the few operations they need (open, edit, pull or wait for diagnostics, completion, hover,
 * resident memory, raw bytes for malformed input).
 *
 * It answers workspace/configuration with SERVER_SETTINGS (data), so plain-text letters are checked
 * and push diagnostics, if that is all the server offers, come without a debounce.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type Position,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type ServerCapabilities,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_ENV } from '../server/src/shared/protocol';
import { repoRoot } from '../test/support/paths';

/** The built server; IMR_SERVER_BUNDLE points elsewhere (a server built from another checkout). */
export const SERVER_BUNDLE =
  process.env.IMR_SERVER_BUNDLE ?? path.join(repoRoot, 'dist', 'server', 'server.js');

/** What the harness answers to workspace/configuration (section `imr`). */
export const SERVER_SETTINGS = { lintPlainText: true, debounceMs: 0, rules: {} };

const SERVER_REQUESTS_ACKNOWLEDGED = [
  'client/registerCapability',
  'client/unregisterCapability',
  'window/workDoneProgress/create',
  'workspace/diagnostic/refresh',
  'workspace/semanticTokens/refresh',
  'workspace/inlayHint/refresh',
  'window/showMessageRequest',
];

export function serverBuilt(): boolean {
  return existsSync(SERVER_BUNDLE);
}

export interface OpenDocument {
  readonly uri: string;
  text: string;
  version: number;
}

export class LspClient {
  readonly capabilities: ServerCapabilities;
  /** Whether diagnostics are pulled (textDocument/diagnostic) rather than waited for. */
  readonly pull: boolean;
  private readonly pushed = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  private readonly pushWaiters = new Map<string, () => void>();
  private exited = false;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    capabilities: ServerCapabilities,
    /** Rejects when the server process ends: a request must not wait for an answer that cannot come. */
    private readonly died: Promise<never>,
  ) {
    this.capabilities = capabilities;
    this.pull = capabilities.diagnosticProvider !== undefined;
    child.once('exit', () => {
      this.exited = true;
    });
  }

  /** The answer, or an error if the server ends first. */
  private answer<T>(request: Thenable<T>): Promise<T> {
    return Promise.race([Promise.resolve(request), this.died]);
  }

  /**
   * Starts the server; `pull: false` declares no pull-diagnostics support, to test the push path;
   * `nodeArgs` go to Node before the bundle (V8 flags for experiments).
   */
  static async start(options: { pull?: boolean; nodeArgs?: readonly string[] } = {}): Promise<LspClient> {
    const args = [...(options.nodeArgs ?? []), SERVER_BUNDLE, '--stdio'];
    // The environment the extension adds (SERVER_ENV), so memory is measured as users run the server.
    const env = { ...process.env, ...SERVER_ENV };
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    const died = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`the server exited (${code ?? signal})`))),
    );
    // Nobody may be waiting when it ends (after stop()); that is not an error.
    died.catch(() => undefined);
    // The server's own log goes nowhere: it must not hold letter text, but the harness does not rely on it.
    child.stderr!.resume();
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => SERVER_SETTINGS));
    // What else a server commonly asks is acknowledged; anything unknown gets "method not found".
    for (const method of SERVER_REQUESTS_ACKNOWLEDGED) connection.onRequest(method, () => null);
    connection.listen();
    const init = await Promise.race([
      died,
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
          workspace: { configuration: true },
          textDocument: {
            synchronization: { dynamicRegistration: false },
            completion: { completionItem: { snippetSupport: true } },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            publishDiagnostics: { relatedInformation: true, versionSupport: true },
            ...(options.pull === false ? {} : { diagnostic: { dynamicRegistration: false } }),
          },
        },
      }),
    ]);
    const lsp = new LspClient(child, connection, init.capabilities, died);
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      lsp.pushed.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      lsp.pushWaiters.get(p.uri)?.();
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return lsp;
  }

  get alive(): boolean {
    return !this.exited && this.child.exitCode === null;
  }

  async open(uri: string, text: string, languageId = uri.endsWith('.imr.md') ? 'imr' : 'plaintext') {
    const doc: OpenDocument = { uri, text, version: 1 };
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return doc;
  }

  /** An incremental edit: replace [start, end) (offsets) with `insert`. */
  async edit(doc: OpenDocument, start: number, end: number, insert: string) {
    const change: TextDocumentContentChangeEvent = {
      range: { start: positionAt(doc.text, start), end: positionAt(doc.text, end) },
      text: insert,
    };
    doc.text = doc.text.slice(0, start) + insert + doc.text.slice(end);
    doc.version++;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: doc.uri, version: doc.version },
      contentChanges: [change],
    });
  }

  async close(doc: OpenDocument) {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri: doc.uri },
    });
  }

  /** The document's diagnostics now: pulled, or the next push for its current version. */
  async diagnostics(doc: OpenDocument, timeoutMs = 30_000): Promise<Diagnostic[]> {
    if (this.pull) {
      const report = await this.answer(
        this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: doc.uri } }),
      );
      return 'items' in report ? report.items : [];
    }
    const pushed = new Promise<Diagnostic[]>((resolve, reject) => {
      const check = () => {
        const p = this.pushed.get(doc.uri);
        // Servers that omit the version are taken at their word for the latest push.
        if (p && (p.version === undefined || p.version >= doc.version)) {
          this.pushWaiters.delete(doc.uri);
          clearTimeout(timer);
          resolve(p.diagnostics);
        }
      };
      const timer = setTimeout(() => {
        this.pushWaiters.delete(doc.uri);
        reject(new Error(`no diagnostics pushed for ${doc.uri} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pushed.delete(doc.uri);
      this.pushWaiters.set(doc.uri, check);
    });
    return this.answer(pushed);
  }

  completion(doc: OpenDocument, position: Position) {
    return this.answer(
      this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position }),
    );
  }

  hover(doc: OpenDocument, position: Position) {
    return this.answer(
      this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position }),
    );
  }

  /** Bytes straight onto the server's input, for malformed-message tests. */
  writeRaw(bytes: string | Buffer) {
    this.child.stdin!.write(bytes);
  }

  /** Resident memory of the server process in MB, from /proc (Linux); NaN elsewhere. */
  rssMB(): number {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) / 1024 : Number.NaN;
    } catch {
      return Number.NaN;
    }
  }

  async stop() {
    if (this.alive) {
      await Promise.race([
        this.connection
          .sendRequest(ShutdownRequest.type)
          .then(() => this.connection.sendNotification('exit')),
        new Promise((r) => setTimeout(r, 2000)),
      ]).catch(() => undefined);
    }
    this.connection.dispose();
    if (this.alive) this.child.kill();
  }
}

/** Line and UTF-16 character of an offset (the protocol's default position encoding). */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
