/** Running the CLI in-process with a fake io: captured output, files written, fixed cwd and env. */
import { existsSync, readdirSync } from 'node:fs';
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

/** The project's shared folder (letters, domain data): beside the repository, else /work/shared. */
export function sharedDir(): string | null {
  for (const dir of [path.resolve(repoRoot, '..', 'shared'), '/work/shared']) {
    if (existsSync(path.join(dir, 'corpus', 'letters'))) return dir;
  }
  return null;
}

/** Every real letter: the seeds and the corpus. */
export function realLetters(): string[] {
  const shared = sharedDir();
  if (!shared) return [];
  return ['seeds', path.join('corpus', 'letters')].flatMap((sub) =>
    readdirSync(path.join(shared, sub))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(shared, sub, f)),
  );
}
