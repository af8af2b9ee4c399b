/** `imr-lint import <letter.txt> [-o <file.imr.md>]`: a published letter to the .imr.md format. */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { toImrMd } from '../../service/features/import';
import type { LanguageService } from '../../service/index';
import { loadDocument } from '../document';
import { type CliIo, UsageError } from '../io';

export async function importCommand(
  args: readonly string[],
  io: CliIo,
  service: LanguageService,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  if (positionals.length !== 1) throw new UsageError('imr-lint import takes exactly one letter.');
  const file = path.resolve(io.cwd, positionals[0]!);
  const loaded = loadDocument(file);
  if (!loaded.ok) {
    io.stderr(`imr-lint: ${positionals[0]}: ${loaded.error}\n`);
    return 2;
  }
  const markdown = toImrMd(service.parse(loaded.document));
  if (values.output) writeFileSync(path.resolve(io.cwd, values.output), markdown);
  else io.stdout(markdown);
  return 0;
}
