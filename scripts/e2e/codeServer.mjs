// A throw-away code-server on 127.0.0.1 and the headless chromium that shows its workbench; shared by
// code-shim.mjs (mocha suite in the extension host) and ui-smoke.mjs (screenshots).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeServerBin, toolsModules } from './paths.mjs';

export function codeServer(argv, options = {}) {
  return spawn(codeServerBin, ['--config', '/dev/null', ...argv], options);
}

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  // Only the language server's completions, so a completion check cannot pass on words or snippets.
  'editor.wordBasedSuggestions': 'off',
  'editor.snippetSuggestions': 'none',
};

/**
 * Starts code-server in a fresh short directory (it puts a unix socket in its user-data-dir; logs,
 * crash reports and TMPDIR sockets must not outlive the run). Resolves once /healthz answers.
 * `stop()` ends its whole process group (file watcher, extension host, our language server).
 */
export async function startCodeServer({ extensionsDir } = {}) {
  const run = mkdtempSync(join(tmpdir(), 'imr-e2e-'));
  const env = { ...process.env, TMPDIR: join(run, 'tmp') };
  for (const x of ['config', 'cache', 'data', 'state'])
    env[`XDG_${x.toUpperCase()}_HOME`] = join(run, 'xdg', x);
  for (const dir of [
    env.TMPDIR,
    ...['config', 'cache', 'data', 'state'].map((x) => join(run, 'xdg', x)),
    join(run, 'ud', 'User'),
  ])
    mkdirSync(dir, { recursive: true });
  writeFileSync(join(run, 'ud', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const extensions = extensionsDir ?? join(run, 'ext');
  mkdirSync(extensions, { recursive: true });
  const port = await freePort();
  const server = codeServer(
    [
      ...[
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
      ],
      ...['--disable-workspace-trust', '--disable-getting-started-override'],
      ...['--user-data-dir', join(run, 'ud'), '--extensions-dir', extensions],
    ],
    { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
    rmSync(run, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  const base = `http://127.0.0.1:${port}`;
  if (await healthy(base, server)) return { base, stop };
  stop();
  throw new Error(`code-server did not start:\n${log}`);
}

function freePort() {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

/** Polls /healthz until code-server answers (its readiness signal); false if it exits or 60 s pass. */
async function healthy(base, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && server.exitCode === null) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export async function launchChromium() {
  const { chromium } = createRequire(join(toolsModules, 'x.js'))('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The workbench URL opening `target` (folder, .code-workspace or nothing) with a test-harness payload. */
export function workbenchUrl(base, target, payload) {
  const host = new URL(base).host;
  const remote = (p) => `vscode-remote://${host}${resolve(p)}`;
  const entries = payload.map(([key, value, isPath]) => [key, isPath ? remote(value) : value]);
  const t = target && existsSync(target) ? resolve(target) : undefined;
  const where = !t
    ? 'ew=true'
    : t.endsWith('.code-workspace')
      ? `workspace=${encodeURIComponent(t)}`
      : statSync(t).isDirectory()
        ? `folder=${encodeURIComponent(t)}`
        : 'ew=true';
  return `${base}/?${where}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}
