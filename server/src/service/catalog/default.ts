/** The catalog shipped inside the product. Placeholder until the catalog data lands. */
import { Catalog, emptyCatalog } from './catalog';

let cached: Catalog | undefined;

export function defaultCatalog(): Catalog {
  cached ??= emptyCatalog;
  return cached;
}

export { Catalog };
