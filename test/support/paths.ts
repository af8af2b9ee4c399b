/** Where the tests find the repository and the read-only shared material. */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** ../shared beside the checkout (as CI lays it out), else /work/shared. */
export function sharedDir(): string {
  for (const candidate of [path.resolve(repoRoot, '..', 'shared'), '/work/shared']) {
    if (existsSync(path.join(candidate, 'corpus', 'manifest.tsv'))) return candidate;
  }
  throw new Error('The shared folder (../shared with corpus/ and seeds/) was not found beside the checkout.');
}
