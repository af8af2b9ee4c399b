/** `imr-lint parse <files...>`: one JSON object per file, one per line. */

import type { LanguageService } from '../../service/index';
import { analysisToJson } from '../../service/serialize';
import { loadDocument } from '../document';
import { displayPath, expandInputs } from '../files';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export async function parseCommand(
  args: readonly string[],
  io: CliIo,
  service: LanguageService,
): Promise<number> {
  if (args.length === 0) throw new UsageError('imr-lint parse needs at least one file.');
  let status = 0;
  for (const file of await expandInputs(args, io.cwd)) {
    const shown = displayPath(file, io.cwd);
    const loaded = loadDocument(file);
    if (!loaded.ok) {
      io.stdout(`${JSON.stringify({ file: shown, error: loaded.error })}\n`);
      status = 1;
      continue;
    }
    io.stdout(`${JSON.stringify(analysisToJson(service.analyze(loaded.document), shown))}\n`);
    service.forget(loaded.document.uri);
  }
  return status;
}
