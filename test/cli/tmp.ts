/** Temporary project folders for CLI tests: files from a map, with a .git folder so lookup stops there. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function project(files: Record<string, string | Buffer>, git = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'imr-lint-test-'));
  made.push(dir);
  if (git) mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** A document that only `section-missing` flags, twice (no summary, no issues section), as errors. */
export const DOC = '<!-- A draft: no sections yet. -->\n';
