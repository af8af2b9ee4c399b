/**
 * Engine throughput after start-up, in one process on one core: every corpus letter read, analysed
 * and linted through the service facade (what the CLI and the server call), after a warm-up pass.
 * Also the share of each stage (read, analyse, lint) from one pass through the stages directly.
 *
 *   node --import tsx bench/engine.ts <corpus dir> [seconds]   prints one JSON object
 * Run as its own process by bench/run.ts (optionally under --cpu-prof).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/service/analysis';
import { defaultCatalog, teamCatalog } from '../server/src/service/catalog/default';
import { createLanguageService } from '../server/src/service/index';
import { lint } from '../server/src/service/lint';
import { readDetermination } from '../server/src/service/parser/index';
import { realLetters } from '../test/support/realLetters';
import { msSince, round } from './stats';

export interface EngineResult {
  readonly letters: number;
  readonly megabytes: number;
  readonly passes: number;
  readonly lettersPerSecond: number;
  readonly megabytesPerSecond: number;
  /** Milliseconds per letter, by stage. */
  readonly stagesMsPerLetter: { readonly read: number; readonly analyze: number; readonly lint: number };
  readonly findings: number;
  /**
   * The 49 published letters (every one distinct), each pass with a new catalog so that no catalog
   * memo (citation resolution, classifier) carries over from an earlier pass: what a team's archive of
   * letters that share nothing costs. The generated corpus recombines those letters' items, so its
   * requests and citations repeat (91 distinct requests in 1,546) and the memos hit more often.
   */
  readonly realLetters?: {
    readonly letters: number;
    readonly lettersPerSecond: number;
    readonly megabytesPerSecond: number;
  };
}

interface Letter {
  readonly name: string;
  readonly text: string;
  readonly languageId: string;
}

export function loadLetters(dir: string): Letter[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.imr.md'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(path.join(dir, name), 'utf8'),
      languageId: name.endsWith('.imr.md') ? 'imr' : 'plaintext',
    }));
}

export function benchEngine(letters: readonly Letter[], minSeconds = 4): EngineResult {
  const catalog = defaultCatalog();
  const service = createLanguageService({ catalog });
  let findings = 0;
  const pass = (n: number) => {
    let found = 0;
    for (const l of letters) {
      const doc = {
        uri: `file:///bench/${n}/${l.name}`,
        version: 1,
        languageId: l.languageId,
        getText: () => l.text,
      };
      found += service.lint(doc).findings.length;
      service.forget(doc.uri);
    }
    return found;
  };
  pass(0);
  let passes = 0;
  const start = process.hrtime.bigint();
  while (passes < 2 || msSince(start) < minSeconds * 1000) findings = pass(++passes);
  const seconds = msSince(start) / 1000;
  const bytes = letters.reduce((n, l) => n + Buffer.byteLength(l.text), 0);

  const stage = { read: 0, analyze: 0, lint: 0 };
  for (const l of letters) {
    let t = process.hrtime.bigint();
    const determination = readDetermination(l.text, { languageId: l.languageId, fileName: l.name });
    stage.read += msSince(t);
    t = process.hrtime.bigint();
    const analysis = analyze(determination, catalog);
    stage.analyze += msSince(t);
    t = process.hrtime.bigint();
    lint(analysis);
    stage.lint += msSince(t);
  }
  const per = (ms: number) => round(ms / letters.length, 4);
  return {
    letters: letters.length,
    megabytes: round(bytes / 1e6),
    passes,
    lettersPerSecond: Math.round((letters.length * passes) / seconds),
    megabytesPerSecond: round((bytes * passes) / 1e6 / seconds),
    stagesMsPerLetter: { read: per(stage.read), analyze: per(stage.analyze), lint: per(stage.lint) },
    findings,
  };
}

/** Passes over `letters`, each with a catalog of its own (built outside the timing), for `minSeconds`. */
export function benchColdCatalog(letters: readonly Letter[], minSeconds = 4): EngineResult['realLetters'] {
  const pass = (timed: boolean) => {
    const { catalog } = teamCatalog([]);
    const started = process.hrtime.bigint();
    for (const l of letters) lint(analyze(readDetermination(l.text, { languageId: l.languageId }), catalog));
    return timed ? msSince(started) : 0;
  };
  pass(false);
  let passes = 0;
  let ms = 0;
  while (passes < 3 || ms < minSeconds * 1000) {
    ms += pass(true);
    passes++;
  }
  const bytes = letters.reduce((n, l) => n + Buffer.byteLength(l.text), 0);
  return {
    letters: letters.length,
    lettersPerSecond: Math.round((letters.length * passes * 1000) / ms),
    megabytesPerSecond: round((bytes * passes) / 1e3 / ms),
  };
}

if (require.main === module) {
  const [dir, seconds] = process.argv.slice(2);
  if (!dir) throw new Error('usage: engine.ts <corpus dir> [seconds]');
  const result = benchEngine(loadLetters(dir), Number(seconds ?? 4));
  const real = realLetters().map((l) => ({ name: l.name, text: l.text, languageId: 'plaintext' }));
  const realResult = benchColdCatalog(real, Number(seconds ?? 4));
  process.stdout.write(`${JSON.stringify({ ...result, realLetters: realResult })}\n`);
}
