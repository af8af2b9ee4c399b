/**
 * The built language server over stdio, driven by a real LSP client library.
 * Run `node scripts/build.mjs` first (npm test does); skipped when the bundle is missing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { readDetermination } from '../../server/src/service/parser/index';
import { ruleIds, serverBuilt, startClient, type TestClient } from './client';

const fixture = (name: string) => readFileSync(`test/fixtures/editor/${name}`, 'utf8');
const noSections = fixture('no-sections.imr.md');
const determination = fixture('determination.imr.md');
/** True once the .imr.md reader lands (merge of the reader branch): turns the outline tests on. */
const readersLanded = readDetermination(determination, { languageId: 'imr' }).items.length > 0;
const skip = serverBuilt() ? false : 'dist/server/server.js is not built (run node scripts/build.mjs)';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('language server, push diagnostics', { skip, timeout: 30_000 }, () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown + exit');
  });

  test('diagnostics arrive on open', async () => {
    const uri = 'file:///tmp/imr-test/open.imr.md';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, noSections);
    const { diagnostics } = await published;
    assert.deepEqual(ruleIds(diagnostics), ['section-missing', 'section-missing']);
    assert.ok(diagnostics.every((d) => d.source === 'imr-lint' && d.severity === 1));
  });

  test('an incremental edit is checked again', async () => {
    const uri = 'file:///tmp/imr-test/edit.imr.md';
    const first = client.nextDiagnostics(uri);
    await client.open(uri, noSections);
    assert.equal((await first).diagnostics.length, 2);
    const second = client.nextDiagnostics(uri, 2);
    const start = { line: 0, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start, end: start }, text: '# Clinical Case Summary\n\n' }],
    });
    const after = await second;
    assert.equal(after.version, 2);
    // With the reader in place the summary section is found and one finding remains; before, both.
    assert.equal(after.diagnostics.length, readersLanded ? 1 : 2);
  });

  test('a quick fix suppresses a finding with a reason', async () => {
    const uri = 'file:///tmp/imr-test/fix.imr.md';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, noSections);
    const diagnostic = (await published).diagnostics[0] as Diagnostic;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const suppress = actions.find((a) => a.title.startsWith('Suppress section-missing'));
    assert.ok(suppress?.edit?.changes?.[uri], 'a suppression action with an edit');
    const fixed = applyEdits(noSections, suppress.edit.changes[uri]);
    assert.match(fixed.split('\n')[0] ?? '', /^<!-- imr-lint-disable-next-line section-missing -- .+ -->$/);
  });

  test('symbols and folding answer for an open document', async () => {
    const uri = 'file:///tmp/imr-test/outline.imr.md';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, determination);
    await published;
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    const folds: FoldingRange[] = await client.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    });
    assert.ok(Array.isArray(symbols));
    assert.ok(
      folds.some((f) => f.startLine === 0 && f.endLine === 4),
      'the front matter folds',
    );
  });

  test('unknown documents and malformed requests do not kill the server', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere/x.imr.md' } };
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', unknown), []);
    assert.equal(
      await client.connection.sendRequest('textDocument/hover', {
        ...unknown,
        position: { line: 0, character: 0 },
      }),
      null,
    );
    await assert.rejects(client.connection.sendRequest('imr/noSuchMethod', {}));
    // Params of the wrong shape: the handler fails inside runSafe and answers its neutral value.
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/foldingRange', { nonsense: true }),
      [],
    );
    await client.connection.sendRequest('textDocument/codeAction', null).catch(() => undefined);
    const uri = 'file:///tmp/imr-test/alive.imr.md';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, noSections);
    assert.equal((await published).diagnostics.length, 2, 'still checking documents');
  });

  test('an ordinary .txt file gets nothing', async () => {
    const uri = 'file:///tmp/imr-test/notes.txt';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, noSections, 'plaintext');
    assert.deepEqual((await published).diagnostics, []);
    const letter = client.nextDiagnostics(uri);
    await client.connection.sendNotification('imr/checkLetter', { uri });
    assert.ok((await letter).diagnostics.length > 0, '"Check this letter" opts the file in');
  });
});

