/**
 * The extensionTestsPath module: VS Code (or code-server, through scripts/e2e/code-shim.mjs) loads it
 * in the extension host and calls run(); mocha runs the smoke suite there, against the real `vscode` API.
 */
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  mocha.addFile(join(__dirname, 'smoke.e2e.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
  });
}
