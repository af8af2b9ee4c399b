/** Running the CLI in-process with a fake io: captured output, files written, fixed cwd and env. */
import * as path from 'node:path';
import type { CliIo } from '../../server/src/cli/io';
import { run } from '../../server/src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files written or appended to, by path relative to cwd (forward slashes). */
  readonly files: ReadonlyMap<string, string>;
}

export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const key = (f: string) => path.relative(cwd, f).split(path.sep).join('/');
  const io: CliIo = {
    cwd,
    env,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    writeFile: (f, t) => void files.set(key(f), t),
    appendFile: (f, t) => void files.set(key(f), (files.get(key(f)) ?? '') + t),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, files };
}

/** The repository root (this worktree or a clone): test/cli/ is two levels down. */
export const repoRoot = path.resolve(__dirname, '..', '..');
