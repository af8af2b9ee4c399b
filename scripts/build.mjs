// Bundles the extension client, the language server and the CLI with esbuild (CommonJS, Node 20).
// `node scripts/build.mjs --watch` rebuilds on change; `--production` minifies.
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Some dependencies ship ESM that reads import.meta.url; give the CommonJS bundle a real one.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const builds = [
  {
    ...common,
    entryPoints: { 'client/extension': 'client/src/extension.ts' },
    external: ['vscode'],
    outdir: 'dist',
  },
  // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow: prefer `module`
  // in every bundle that reads configuration (the server reads .imr-lint.json as the CLI does).
  {
    ...common,
    mainFields: ['module', 'main'],
    entryPoints: { 'server/server': 'server/src/lsp/main.ts' },
    outdir: 'dist',
  },
  {
    ...common,
    mainFields: ['module', 'main'],
    entryPoints: { cli: 'server/src/cli/main.ts' },
    outdir: 'dist',
  },
  // The CLI's worker threads load this file from beside dist/cli.js (server/src/cli/workers.ts).
  {
    ...common,
    mainFields: ['module', 'main'],
    entryPoints: { 'cli-worker': 'server/src/cli/worker.ts' },
    outdir: 'dist',
  },
].filter((b) => {
  // Entry points appear as the project grows; build what exists.
  const entry = Object.values(b.entryPoints)[0];
  return existsSync(entry);
});

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
