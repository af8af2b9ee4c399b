// Where scripts/e2e/install.sh puts code-server and the tools; shared by the e2e harness and tests.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const cacheDir = process.env.IMR_E2E_CACHE || join(homedir(), '.cache', 'imr-real-vscode');
export const codeServerBin = join(cacheDir, 'code-server', 'node_modules', '.bin', 'code-server');
/** VS Code's own node_modules inside code-server (vscode-textmate, vscode-oniguruma). */
export const vscodeModules = join(
  cacheDir,
  'code-server',
  'node_modules',
  'code-server',
  'lib',
  'vscode',
  'node_modules',
);
export const toolsModules = join(cacheDir, 'tools', 'node_modules');
