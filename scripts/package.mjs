// `npm run package`: production bundles, then a .vsix made by @vscode/vsce (from node_modules, or
// from the e2e tools cache that scripts/e2e/install.sh fills). Fails if the .vsix reaches 2 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toolsModules } from './e2e/paths.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const vsce = [
  join('node_modules', '@vscode', 'vsce', 'vsce'),
  join(toolsModules, '@vscode', 'vsce', 'vsce'),
].find(existsSync);
if (!vsce) {
  console.error(
    '@vscode/vsce not found: run `bash scripts/e2e/install.sh` or `npm install --no-save @vscode/vsce`.',
  );
  process.exit(2);
}
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join('dist', `${name}-${version}.vsix`);
run(process.execPath, ['scripts/build.mjs', '--production']);
// --no-dependencies: the bundles already hold every dependency; node_modules stays out of the .vsix.
run(process.execPath, [
  vsce,
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  // The README's screenshots are repository files, not published anywhere: keep the links as written.
  '--no-rewrite-relative-links',
  '--skip-license',
  '-o',
  out,
]);
const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB`);
if (size >= 2 * 1024 * 1024) {
  console.error('The .vsix must stay under 2 MB.');
  process.exit(1);
}
