/**
 * The IMR language service: a pure library. It takes documents and returns models, findings and
 * LSP types; it knows nothing of the LSP connection, VS Code or the file system.
 *
 * One entry point, `createLanguageService`, in the manner of vscode-markdown-languageservice.
 */

import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
} from 'vscode-languageserver-types';
import { type Analysis, type AnalysisMemo, analyze, nextMemo } from './analysis';
import { type Catalog, emptyCatalog } from './catalog/catalog';
import type { LintConfig } from './config';
import { type CodeActionRequest, getCodeActions } from './features/codeActions';
import { getCompletions } from './features/completion';
import { type DiagnosticOptions, toDiagnostics } from './features/diagnostics';
import { getFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { getDocumentSymbols } from './features/symbols';
import { type LintResult, lint } from './lint';
import type { Determination } from './model/types';
import { readDetermination } from './parser/index';

/** What the service needs of a document: `vscode-languageserver-textdocument`'s TextDocument fits. */
export interface DocumentLike {
  readonly uri: string;
  readonly version: number;
  readonly languageId?: string;
  getText(): string;
}

/** Where the service may write diagnostics about itself. Never letter text. */
export interface Logger {
  log(message: string): void;
}

export interface LanguageServiceOptions {
  /** The guideline catalog: `defaultCatalog()`, or `teamCatalog(files).catalog` with a team's files laid over it. */
  readonly catalog?: Catalog;
  readonly logger?: Logger;
}

export interface LanguageService {
  readonly catalog: Catalog;
  /** The document's model, parsed once per version. */
  parse(document: DocumentLike): Determination;
  /** The model with everything derived from it, computed once per version. */
  analyze(document: DocumentLike): Analysis;
  lint(document: DocumentLike, config?: LintConfig): LintResult;
  /** Findings as LSP diagnostics (suppressed findings left out). */
  getDiagnostics(document: DocumentLike, config?: LintConfig, options?: DiagnosticOptions): Diagnostic[];
  /** Sections, and items with their decisions. */
  getDocumentSymbols(document: DocumentLike): DocumentSymbol[];
  /** Front matter, sections, items. */
  getFoldingRanges(document: DocumentLike): FoldingRange[];
  /** Quick fixes and suppressions for the findings on a range, and fix-all. */
  getCodeActions(
    document: DocumentLike,
    request: Omit<CodeActionRequest, 'uri'>,
    config?: LintConfig,
  ): CodeAction[];
  /** Citation values from the catalog, decision words and field labels, ranked by the item's treatment. */
  getCompletions(document: DocumentLike, position: Position): CompletionList;
  /** Resolves a completion item's documentation. */
  resolveCompletion(item: CompletionItem): CompletionItem;
  /** The catalog entry under a citation's page, section or guideline; the treatment kind on a heading. */
  getHover(document: DocumentLike, position: Position): Hover | null;
  /** Forget a closed document. */
  forget(uri: string): void;
}

/** What the service keeps for one document: its latest version's analysis and what the next reuses. */
interface CacheEntry {
  readonly version: number;
  readonly text: string;
  readonly analysis: Analysis;
  readonly memo: AnalysisMemo;
  /** The lint result of this version for the configuration whose JSON is `key`. */
  lint: { readonly key: string; readonly result: LintResult } | undefined;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const catalog = options.catalog ?? emptyCatalog;
  /** Per document: its latest analysis, and the sentence facts the next version may reuse. */
  const cache = new Map<string, CacheEntry>();

  function entryOf(document: DocumentLike): CacheEntry {
    const cached = cache.get(document.uri);
    const text = document.getText();
    // Version alone is not enough for the CLI, which reuses version 0; the text comparison is cheap.
    if (cached && cached.version === document.version && cached.text === text) return cached;
    const determination = readDetermination(text, {
      languageId: document.languageId,
      fileName: document.uri,
    });
    const memo = nextMemo(cached?.memo);
    const entry: CacheEntry = {
      version: document.version,
      text,
      analysis: analyze(determination, catalog, memo),
      memo,
      lint: undefined,
    };
    cache.set(document.uri, entry);
    return entry;
  }

  const analysisOf = (document: DocumentLike): Analysis => entryOf(document).analysis;

  /**
   * One lint run per version and configuration: diagnostics and the code actions asked for after
   * every edit share it. Safe because a lint result is a pure function of the analysis (this entry's)
   * and the configuration, which is JSON data: equal JSON, equal result. A different configuration
   * replaces the one kept, so an entry holds at most one result.
   */
  function lintOf(document: DocumentLike, config: LintConfig | undefined): LintResult {
    const entry = entryOf(document);
    const key = JSON.stringify(config?.rules ?? null);
    if (entry.lint?.key !== key) {
      entry.lint = { key, result: lint(entry.analysis, config) };
      // The rules have asked for what they reuse; the previous version's results can go.
      entry.memo.conclusions.seal();
      entry.memo.derived.seal();
    }
    return entry.lint.result;
  }

  return {
    catalog,
    parse: (document) => analysisOf(document).determination,
    analyze: analysisOf,
    lint: lintOf,
    getDiagnostics: (document, config, diagnosticOptions) =>
      toDiagnostics(analysisOf(document), document.uri, lintOf(document, config).findings, diagnosticOptions),
    getDocumentSymbols: (document) => getDocumentSymbols(analysisOf(document)),
    getFoldingRanges: (document) => getFoldingRanges(analysisOf(document)),
    getCodeActions: (document, request, config) =>
      getCodeActions(analysisOf(document), lintOf(document, config).findings, {
        ...request,
        uri: document.uri,
      }),
    getCompletions: (document, position) => getCompletions(analysisOf(document), position),
    resolveCompletion: (item) => item,
    getHover: (document, position) => getHover(analysisOf(document), position),
    forget: (uri) => void cache.delete(uri),
  };
}

export type { Analysis } from './analysis';
export { Catalog } from './catalog/catalog';
export type { LintConfig } from './config';
export { FIX_ALL_KIND, SUPPRESSION_REASON_PLACEHOLDER } from './features/codeActions';
export type { DiagnosticOptions } from './features/diagnostics';
export type { Determination, Item } from './model/types';
export type { Finding } from './rules/types';