describe('language server, outline of a parsed determination', {
  skip: skip || (!readersLanded && 'waits for the .imr.md reader'),
}, () => {
  test('the outline lists items with their decisions; sections and items fold', async () => {
    const client = await startClient();
    const uri = 'file:///tmp/imr-test/items.imr.md';
    await client.open(uri, determination);
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    const items = symbols.flatMap((s) => s.children ?? []);
    assert.deepEqual(
      items.map((i) => i.detail),
      ['Upheld', 'Overturned'],
    );
    const folds: FoldingRange[] = await client.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    });
    assert.ok(folds.length >= 5, 'front matter, two sections, two items');
    assert.equal(await client.stop(), 0);
  });
});

describe('language server, pull diagnostics and per-document settings', { skip, timeout: 30_000 }, () => {
  test('textDocument/diagnostic answers with settings of that document', async () => {
    const quiet = 'file:///tmp/imr-test/quiet/a.imr.md';
    const client = await startClient({
      pull: true,
      settings: (scopeUri) => (scopeUri?.includes('/quiet/') ? { rules: { 'section-missing': 'off' } } : {}),
    });
    const loud = 'file:///tmp/imr-test/loud/a.imr.md';
    await client.open(loud, noSections);
    await client.open(quiet, noSections);
    const pull = (uri: string) =>
      client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{
        kind: string;
        items: Diagnostic[];
      }>;
    const [l, q] = await Promise.all([pull(loud), pull(quiet)]);
    assert.equal(l.kind, 'full');
    assert.deepEqual(ruleIds(l.items), ['section-missing', 'section-missing']);
    assert.deepEqual(q.items, []);
    assert.equal(await client.stop(), 0);
  });
});

describe('language server, team catalog files (imr.catalogFiles)', { skip, timeout: 30_000 }, () => {
  test('a document whose settings name a catalog file is checked with it', async () => {
    const catalog = resolve('test/fixtures/editor/team-catalog.json');
    const client = await startClient({
      settings: (scopeUri) =>
        scopeUri?.includes('/team/') ? { catalogFiles: [catalog, 'missing.json'] } : {},
    });
    const team = 'file:///tmp/imr-test/team/a.imr.md';
    const plain = 'file:///tmp/imr-test/plain/a.imr.md';
    const [teamStatus, plainStatus] = [client.nextStatus(team), client.nextStatus(plain)];
    await client.open(team, noSections);
    await client.open(plain, noSections);
    const base = (await plainStatus).catalogVersion;
    assert.equal(
      (await teamStatus).catalogVersion,
      `${base}+team-1`,
      'one file read, the missing one skipped',
    );
    assert.equal(await client.stop(), 0);
  });
});

describe('language server, .imr-lint.json found as the CLI finds it', { skip, timeout: 30_000 }, () => {
  test('a config file beside the document sets severities; the editor setting wins over it', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const dir = mkdtempSync(join(tmpdir(), 'imr-lsp-config-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, '.imr-lint.json'),
      '{ // data only\n "rules": { "section-missing": "warning" } }\n',
    );
    const client = await startClient({
      pull: true,
      settings: (scopeUri) => (scopeUri?.includes('/sub/') ? { rules: { 'section-missing': 'info' } } : {}),
    });
    const top = pathToFileURL(join(dir, 'a.imr.md')).href;
    const sub = pathToFileURL(join(dir, 'sub', 'b.imr.md')).href;
    await client.open(top, noSections);
    await client.open(sub, noSections);
    const pull = (uri: string) =>
      client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{
        items: Diagnostic[];
      }>;
    const [a, b] = await Promise.all([pull(top), pull(sub)]);
    assert.deepEqual(
      a.items.map((d) => d.severity),
      [2, 2],
      'warning, from .imr-lint.json',
    );
    assert.deepEqual(
      b.items.map((d) => d.severity),
      [3, 3],
      'information, from the editor setting',
    );
    assert.equal(await client.stop(), 0);
  });
});
