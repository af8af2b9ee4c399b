// Extension activation time without VS Code: requires the bundled client (dist/client/extension.js)
// with a stand-in `vscode` module and calls activate(). This measures our own load and activate
// work (bundle parse, language client set-up), not the editor's extension host; the real-VS-Code
// harness is the place for end-to-end activation. Prints one JSON object.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const { existsSync } = require('node:fs');

const bundle = path.resolve(__dirname, '..', 'dist', 'client', 'extension.js');
if (!existsSync(bundle)) {
  process.stdout.write(`${JSON.stringify({ skipped: 'dist/client/extension.js is not built' })}\n`);
  process.exit(0);
}

// Values the language client checks before it starts (it refuses an unknown VS Code version).
const VALUES = { 'vscode.version': '1.100.3' };

// The namespaces and classes bundler interop copies off the module (esbuild's __toESM copies own keys).
const API = [
  'commands',
  'window',
  'workspace',
  'languages',
  'env',
  'extensions',
  'Uri',
  'Disposable',
  'EventEmitter',
  'Range',
  'Position',
  'StatusBarAlignment',
  'LanguageStatusSeverity',
  'ViewColumn',
  'ProgressLocation',
];

// Every property is another stand-in; calls and `new` return stand-ins; nothing is a thenable, so an
// awaited stand-in resolves at once instead of hanging.
function standIn(name) {
  // A class, not an arrow function: the stand-in must be a constructor that classes can extend.
  const target = class {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      const path = `${name}.${String(key)}`;
      if (path in VALUES) return VALUES[path];
      // Marked as an ES module so that bundler interop helpers hand the stand-in itself to `import * as`.
      if (key === '__esModule') return true;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return [][Symbol.iterator];
      if (key === 'length') return 0;
      // The proxy must report the class's own (non-configurable) prototype.
      if (key === 'prototype') return target.prototype;
      return standIn(`${name}.${String(key)}`);
    },
    ownKeys: (t) => [...Reflect.ownKeys(t), ...(name === 'vscode' ? API : [])],
    getOwnPropertyDescriptor: (t, key) =>
      Reflect.getOwnPropertyDescriptor(t, key) ?? {
        configurable: true,
        enumerable: true,
        value: standIn(`${name}.${String(key)}`),
      },
    apply: () => standIn(`${name}()`),
    construct: () => standIn(`new ${name}`),
  });
}

const vscode = standIn('vscode');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, ...rest);
};

const context = new Proxy(
  {
    subscriptions: [],
    extensionPath: path.resolve(__dirname, '..'),
    asAbsolutePath: (p) => path.resolve(__dirname, '..', p),
  },
  { get: (t, key) => (key in t ? t[key] : key === 'then' ? undefined : standIn(`context.${String(key)}`)) },
);

const t0 = process.hrtime.bigint();
const extension = require(bundle);
const t1 = process.hrtime.bigint();
let failed;
let reportedMs;
let clientMs;
let activated;
const settle = Promise.resolve()
  .then(() => extension.activate(context))
  .then((api) => {
    // The extension measures its own activate() too (its exports carry activationMs).
    if (typeof api?.activationMs === 'number') reportedMs = Math.round(api.activationMs * 100) / 100;
    activated = process.hrtime.bigint();
    // The language client library loads after activation (a later task): report that load too, so
    // nothing is hidden by the deferral.
    return Promise.resolve(api?.client).then(() => {
      clientMs = Math.round(Number(process.hrtime.bigint() - activated) / 1e4) / 100;
    });
  })
  .catch((e) => {
    failed = e?.constructor ? e.constructor.name : 'error';
  });
Promise.race([settle, new Promise((r) => setTimeout(r, 5000))]).then(() => {
  const t2 = activated ?? process.hrtime.bigint();
  const ms = (a, b) => Math.round(Number(b - a) / 1e4) / 100;
  process.stdout.write(
    `${JSON.stringify({ requireMs: ms(t0, t1), activateMs: ms(t1, t2), totalMs: ms(t0, t2), stubbedVscode: true, ...(reportedMs !== undefined ? { reportedMs } : {}), ...(clientMs !== undefined ? { clientLoadMs: clientMs } : {}), ...(failed ? { activateThrew: failed } : {}) })}\n`,
  );
  process.exit(0);
});
