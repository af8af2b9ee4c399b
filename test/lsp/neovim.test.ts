/**
 * The built server with an independent client: headless Neovim (Debian's 0.7; scripts/e2e/install.sh
 * installs it). Skipped when nvim or the bundle is missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { SERVER, serverBuilt } from './client';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const skip =
  nvim.status !== 0 ? 'nvim is not installed' : serverBuilt() ? false : 'dist/server/server.js is not built';

test('Neovim gets pushed diagnostics, code actions and folding from the server', {
  skip,
  timeout: 60_000,
}, () => {
  // Neovim's state (log, shada) goes to a throw-away directory, not $HOME.
  const state = mkdtempSync(join(tmpdir(), 'imr-nvim-'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, SERVER_JS: SERVER };
    for (const x of ['STATE', 'CACHE', 'DATA', 'CONFIG']) env[`XDG_${x}_HOME`] = join(state, x.toLowerCase());
    const r = spawnSync(
      'nvim',
      [
        '--headless',
        '-n',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '--noplugin',
        '-c',
        `luafile ${resolve('test/fixtures/nvim/lsp-check.lua')}`,
        resolve('test/fixtures/editor/no-sections.imr.md'),
      ],
      { env, encoding: 'utf8', timeout: 50_000 },
    );
    const report = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
    assert.deepEqual(report.failures, [], `nvim exit ${r.status}`);
    assert.equal(report.diagnostics, 2);
    assert.equal(r.status, 0);
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
});
