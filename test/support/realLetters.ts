/** The 49 real letters: the 5 seeds and the 44 corpus letters, with the manifest. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { sharedDir } from './paths';

export interface RealLetter {
  /** `seeds/000_....txt` or `corpus/dwc-....txt`. */
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

export function realLetters(): RealLetter[] {
  const shared = sharedDir();
  const seeds = path.join(shared, 'seeds');
  const corpus = path.join(shared, 'corpus', 'letters');
  const list = (dir: string, prefix: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({
        name: `${prefix}/${f}`,
        path: path.join(dir, f),
        text: readFileSync(path.join(dir, f), 'utf8'),
      }));
  return [...list(seeds, 'seeds'), ...list(corpus, 'corpus')];
}

export interface ManifestRow {
  readonly file: string;
  readonly nItems: number;
  readonly decisions: readonly string[];
  readonly caseNumber: string;
  readonly decisionDate: string;
}

export function corpusManifest(): ManifestRow[] {
  const [, ...rows] = readFileSync(path.join(sharedDir(), 'corpus', 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n');
  return rows.map((row) => {
    const c = row.split('\t');
    return {
      file: c[0]!,
      nItems: Number(c[3]),
      decisions: c[4]!.split(';'),
      caseNumber: c[5]!,
      decisionDate: c[6]!,
    };
  });
}
