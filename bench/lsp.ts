/**
 * The language server over stdio, measured from the client side of the pipe: diagnostics after an
 * edit on 3-, 10- and 100-page letters (pulled through textDocument/diagnostic, which has no
 * debounce; pushed with the debounce set to 0 through the settings if the server cannot be pulled),
 * completion and hover, a 1 MB document, and resident memory with 200 letters open.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { letterOfPages, seededRandom } from './generate';
import { LspClient, type OpenDocument, SERVER_BUNDLE, serverBuilt } from './lsp-client';
import { msSince, type Percentiles, percentiles, round } from './stats';

export interface LspResult {
  readonly skipped?: string;
  /** Node flags the server ran with, when not the default. */
  readonly serverNodeArgs?: readonly string[];
  readonly diagnosticsMode?: 'pull' | 'push (debounce 0)';
  readonly diagnosticsAfterEdit?: Record<
    string,
    Percentiles & { readonly kilobytes: number; readonly findings: number }
  >;
  readonly completion?: Percentiles;
  readonly hover?: Percentiles;
  readonly oneMegabyte?: {
    readonly kilobytes: number;
    readonly openToDiagnosticsMs: number;
    readonly editMs: Percentiles;
  };
  readonly memory?: { readonly idleMB: number; readonly lettersOpen: number; readonly withLettersMB: number };
}

type Random = () => number;

async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await f();
  return [msSince(start), value];
}

/** Type a character somewhere in the document's body, then take it back: the text stays the same size. */
async function editLatency(lsp: LspClient, doc: OpenDocument, rng: Random, samples: number, warmup = 10) {
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < samples + warmup; i++) {
    const at = Math.floor(doc.text.length * (0.2 + 0.6 * rng()));
    const [ms, diagnostics] = await time(async () => {
      if (i % 2 === 0) await lsp.edit(doc, at, at, 'x');
      else await lsp.edit(doc, at, at + 1, '');
      return lsp.diagnostics(doc);
    });
    if (i >= warmup) times.push(ms);
    findings = diagnostics.length;
  }
  return { ...percentiles(times), kilobytes: round(doc.text.length / 1024, 1), findings };
}

/** Positions where a reviewer asks for help: on citation lines and item lines, else anywhere. */
function interestingPositions(text: string, rng: Random, n: number) {
  const lines = text.split('\n');
  const wanted = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => /guideline:|Decision based on|Section\(s\)|Page\(s\)|: (?:Upheld|Overturned)/.test(l));
  return Array.from({ length: n }, (_, k) => {
    const { l, i } =
      k % 4 === 3 || wanted.length === 0
        ? { l: lines[Math.floor(rng() * lines.length)]!, i: -1 }
        : wanted[Math.floor(rng() * wanted.length)]!;
    const line = i >= 0 ? i : lines.indexOf(l);
    return { line, character: Math.floor(rng() * (l.length + 1)) };
  });
}

async function requestLatency(
  positions: readonly { line: number; character: number }[],
  ask: (p: { line: number; character: number }) => Promise<unknown>,
) {
  const times: number[] = [];
  for (const [k, p] of positions.entries()) {
    const [ms] = await time(() => ask(p));
    if (k >= 10) times.push(ms);
  }
  return percentiles(times);
}

/** `nodeArgs`: V8 flags for the server process (to try a setting before the client adopts it). */
export async function benchLsp(
  corpusDir: string,
  samples = 200,
  nodeArgs: readonly string[] = [],
): Promise<LspResult> {
  if (!serverBuilt())
    return {
      skipped: `${path.relative(process.cwd(), SERVER_BUNDLE)} is not built (no server in this tree yet)`,
    };
  const rng = seededRandom(11);
  const lsp = await LspClient.start({ nodeArgs });
  try {
    const diagnosticsAfterEdit: NonNullable<LspResult['diagnosticsAfterEdit']> = {};
    let tenPages: OpenDocument | undefined;
    for (const pages of [3, 10, 100]) {
      const doc = await lsp.open(`file:///bench/pages-${pages}.txt`, letterOfPages(pages, pages));
      await lsp.diagnostics(doc);
      diagnosticsAfterEdit[`${pages} pages`] = await editLatency(
        lsp,
        doc,
        rng,
        pages === 100 ? Math.min(samples, 60) : samples,
      );
      if (pages === 10) tenPages = doc;
      else await lsp.close(doc);
    }
    const positions = interestingPositions(tenPages!.text, rng, samples + 10);
    const completion = await requestLatency(positions, (position) => lsp.completion(tenPages!, position));
    const hover = await requestLatency(positions, (position) => lsp.hover(tenPages!, position));
    await lsp.close(tenPages!);

    let big = '';
    for (let k = 0; big.length < 1024 * 1024; k++) big += letterOfPages(25, 100 + k);
    const [openToDiagnosticsMs, bigDoc] = await time(async () => {
      const d = await lsp.open('file:///bench/one-megabyte.txt', big);
      await lsp.diagnostics(d);
      return d;
    });
    const oneMegabyte = {
      kilobytes: round(big.length / 1024),
      openToDiagnosticsMs: round(openToDiagnosticsMs),
      editMs: await editLatency(lsp, bigDoc, rng, 20, 2),
    };
    await lsp.close(bigDoc);

    return {
      ...(nodeArgs.length ? { serverNodeArgs: nodeArgs } : {}),
      diagnosticsMode: lsp.pull ? 'pull' : 'push (debounce 0)',
      diagnosticsAfterEdit,
      completion,
      hover,
      oneMegabyte: {
        ...oneMegabyte,
        editMs: (({ kilobytes: _k, findings: _f, ...p }) => p)(oneMegabyte.editMs),
      },
      memory: await memoryWithLetters(corpusDir, nodeArgs),
    };
  } finally {
    await lsp.stop();
  }
}

/**
 * Resident memory of a fresh server, idle and with 200 corpus letters open and checked. Fresh, so
 * the heap the latency runs grew (the 1 MB document) does not count.
 */
async function memoryWithLetters(corpusDir: string, nodeArgs: readonly string[]) {
  const lsp = await LspClient.start({ nodeArgs });
  try {
    const idleMB = lsp.rssMB();
    const names = readdirSync(corpusDir)
      .filter((n) => n.endsWith('.txt') || n.endsWith('.imr.md'))
      .sort()
      .slice(0, 200);
    for (const name of names) {
      const d = await lsp.open(
        `file:///bench/open/${name}`,
        readFileSync(path.join(corpusDir, name), 'utf8'),
      );
      await lsp.diagnostics(d);
    }
    return { idleMB: round(idleMB, 1), lettersOpen: names.length, withLettersMB: round(lsp.rssMB(), 1) };
  } finally {
    await lsp.stop();
  }
}
