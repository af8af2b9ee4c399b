#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It reads the command line test-electron builds (--extensionTestsPath=, --extensionDevelopmentPath=,
// --extensions-dir=, a folder) and runs those tests in code-server's Node extension host, with the
// web workbench in headless Debian chromium. Mocha's output comes back on stdout; the exit code is
// the extension host's. Flags meant for Electron are ignored. Prints no document text of its own.
import { format } from 'node:util';
import { codeServer, launchChromium, startCodeServer, workbenchUrl } from './codeServer.mjs';

const args = { dev: [], tests: undefined, extensionsDir: undefined, target: undefined };
for (const a of process.argv.slice(2)) {
  const at = a.indexOf('=');
  const [key, value] = at > 0 ? [a.slice(0, at), a.slice(at + 1)] : [a, undefined];
  if (key === '--extensionTestsPath') args.tests = value;
  else if (key === '--extensionDevelopmentPath') args.dev.push(value);
  else if (key === '--extensions-dir') args.extensionsDir = value;
  else if (key === '--version') args.version = true;
  else if (!a.startsWith('--')) args.target = a;
}

if (args.version) {
  const child = codeServer(['--version'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  // "4.100.3 <commit> with Code 1.100.3": test-electron wants the VS Code version.
  child.on('exit', () => console.log(/with Code (\S+)/.exec(out)?.[1] ?? out.trim()));
} else if (!args.tests || args.dev.length === 0) {
  console.error('[code-shim] needs --extensionTestsPath and --extensionDevelopmentPath');
  process.exitCode = 2;
} else {
  const server = await startCodeServer({ extensionsDir: args.extensionsDir });
  try {
    process.exitCode = await runInBrowser(server.base);
  } finally {
    server.stop();
  }
}

/** Opens the workbench with the test payload; resolves with the extension host's exit code. */
async function runInBrowser(base) {
  const payload = [
    ...args.dev.map((d) => ['extensionDevelopmentPath', d, true]),
    ['extensionTestsPath', args.tests, true],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const browser = await launchChromium();
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
    await page.goto(workbenchUrl(base, args.target, payload));
    const timeoutMs = Number(process.env.IMR_E2E_TIMEOUT_MS || 300_000);
    const timer = new Promise((done) => setTimeout(() => done('timeout'), timeoutMs).unref());
    const result = await Promise.race([exited, timer]);
    if (result !== 'timeout') return Number(result);
    console.error(`[code-shim] no result from the extension host after ${timeoutMs} ms`);
    return 1;
  } finally {
    await browser.close();
  }
}
