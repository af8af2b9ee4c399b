/**
 * The language server over stdio (dist/server/server.js, built by `npm test`) under abuse: malformed
 * JSON-RPC, unknown documents, positions out of range, a 5 MB and binary documents, and 10,000 random
 * incremental edits whose final diagnostics must equal those of a fresh parse of the final text,
 * with resident memory that stays flat over the session. Skipped when the server is not built.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { letterOfPages, seededRandom } from '../../bench/generate';
import { LspClient, type OpenDocument, SERVER_BUNDLE, serverBuilt } from '../../bench/lsp-client';

const skip = serverBuilt() ? false : `${SERVER_BUNDLE} is not built (npm run build)`;

/** The server answered a request about a real document: it is up and serving. */
async function assertServing(lsp: LspClient, doc: OpenDocument) {
  assert.ok(lsp.alive, 'the server process is running');
  const diagnostics = await lsp.diagnostics(doc, 20_000);
  assert.ok(Array.isArray(diagnostics), 'it still answers');
}

/** A request may be refused with an error; it must not go unanswered or end the server. */
async function answeredOrRefused(request: Promise<unknown>) {
  await request.catch((error: unknown) => {
    assert.ok(
      error && typeof error === 'object' && 'code' in error,
      'a JSON-RPC error, not a lost connection',
    );
  });
}

/** A JSON-RPC frame with a correct header around any body. */
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Comparable diagnostics: what a user sees of each. */
const summary = (ds: readonly { range: unknown; message: unknown; code?: unknown; severity?: unknown }[]) =>
  ds.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message])).sort();

describe('language server under abuse', { skip }, () => {
  let lsp: LspClient;
  let letter: OpenDocument;

  before(async () => {
    lsp = await LspClient.start();
    letter = await lsp.open('file:///hardening/letter.txt', letterOfPages(3, 5));
  });
  after(async () => {
    await lsp?.stop();
  });

  test('malformed JSON-RPC bodies', async () => {
    for (const body of [
      '{not json}',
      '{"jsonrpc":1}',
      '[]',
      'null',
      '{"jsonrpc":"2.0","id":{},"method":7}',
      '\u0000\u00ff',
    ])
      lsp.writeRaw(frame(body));
    await answeredOrRefused(lsp.connection.sendRequest('imr/noSuchMethod', { x: 1 }));
    await answeredOrRefused(lsp.connection.sendRequest('textDocument/hover', null));
    await answeredOrRefused(lsp.connection.sendRequest('textDocument/completion', { textDocument: 5 }));
    await lsp.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: letter.uri },
      contentChanges: 'x',
    });
    await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await assertServing(lsp, letter);
  });

  test('unknown documents', async () => {
    const ghost: OpenDocument = { uri: 'file:///hardening/never-opened.imr.md', text: '', version: 1 };
    await answeredOrRefused(lsp.hover(ghost, { line: 0, character: 0 }));
    await answeredOrRefused(lsp.completion(ghost, { line: 0, character: 0 }));
    await answeredOrRefused(lsp.diagnostics(ghost, 5_000));
    await answeredOrRefused(
      lsp.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: ghost.uri } }),
    );
    await lsp.edit({ ...ghost, text: 'abc' }, 0, 1, 'x');
    await lsp.close(ghost);
    await assertServing(lsp, letter);
  });

  test('positions out of range', async () => {
    const positions = [
      { line: 1_000_000, character: 0 },
      { line: 0, character: 1_000_000_000 },
      { line: -1, character: -1 },
      { line: 2 ** 31, character: 2 ** 31 },
    ];
    for (const position of positions) {
      await answeredOrRefused(lsp.hover(letter, position));
      await answeredOrRefused(lsp.completion(letter, position));
    }
    await assertServing(lsp, letter);
  });

  test('a huge document and binary documents', async () => {
    let huge = '';
    for (let k = 0; huge.length < 5 * 1024 * 1024; k++) huge += letterOfPages(100, 20 + k);
    const big = await lsp.open('file:///hardening/huge.txt', huge);
    assert.ok(Array.isArray(await lsp.diagnostics(big, 120_000)));
    await lsp.close(big);
    const rng = seededRandom(3);
    const bytes = Buffer.from(Array.from({ length: 200_000 }, () => Math.floor(rng() * 256)));
    // The same bytes as an editor might decode them, plus lone surrogates and NULs.
    for (const [i, text] of [
      bytes.toString('latin1'),
      bytes.toString('utf8'),
      `\ud800\u0000\udfff${bytes.toString('utf16le')}`,
    ].entries()) {
      for (const uri of [`file:///hardening/binary-${i}.txt`, `file:///hardening/binary-${i}.imr.md`]) {
        const doc = await lsp.open(uri, text);
        assert.ok(Array.isArray(await lsp.diagnostics(doc)));
        await answeredOrRefused(lsp.hover(doc, { line: 0, character: 3 }));
        await lsp.close(doc);
      }
    }
    await assertServing(lsp, letter);
  });
});

