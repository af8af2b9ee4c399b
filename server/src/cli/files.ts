/**
 * Files, folders and globs to the list of documents to read, sorted so output is stable.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What a folder expands to. */
export const DEFAULT_PATTERNS = ['**/*.imr.md', '**/*.txt'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      for (const f of await glob(DEFAULT_PATTERNS, { cwd: abs, absolute: true, ignore: IGNORE }))
        found.add(path.normalize(f));
    } else if (stat?.isFile()) {
      found.add(abs);
    } else if (isDynamicPattern(input)) {
      for (const f of await glob([input], { cwd, absolute: true, ignore: IGNORE }))
        found.add(path.normalize(f));
    } else {
      // A named file that does not exist is kept, so it is reported as unreadable rather than ignored.
      found.add(abs);
    }
  }
  return [...found].sort();
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
