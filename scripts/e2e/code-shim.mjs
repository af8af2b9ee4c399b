#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It reads the command line test-electron builds (--extensionTestsPath=, --extensionDevelopmentPath=,
// --extensions-dir=, a folder) and runs those tests in code-server's Node extension host, with the
// web workbench in headless Debian chromium. Mocha's output comes back on stdout; the exit code is
// the extension host's. Flags meant for Electron are ignored. Prints no document text of its own.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { codeServerBin, toolsModules } from './paths.mjs';

const args = { dev: [], tests: undefined, extensionsDir: undefined, target: undefined };
for (const a of process.argv.slice(2)) {
  const [key, value] = a.includes('=')
    ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
    : [a, undefined];
  if (key === '--extensionTestsPath') args.tests = value;
  else if (key === '--extensionDevelopmentPath') args.dev.push(value);
  else if (key === '--extensions-dir') args.extensionsDir = value;
  else if (key === '--version') args.version = true;
  else if (!a.startsWith('--')) args.target = a;
}

function codeServer(argv, options = {}) {
  return spawn(codeServerBin, ['--config', '/dev/null', ...argv], options);
}

async function runTests() {
  if (!args.tests || args.dev.length === 0) {
    console.error('[code-shim] needs --extensionTestsPath and --extensionDevelopmentPath');
    return 2;
  }
  // A short fresh directory: code-server puts a unix socket in its user-data-dir, and per-user files
  // (logs, crash reports, sockets in TMPDIR) must not outlive the run.
  const run = mkdtempSync(join(tmpdir(), 'imr-e2e-'));
  const env = { ...process.env, TMPDIR: join(run, 'tmp') };
  for (const x of ['CONFIG', 'CACHE', 'DATA', 'STATE'])
    env[`XDG_${x}_HOME`] = join(run, 'xdg', x.toLowerCase());
  for (const dir of [
    env.TMPDIR,
    ...['config', 'cache', 'data', 'state'].map((x) => join(run, 'xdg', x)),
    join(run, 'ud', 'User'),
  ])
    mkdirSync(dir, { recursive: true });
  writeFileSync(join(run, 'ud', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const extensionsDir = args.extensionsDir ?? join(run, 'ext');
  mkdirSync(extensionsDir, { recursive: true });
  const port = await freePort();
  // detached: its own process group, so the server, file watcher, extension host and our language
  // server can all be ended together.
  const server = codeServer(
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      join(run, 'ud'),
      '--extensions-dir',
      extensionsDir,
    ],
    { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let serverLog = '';
  server.stderr.on('data', (d) => (serverLog = (serverLog + d).slice(-4000)));
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
    rmSync(run, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    if (!(await healthy(base, server))) {
      console.error(`[code-shim] code-server did not start:\n${serverLog}`);
      return 1;
    }
    return await runInBrowser(base);
  } finally {
    stop();
  }
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
};

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
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function runInBrowser(base) {
  const { chromium } = createRequire(join(toolsModules, 'x.js'))('playwright-core');
  const host = new URL(base).host;
  const remote = (p) => `vscode-remote://${host}${resolve(p)}`;
  const payload = [
    ...args.dev.map((d) => ['extensionDevelopmentPath', remote(d)]),
    ['extensionTestsPath', remote(args.tests)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const target = args.target && existsSync(args.target) ? resolve(args.target) : undefined;
  const where = !target
    ? 'ew=true'
    : target.endsWith('.code-workspace')
      ? `workspace=${encodeURIComponent(target)}`
      : statSync(target).isDirectory()
        ? `folder=${encodeURIComponent(target)}`
        : 'ew=true';
  const url = `${base}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browser = await chromium.launch({
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
  try {
    const page = await browser.newPage();
    const exited = new Promise((done) => {
      // The workbench forwards the extension host's console (mocha's reporter) to codeAutomationLog.
      const noise =
        /^(Resolv|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|getaddrinfo)/;
      void page.exposeFunction('codeAutomationLog', (type, logArgs) => {
        const line = format(...logArgs);
        if (process.env.VERBOSE || !noise.test(line))
          console.log(type === 'info' ? line : `[${type}] ${line}`);
      });
      void page.exposeFunction('codeAutomationExit', (code) => done(code));
    });
    await page.goto(url);
    const timeoutMs = Number(process.env.IMR_E2E_TIMEOUT_MS || 300_000);
    const timer = new Promise((done) => setTimeout(() => done('timeout'), timeoutMs).unref());
    const result = await Promise.race([exited, timer]);
    if (result === 'timeout') {
      console.error(`[code-shim] no result from the extension host after ${timeoutMs} ms`);
      return 1;
    }
    return Number(result);
  } finally {
    await browser.close();
  }
}

// Last, so every declaration above is initialised before the top-level await runs.
if (args.version) {
  const child = codeServer(['--version'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  // "4.100.3 <commit> with Code 1.100.3": test-electron wants the VS Code version.
  child.on('exit', () => console.log(/with Code (\S+)/.exec(out)?.[1] ?? out.trim()));
} else {
  process.exitCode = await runTests();
}
