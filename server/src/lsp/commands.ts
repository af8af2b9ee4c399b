/**
 * The custom requests behind the extension's commands (declared in shared/protocol.ts).
 */

import {
  criteriaChecklist,
  guidelineAt,
  guidelineMarkdown,
  newDeterminationTemplate,
} from '../service/features/guideline';
import { toImrMd } from '../service/features/import';
import {
  CheckLetterNotification,
  CriteriaChecklistRequest,
  GuidelineAtRequest,
  ImportLetterRequest,
  NewDeterminationRequest,
} from '../shared/protocol';
import type { ServerContext } from './context';
import type { DiagnosticsController } from './diagnostics';
import { onNotification, onRequest } from './protocol';
import { runSafe } from './runSafe';

export function registerCommands(ctx: ServerContext, diagnostics: DiagnosticsController): void {
  const { connection, documents, services } = ctx;
  const log = connection.console;

  onRequest(connection, ImportLetterRequest, (p, token) =>
    runSafe(log, 'importLetter', token, { text: '' }, async () => {
      const letter = documents.get(p.uri);
      if (!letter) return { text: '' };
      const service = await services.forDocument(p.uri);
      // Read as a published letter whatever the editor calls the file's language.
      return {
        text: toImrMd(
          service.parse({
            uri: letter.uri,
            version: letter.version,
            languageId: 'plaintext',
            getText: () => letter.getText(),
          }),
        ),
      };
    }),
  );
  onRequest(connection, NewDeterminationRequest, (_p, token) =>
    runSafe(log, 'newDetermination', token, { text: '' }, () => ({ text: newDeterminationTemplate() })),
  );
  onRequest(connection, CriteriaChecklistRequest, (p, token) =>
    runSafe(log, 'criteriaChecklist', token, null, async () => {
      const document = documents.get(p.uri);
      const service = await services.forDocument(p.uri);
      const text = document ? criteriaChecklist(service.analyze(document), p.position) : null;
      return text ? { text } : null;
    }),
  );
  onRequest(connection, GuidelineAtRequest, (p, token) =>
    runSafe(log, 'guidelineAt', token, null, async () => {
      const document = documents.get(p.uri);
      const service = await services.forDocument(p.uri);
      const entry = document ? guidelineAt(service.analyze(document), p.position) : undefined;
      return entry
        ? { title: entry.topic, markdown: guidelineMarkdown(entry, service.catalog.version) }
        : null;
    }),
  );
  onNotification(connection, CheckLetterNotification, (p) => {
    ctx.gate.admit(p.uri);
    diagnostics.refreshAll();
  });
}
