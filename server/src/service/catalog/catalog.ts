/**
 * The catalog with its lookups. Built once from data; immutable.
 */
import type { CatalogData, CatalogEntry, GuidelineEdition } from './types';

export class Catalog {
  private readonly byId = new Map<string, CatalogEntry>();

  constructor(readonly data: CatalogData) {
    for (const e of data.entries) this.byId.set(e.id, e);
  }

  get version(): string {
    return this.data.version;
  }

  get entries(): readonly CatalogEntry[] {
    return this.data.entries;
  }

  get editions(): readonly GuidelineEdition[] {
    return this.data.editions;
  }

  entry(id: string): CatalogEntry | undefined {
    return this.byId.get(id);
  }
}

/** An empty catalog, for tests that need none. */
export const emptyCatalog = new Catalog({ version: '0', editions: [], entries: [] });
