/**
 * The guideline a criterion comes from, as letters cite it: the catalog entry's citation form, with
 * a note when its page is not confirmed (most are not: docs/catalog.md).
 */
import type { Catalog } from '../catalog/catalog';

/** "MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 24 (page unconfirmed)". */
export function guidelineOf(catalog: Catalog, entryId: string, fallback: string): string {
  const entry = catalog.entry(entryId);
  if (!entry) return fallback;
  const hasPage = entry.pages.length > 0;
  return entry.provenance.confirmed || !hasPage
    ? entry.citationForm
    : `${entry.citationForm} (page unconfirmed)`;
}

/** The ESI topic, which every epidural and nerve root block rule cites. */
export function esiGuideline(catalog: Catalog): string {
  return guidelineOf(
    catalog,
    'cpmtg-epidural-steroid-injections-esis',
    'MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections (ESIs), p. 46',
  );
}
