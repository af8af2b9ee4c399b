/**
 * The editor features, each a handler of a few lines: find the checked document and its service,
 * call the service, return its answer. runSafe handles errors and cancellation for all of them.
 */
import type { CodeActionParams, CompletionItem, CompletionList } from 'vscode-languageserver/node';
import type { LanguageService } from '../service/index';
import { type CheckedDocument, checkedDocument, type ServerContext } from './context';
import { runSafe } from './runSafe';
import { lintConfigOf } from './settings';

export function registerFeatures(ctx: ServerContext): void {
  const { connection } = ctx;
  const log = connection.console;
  // The URI is read inside runSafe, so params of the wrong shape get the neutral answer.
  const withDocument =
    <T>(p: { textDocument: { uri: string } }, fallback: T, f: (c: CheckedDocument) => T | Promise<T>) =>
    async () => {
      const checked = await checkedDocument(ctx, p.textDocument.uri);
      return checked ? f(checked) : fallback;
    };
  const emptyList: CompletionList = { isIncomplete: false, items: [] };

  connection.onDocumentSymbol((p, token) =>
    runSafe(
      log,
      'documentSymbol',
      token,
      [],
      withDocument(p, [], (c) => c.service.getDocumentSymbols(c.document)),
    ),
  );
  connection.onFoldingRanges((p, token) =>
    runSafe(
      log,
      'foldingRange',
      token,
      [],
      withDocument(p, [], (c) => c.service.getFoldingRanges(c.document)),
    ),
  );
  connection.onCodeAction((p, token) =>
    runSafe(log, 'codeAction', token, [], withDocument(p, [], codeActions(ctx, p))),
  );
  connection.onCompletion((p, token) =>
    runSafe(
      log,
      'completion',
      token,
      emptyList,
      withDocument(p, emptyList, (c) => c.service.getCompletions(c.document, p.position)),
    ),
  );
  connection.onCompletionResolve((item, token) =>
    runSafe(log, 'completionResolve', token, item, async () =>
      (await serviceOfItem(ctx, item)).resolveCompletion(item),
    ),
  );
  connection.onHover((p, token) =>
    runSafe(
      log,
      'hover',
      token,
      null,
      withDocument(p, null, (c) => c.service.getHover(c.document, p.position)),
    ),
  );
}

function codeActions(ctx: ServerContext, p: CodeActionParams) {
  return async ({ document, service }: CheckedDocument) => {
    const settings = await ctx.settings.forDocument(document.uri);
    return service.getCodeActions(document, { range: p.range, only: p.context.only }, lintConfigOf(settings));
  };
}

/** A completion item may carry its document's URI in `data.uri`; else the shipped catalog answers. */
function serviceOfItem(ctx: ServerContext, item: CompletionItem): Promise<LanguageService> {
  const uri = (item.data as { uri?: unknown } | undefined)?.uri;
  return typeof uri === 'string' ? ctx.services.forDocument(uri) : Promise.resolve(ctx.services.fallback);
}
