/** What every handler module is given: one object, built once in server.ts. */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/index';
import type { ServiceRegistry } from './catalogs';
import type { DocumentGate } from './gate';
import type { SettingsResolver } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The language service for a document (it depends on the document's imr.catalogFiles). */
  readonly services: ServiceRegistry;
  readonly settings: SettingsResolver;
  readonly gate: DocumentGate;
  /** file: URI of the folder of rule docs shipped with the server, ending in `/`. */
  readonly ruleDocsBase: string | undefined;
}

export interface CheckedDocument {
  readonly document: TextDocument;
  readonly service: LanguageService;
}

/** The open document and its service if the server checks it, else undefined (handlers answer empty). */
export async function checkedDocument(ctx: ServerContext, uri: string): Promise<CheckedDocument | undefined> {
  const document = ctx.documents.get(uri);
  if (!document || !(await ctx.gate.checks(document))) return undefined;
  return { document, service: await ctx.services.forDocument(uri) };
}
