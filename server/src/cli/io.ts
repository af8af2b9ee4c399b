/** What the CLI may touch, injected so tests run it in-process. */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** `--output-file`: paths are absolute. */
  writeFile(file: string, text: string): void;
  /** The GitHub job summary ($GITHUB_STEP_SUMMARY) is appended to, never overwritten. */
  appendFile(file: string, text: string): void;
}

export const processIo: CliIo = {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  writeFile: (f, t) => {
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, t);
  },
  appendFile: (f, t) => appendFileSync(f, t),
};

/** Usage errors exit 2 with this message and no stack. */
export class UsageError extends Error {}
