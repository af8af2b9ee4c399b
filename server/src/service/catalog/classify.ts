/**
 * The treatment classifier: an item's request to the kind of treatment it is.
 * Placeholder until the catalog lands; returns null.
 */
import type { Catalog } from './catalog';

export interface Treatment {
  /** e.g. `epidural-steroid-injection`, `benzodiazepine`, `opioid`, `mri-lumbar`, `physical-therapy`. */
  readonly kind: string;
  /** Human label ("Epidural steroid injection"). */
  readonly label: string;
  /** Catalog entries that cover it, best first. */
  readonly entryIds: readonly string[];
}

export function classifyTreatment(_request: string, _catalog: Catalog): Treatment | null {
  return null;
}
