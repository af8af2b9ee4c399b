/** What every handler module is given: one object, built once in server.ts. */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/index';
import type { DocumentGate } from './gate';
import type { SettingsResolver } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: LanguageService;
  readonly settings: SettingsResolver;
  readonly gate: DocumentGate;
  /** file: URI of the folder of rule docs shipped with the server, ending in `/`. */
  readonly ruleDocsBase: string | undefined;
}

/** The open document if the server checks it, else undefined (handlers then answer empty). */
export async function checkedDocument(ctx: ServerContext, uri: string): Promise<TextDocument | undefined> {
  const document = ctx.documents.get(uri);
  if (!document) return undefined;
  return (await ctx.gate.checks(document)) ? document : undefined;
}
