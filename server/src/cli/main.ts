/**
 * imr-lint: a thin shell over the language service. It parses argv, reads files, calls the service,
 * formats, and returns an exit code: 0 clean, 1 findings at or above the fail level, 2 usage,
 * configuration or internal error. It never calls process.exit (bin/imr-lint.js does, once).
 */
import pkg from '../../../package.json';
import { defaultCatalog } from '../service/catalog/default';
import { createLanguageService } from '../service/index';
import { importCommand } from './commands/import';
import { lintCommand } from './commands/lint';
import { parseCommand } from './commands/parse';
import { rulesCommand } from './commands/rules';
import { ConfigError } from './config';
import { type CliIo, processIo, UsageError } from './io';
import { parseLintOptions } from './options';

const HELP = `Usage:
  imr-lint [files, folders or globs...] [options]   lint determinations (.imr.md) and published letters (.txt)
  imr-lint rules [--json]                            list the rules
  imr-lint parse <files...>                          print each file's model as one JSON line
  imr-lint import <letter.txt> [-o <file.imr.md>]    convert a published letter to .imr.md

Output:
  -f, --format <name>          stylish (default), json, sarif, github or junit; may be repeated
  -o, --output-file <file>     write the format before it here (pairs in order); default: standard output
      --quiet                  report errors only
      --redact                 no letter text in any output (default when CI=true; --no-redact turns it off)
      --stats                  findings and time per rule, on standard error
Exit code:
      --fail-level <sev>       error (default), warning or info: the lowest severity that exits 1
      --max-warnings <n>       exit 1 when there are more than n warnings
      --no-must-find-files     exit 0 when nothing matched (default: exit 2)
Configuration:
  -c, --config <file>          use only this configuration file
      --no-config-lookup       use no configuration file
      --print-config <file>    print the configuration in force for a file, as JSON
      --report-unused-disable-directives   report suppressions that suppress nothing
Fixing:
      --fix                    apply safe fixes in place
      --fix-dry-run            print the safe fixes as a unified diff; change nothing
Performance:
      --concurrency <n|auto>   worker threads (auto: one per core for more than 50 files on 3+ cores)
  -h, --help                   this text
  -v, --version                the version

Exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage, configuration or internal error.
Details: docs/cli.md.
`;

const tool = { version: pkg.version, homepage: (pkg as { homepage?: string }).homepage };

export async function run(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'rules') return rulesCommand(rest, io);
    if (command === 'parse' || command === 'import') {
      const service = createLanguageService({ catalog: defaultCatalog() });
      return command === 'parse'
        ? await parseCommand(rest, io, service)
        : await importCommand(rest, io, service);
    }
    const options = parseLintOptions(argv, io.env);
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout(`${tool.version}\n`);
      return 0;
    }
    return await lintCommand(options, io, tool);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`imr-lint: configuration error: ${error.message}\n`);
    } else if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
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
