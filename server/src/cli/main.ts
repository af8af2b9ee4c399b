/**
 * imr-lint: a thin shell over the language service. It parses argv, reads files, calls the service,
 * formats, and returns an exit code: 0 clean, 1 findings at or above the fail level, 2 usage or
 * internal error. It never calls process.exit (bin/imr-lint.js does, once, with the returned code).
 */
import { parseArgs } from 'node:util';
import { defaultCatalog } from '../service/catalog/default';
import { createLanguageService } from '../service/index';
import type { Severity } from '../service/rules/types';
import { importCommand } from './commands/import';
import { lintCommand } from './commands/lint';
import { parseCommand } from './commands/parse';
import { type CliIo, processIo, UsageError } from './io';

const HELP = `Usage:
  imr-lint [files, folders or globs...] [options]   lint determinations (.imr.md) and published letters (.txt)
  imr-lint parse <files...>                          print each file's model as one JSON line
  imr-lint import <letter.txt> [-o <file.imr.md>]    convert a published letter to .imr.md

Options:
  -f, --format <name>      stylish (default) or json
      --fail-level <sev>   error (default), warning or info: the lowest severity that exits 1
      --no-must-find-files exit 0 when nothing matched
  -o, --output <file>      (import) where to write; default: standard output
  -h, --help               this text
`;

export async function run(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const service = createLanguageService({ catalog: defaultCatalog() });
    const [command, ...rest] = argv;
    if (command === 'parse') return await parseCommand(rest, io, service);
    if (command === 'import') return await importCommand(rest, io, service);
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'fail-level': { type: 'string', default: 'error' },
        'must-find-files': { type: 'boolean', default: true },
        'no-must-find-files': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const failLevel = values['fail-level'] as string;
    if (!['error', 'warning', 'info'].includes(failLevel))
      throw new UsageError(`--fail-level takes error, warning or info, not "${failLevel}".`);
    return await lintCommand(
      positionals,
      {
        format: values.format as string,
        failLevel: failLevel as Severity,
        mustFindFiles: !values['no-must-find-files'],
      },
      io,
      service,
    );
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`imr-lint: ${(error as Error).message}\nRun imr-lint --help for usage.\n`);
    } else {
      // Internal error: the message and stack name our code, never letter text.
      io.stderr(
        `imr-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    return 2;
  }
}
