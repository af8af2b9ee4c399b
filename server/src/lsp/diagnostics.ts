/**
 * Diagnostics, pushed or pulled, chosen here once: pull (textDocument/diagnostic) when the client
 * supports it, else push (publishDiagnostics) debounced per document after each change.
 */
import {
  type Diagnostic,
  DocumentDiagnosticReportKind,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusNotification } from '../shared/protocol';
import { checkedDocument, type ServerContext } from './context';
import { notify } from './protocol';
import { runSafe } from './runSafe';
import { lintConfigOf } from './settings';

export interface DiagnosticsController {
  /** Re-check everything (configuration changed, a letter was admitted). */
  refreshAll(): void;
}

export function usesPull(params: InitializeParams): boolean {
  return params.capabilities.textDocument?.diagnostic !== undefined;
}

export function diagnosticCapabilities(pull: boolean): Partial<ServerCapabilities> {
  return pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {};
}

async function compute(ctx: ServerContext, uri: string): Promise<Diagnostic[]> {
  const checked = await checkedDocument(ctx, uri);
  if (!checked) return [];
  const { document, service } = checked;
  const settings = await ctx.settings.forDocument(uri);
  const diagnostics = service.getDiagnostics(document, lintConfigOf(settings), {
    ruleDocsBase: ctx.ruleDocsBase,
  });
  notify(ctx.connection, StatusNotification, {
    uri,
    findings: diagnostics.length,
    catalogVersion: service.catalog.version,
  });
  return diagnostics;
}

export function registerDiagnostics(ctx: ServerContext, pull: boolean): DiagnosticsController {
  const { connection, documents } = ctx;
  if (pull) {
    connection.languages.diagnostics.on((params, token) =>
      runSafe(
        connection.console,
        'diagnostics',
        token,
        { kind: DocumentDiagnosticReportKind.Full, items: [] },
        async () => ({
          kind: DocumentDiagnosticReportKind.Full,
          items: await compute(ctx, params.textDocument.uri),
        }),
      ),
    );
    return { refreshAll: () => void connection.languages.diagnostics.refresh() };
  }
  const timers = new Map<string, NodeJS.Timeout>();
  const push = async (uri: string) => {
    timers.delete(uri);
    const result = await runSafe(connection.console, 'diagnostics', undefined, [], () => compute(ctx, uri));
    const document = documents.get(uri);
    if (Array.isArray(result) && document) {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: result });
    }
  };
  const schedule = async (document: TextDocument, immediately: boolean) => {
    clearTimeout(timers.get(document.uri));
    const delay = immediately ? 0 : (await ctx.settings.forDocument(document.uri)).debounceMs;
    timers.set(
      document.uri,
      setTimeout(() => void push(document.uri), delay),
    );
  };
  // A document just opened is checked at once; edits wait for the typing to pause.
  const seen = new Set<string>();
  documents.onDidChangeContent((e) => {
    const first = !seen.has(e.document.uri);
    seen.add(e.document.uri);
    void schedule(e.document, first);
  });
  documents.onDidClose((e) => {
    seen.delete(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return { refreshAll: () => documents.all().forEach((d) => void schedule(d, true)) };
}
