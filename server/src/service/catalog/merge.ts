/**
 * Building catalog data from catalog files: the bundled data files first, then team files in the order
 * given. Precedence: a later file wins; a team file wins over the bundled data. An item whose key
 * exists (entry id, edition source, chapter id, treatment kind) gets the fields the later file gives;
 * a new item must be complete. Files are validated against schemas/catalog.schema.json; an invalid file
 * is skipped whole and reported, never half applied. The caller reads the files; this never does.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import schema from '../../../../schemas/catalog.schema.json';
import { Catalog } from './catalog';
import type { CatalogData, CatalogFile } from './types';

export interface CatalogSourceFile {
  /** A name for messages (a path relative to the workspace). */
  readonly name: string;
  /** The parsed JSON. */
  readonly data: unknown;
}

export interface CatalogProblem {
  readonly file: string;
  /** JSON pointer into the file, when the problem has a place. */
  readonly path: string;
  readonly message: string;
}

let validator: ValidateFunction | undefined;

/** The catalog-file validator (compiled once). */
export function validateCatalogFile(data: unknown): {
  valid: boolean;
  problems: { path: string; message: string }[];
} {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  const valid = validator(data) === true;
  const problems = (validator.errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: e.message ?? 'invalid',
  }));
  return { valid, problems: valid ? [] : problems };
}

const REQUIRED = {
  entries: [
    'id',
    'source',
    'chapter',
    'topic',
    'pages',
    'sections',
    'aliases',
    'treatments',
    'summary',
    'criteria',
    'citationForm',
    'provenance',
    'related',
  ],
  editions: [
    'source',
    'title',
    'names',
    'program',
    'edition',
    'inForceFrom',
    'inForceUntil',
    'citedBy',
    'provenance',
  ],
  chapters: ['id', 'source', 'name', 'names', 'provenance'],
  treatmentKinds: ['kind', 'label', 'terms'],
} as const;
const KEY = { entries: 'id', editions: 'source', chapters: 'id', treatmentKinds: 'kind' } as const;
type Collection = keyof typeof KEY;
const COLLECTIONS = Object.keys(KEY) as Collection[];

/** Merge catalog files in order. `validate: false` skips the schema (the bundled data is tested instead). */
export function mergeCatalogFiles(
  files: readonly CatalogSourceFile[],
  options: { validate?: boolean } = {},
): { data: CatalogData; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const maps = Object.fromEntries(
    COLLECTIONS.map((c) => [c, new Map<string, Record<string, unknown>>()]),
  ) as Record<Collection, Map<string, Record<string, unknown>>>;
  const versions: string[] = [];
  for (const file of files) {
    if (options.validate !== false) {
      const v = validateCatalogFile(file.data);
      if (!v.valid) {
        for (const p of v.problems) problems.push({ file: file.name, ...p });
        continue;
      }
    }
    const data = file.data as CatalogFile;
    if (data.version) versions.push(data.version);
    for (const c of COLLECTIONS) {
      (data[c] ?? []).forEach((item, i) => {
        const record = item as Record<string, unknown>;
        const key = String(record[KEY[c]]);
        const old = maps[c].get(key);
        if (old) {
          maps[c].set(key, { ...old, ...record });
          return;
        }
        const missing = REQUIRED[c].filter((f) => !(f in record));
        if (missing.length > 0) {
          problems.push({
            file: file.name,
            path: `/${c}/${i}`,
            message: `new ${c.slice(0, -1)} "${key}" lacks ${missing.join(', ')}`,
          });
          return;
        }
        maps[c].set(key, { ...record });
      });
    }
  }
  const list = <T>(c: Collection) => [...maps[c].values()] as unknown as T[];
  return {
    data: {
      version: versions.join('+') || '0',
      editions: list('editions'),
      chapters: list('chapters'),
      entries: list('entries'),
      treatmentKinds: list('treatmentKinds'),
    },
    problems,
  };
}

/**
 * The bundled catalog overlaid with team files (later wins). The caller loads the files (the CLI from
 * paths, the server from the workspace) and shows the problems; the service stays pure.
 */
export function catalogWithTeamFiles(
  bundled: readonly CatalogSourceFile[],
  team: readonly CatalogSourceFile[],
): { catalog: Catalog; problems: CatalogProblem[] } {
  const base = mergeCatalogFiles(bundled, { validate: false });
  const overlay = mergeCatalogFiles([{ name: '(bundled)', data: asCatalogFile(base.data) }, ...team], {
    validate: true,
  });
  return { catalog: new Catalog(overlay.data), problems: overlay.problems };
}

function asCatalogFile(d: CatalogData): CatalogFile {
  return {
    version: d.version,
    editions: d.editions,
    chapters: d.chapters,
    entries: d.entries,
    treatmentKinds: d.treatmentKinds,
  };
}
