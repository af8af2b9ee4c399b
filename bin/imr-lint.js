#!/usr/bin/env node

// The published entry point: runs the bundled CLI and exits with its code.
let cli;
try {
  cli = require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('imr-lint: the CLI is not built. Run `npm install` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw error;
}
cli.run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`imr-lint: internal error: ${error?.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
