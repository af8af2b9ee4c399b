/** The architecture invariants that a test can hold (docs/ARCHITECTURE.md). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const BANNED =
  /^(?:vscode|vscode-languageserver(?:\/.*)?|(?:node:)?(?:fs|fs\/promises|child_process|http|https|net|worker_threads))$/;

test('service/ imports no LSP connection, VS Code, file system, process or network module', () => {
  const offenders: string[] = [];
  for (const file of files(path.join(repoRoot, 'server', 'src', 'service'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (BANNED.test(spec)) offenders.push(`${path.relative(repoRoot, file)}: ${spec}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('source files stay small enough to read in one go (400 lines)', () => {
  const roots = ['server/src', 'client/src'].map((d) => path.join(repoRoot, d));
  const long = roots
    .flatMap((r) => files(r))
    .map((f) => ({ f, n: readFileSync(f, 'utf8').replace(/\n$/, '').split('\n').length }))
    .filter(({ n }) => n > 400)
    .map(({ f, n }) => `${path.relative(repoRoot, f)}: ${n}`);
  assert.deepEqual(long, []);
});