/** Pieces an edit inserts: letter vocabulary, line and page breaks, stray characters. */
const INSERTS = [
  '',
  'x',
  ' ',
  '\n',
  '\n\n',
  '\f',
  ': Upheld',
  'Decision rationale: ',
  'Page(s): 1, ',
  '## ',
  'é',
  '\t',
];

describe('10,000 random incremental edits', { skip }, () => {
  test('final diagnostics equal a fresh parse; memory stays flat', async () => {
    const lsp = await LspClient.start();
    try {
      const rng = seededRandom(42);
      for (const [uri, start] of [
        ['file:///hardening/edited.txt', letterOfPages(10, 9)],
        ['file:///hardening/edited.imr.md', ''],
      ] as const) {
        const doc = await lsp.open(uri, start);
        let rssAfter1000 = Number.NaN;
        for (let i = 1; i <= 10_000; i++) {
          const at = Math.floor(rng() * (doc.text.length + 1));
          const end = Math.min(doc.text.length, at + Math.floor(rng() * rng() * 40));
          await lsp.edit(doc, at, end, INSERTS[Math.floor(rng() * INSERTS.length)]!);
          // Diagnostics now and then, so intermediate versions are parsed (and cached) too.
          if (i % 25 === 0) await lsp.diagnostics(doc);
          if (i === 1000) rssAfter1000 = lsp.rssMB();
        }
        const incremental = await lsp.diagnostics(doc);
        const rssAfter10000 = lsp.rssMB();
        const fresh = await lsp.open(uri.replace('edited', 'fresh'), doc.text);
        assert.deepEqual(
          summary(incremental),
          summary(await lsp.diagnostics(fresh)),
          `${uri}: incremental = fresh`,
        );
        await lsp.close(fresh);
        await lsp.close(doc);
        // One leaked copy of the text per edit would be hundreds of MB; growth under 30 MB is flat.
        assert.ok(
          rssAfter10000 - rssAfter1000 < 30,
          `${uri}: RSS ${rssAfter1000.toFixed(0)} MB after 1,000 edits, ${rssAfter10000.toFixed(0)} MB after 10,000`,
        );
      }
    } finally {
      await lsp.stop();
    }
  });
});

describe('push diagnostics (a client without pull support)', { skip }, () => {
  test('each edit gets diagnostics for its version', async () => {
    const lsp = await LspClient.start({ pull: false });
    try {
      assert.equal(lsp.pull, false);
      const doc = await lsp.open('file:///hardening/pushed.txt', letterOfPages(3, 4));
      const first = lsp.diagnostics(doc);
      assert.ok(Array.isArray(await first));
      for (let i = 0; i < 5; i++) {
        const next = lsp.diagnostics(doc);
        await lsp.edit(doc, 10, 10, 'x');
        assert.ok(Array.isArray(await next));
      }
    } finally {
      await lsp.stop();
    }
  });
});
