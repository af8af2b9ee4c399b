/**
 * The catalog shipped inside the product: data/*.json, imported so the bundler inlines them (works
 * offline, no file reads). Team files overlay it through `catalogWithTeamFiles` (merge.ts).
 */
import { Catalog } from './catalog';
import core from './data/catalog.json';
import acoem2004 from './data/mtus-acoem-2004.json';
import cpmtg2009 from './data/mtus-cpmtg-2009.json';
import cpmtg2016 from './data/mtus-cpmtg-2016.json';
import otherMtus from './data/mtus-other.json';
import odg from './data/odg.json';
import treatments from './data/treatments.json';
import { type CatalogSourceFile, catalogWithTeamFiles, mergeCatalogFiles } from './merge';

/** The bundled data files, in precedence order (later wins on a shared key). */
export const bundledCatalogFiles: readonly CatalogSourceFile[] = [
  { name: 'data/catalog.json', data: core },
  { name: 'data/treatments.json', data: treatments },
  { name: 'data/mtus-cpmtg-2009.json', data: cpmtg2009 },
  { name: 'data/mtus-cpmtg-2016.json', data: cpmtg2016 },
  { name: 'data/mtus-acoem-2004.json', data: acoem2004 },
  { name: 'data/mtus-other.json', data: otherMtus },
  { name: 'data/odg.json', data: odg },
];

let cached: Catalog | undefined;

export function defaultCatalog(): Catalog {
  cached ??= new Catalog(mergeCatalogFiles(bundledCatalogFiles, { validate: false }).data);
  return cached;
}

/** The bundled catalog with team files laid over it (`problems` lists files or items that were skipped). */
export function teamCatalog(team: readonly CatalogSourceFile[]) {
  return catalogWithTeamFiles(bundledCatalogFiles, team);
}

export { Catalog };
