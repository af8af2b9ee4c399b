/**
 * The editor features, each a handler of a few lines: find the checked document, call the service,
 * return its answer. runSafe handles errors and cancellation for all of them.
 */
import type {
  CodeActionParams,
  CompletionList,
  TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkedDocument, type ServerContext } from './context';
import { runSafe } from './runSafe';
import { lintConfigOf } from './settings';

export function registerFeatures(ctx: ServerContext): void {
  const { connection, service } = ctx;
  const log = connection.console;
  // The URI is read inside runSafe, so params of the wrong shape get the neutral answer.
  const withDocument =
    <T>(p: { textDocument: { uri: string } }, fallback: T, f: (d: TextDocument) => T | Promise<T>) =>
    async () => {
      const document = await checkedDocument(ctx, p.textDocument.uri);
      return document ? f(document) : fallback;
    };

  connection.onDocumentSymbol((p, token) =>
    runSafe(log, 'documentSymbol', token, [], withDocument(p, [], service.getDocumentSymbols)),
  );
  connection.onFoldingRanges((p, token) =>
    runSafe(log, 'foldingRange', token, [], withDocument(p, [], service.getFoldingRanges)),
  );
  connection.onCodeAction((p, token) =>
    runSafe(log, 'codeAction', token, [], withDocument(p, [], codeActions(ctx, p))),
  );
  const emptyList: CompletionList = { isIncomplete: false, items: [] };
  connection.onCompletion((p: TextDocumentPositionParams, token) =>
    runSafe(
      log,
      'completion',
      token,
      emptyList,
      withDocument(p, emptyList, (d) => service.getCompletions(d, p.position)),
    ),
  );
  connection.onCompletionResolve((item, token) =>
    runSafe(log, 'completionResolve', token, item, () => service.resolveCompletion(item)),
  );
  connection.onHover((p, token) =>
    runSafe(
      log,
      'hover',
      token,
      null,
      withDocument(p, null, (d) => service.getHover(d, p.position)),
    ),
  );
}

function codeActions(ctx: ServerContext, p: CodeActionParams) {
  return async (document: TextDocument) => {
    const settings = await ctx.settings.forDocument(document.uri);
    return ctx.service.getCodeActions(
      document,
      { range: p.range, only: p.context.only },
      lintConfigOf(settings),
    );
  };
}
