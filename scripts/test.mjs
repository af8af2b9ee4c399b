// Runs the test suites with Node's own test runner (its closing summary is what CI reads).
//   node scripts/test.mjs            all: typecheck, lint, build, the real-VS-Code suite, then the node tests
//   node scripts/test.mjs --unit     only what runs without building or a browser
// Test files are TypeScript, loaded through tsx.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const unitOnly = process.argv.includes('--unit');

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'fixtures' || name === 'e2e' || name === 'node_modules') continue;
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

function step(name, cmd, args, { deferFailure = false } = {}) {
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stdout.write(`\n${name} failed (exit ${r.status ?? r.signal}).\n`);
    if (deferFailure) return false;
    process.exit(r.status || 1);
  }
  return true;
}

const bin = (name) => join('node_modules', '.bin', name);
if (!unitOnly) {
  step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  step('lint and format check', bin('biome'), ['check', '.']);
  step('build', process.execPath, ['scripts/build.mjs']);
}
const files = find('test').sort();
// The real-VS-Code suite (code-server + headless chromium; scripts/e2e/README.md) runs before the
// node tests so that their summary stays last; its failure fails the run once those have run too.
// It skips with a message when code-server is not installed, except under CI (.ci/run installs it).
const e2eOk =
  unitOnly || step('e2e (real VS Code)', process.execPath, ['scripts/e2e/run.mjs'], { deferFailure: true });
step('tests', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files]);
if (!e2eOk) process.exit(1);
