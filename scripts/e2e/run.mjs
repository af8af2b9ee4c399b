// `npm run test:e2e`: the smoke suite inside a real VS Code through @vscode/test-electron's runTests.
// Here that VS Code is code-server + headless chromium behind scripts/e2e/code-shim.mjs (install with
// scripts/e2e/install.sh). Where a desktop VS Code can be downloaded, IMR_E2E_DOWNLOAD=1 lets
// test-electron fetch one instead; IMR_VSCODE_EXECUTABLE points at any other installed build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { codeServerBin, toolsModules } from './paths.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const started = Date.now();
const download = process.env.IMR_E2E_DOWNLOAD === '1';
const executable =
  process.env.IMR_VSCODE_EXECUTABLE || (download ? undefined : join(root, 'scripts', 'e2e', 'code-shim.mjs'));

if (
  !download &&
  !process.env.IMR_VSCODE_EXECUTABLE &&
  !(existsSync(codeServerBin) && existsSync(join(toolsModules, 'playwright-core')))
) {
  console.log(
    'e2e: code-server is not installed (bash scripts/e2e/install.sh); skipping the real-VS-Code suite.',
  );
  process.exit(process.env.CI ? 1 : 0);
}
if (!existsSync(join(root, 'dist', 'client', 'extension.js'))) {
  console.error('e2e: build first (node scripts/build.mjs).');
  process.exit(1);
}

// The suite runs in the extension host as CommonJS; the service is bundled in so tests can ask what
// this branch can do. mocha and vscode stay external (the host provides vscode; mocha loads files).
await esbuild.build({
  entryPoints: { index: join(root, 'test/e2e/index.ts'), 'smoke.e2e': join(root, 'test/e2e/smoke.e2e.ts') },
  outdir: join(root, 'out', 'e2e'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

let code = 0;
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'e2e', 'index'),
    launchArgs: [join(root, 'test', 'fixtures', 'e2e-workspace'), '--disable-extensions'],
  });
} catch (error) {
  console.error(`e2e: failed (${error instanceof Error ? error.message : String(error)})`);
  code = 1;
}
// Then the UI as a person sees it (code-server only): squiggles, Problems panel, completion, hover.
// `npm run test:e2e -- --screenshots` keeps the screenshots in docs/images for the README.
if (!download && !process.env.IMR_VSCODE_EXECUTABLE && process.env.IMR_E2E_UI !== '0') {
  const shots = process.argv.includes('--screenshots') ? [`--shots=${join(root, 'docs', 'images')}`] : [];
  const ui = spawnSync(process.execPath, [join(root, 'scripts', 'e2e', 'ui-smoke.mjs'), ...shots], {
    stdio: 'inherit',
  });
  if (ui.status !== 0) code = 1;
}
console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
