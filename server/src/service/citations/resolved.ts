/**
 * What the citation rules, hover and completion share: an item's citations resolved against the
 * catalog (once per analysis), which of them are the reviewer's own, and whether a catalog entry
 * covers the item's treatment.
 *
 * The Claims Administrator guideline line reports what the utilization review cited; the reviewer
 * neither wrote nor can correct it, so the content rules judge only the reviewer's guideline line and
 * the rationale.
 */
import type { Analysis, ItemAnalysis } from '../analysis';
import type { Catalog } from '../catalog/catalog';
import type { Treatment } from '../catalog/classify';
import { nameKey } from '../catalog/normalize';
import { type CitationResolution, resolveCitation } from '../catalog/resolve';
import type { CatalogEntry, GuidelineEdition } from '../catalog/types';
import type { Citation } from '../model/citation';

export interface ResolvedCitation {
  readonly citation: Citation;
  readonly resolution: CitationResolution;
}

const cache = new WeakMap<ItemAnalysis, readonly ResolvedCitation[]>();

/** Every citation of the item with its resolution, in document order; computed once per item. */
export function resolvedCitations(analysis: Analysis, item: ItemAnalysis): readonly ResolvedCitation[] {
  let found = cache.get(item);
  if (!found) {
    found = item.citations.map((citation) => ({
      citation,
      resolution: resolveCitation(analysis.catalog, citation, analysis.asOf),
    }));
    cache.set(item, found);
  }
  return found;
}

/** The reviewer's citations: the reviewer guideline line and the rationale. */
export function reviewerCitations(analysis: Analysis, item: ItemAnalysis): readonly ResolvedCitation[] {
  return resolvedCitations(analysis, item).filter((r) => r.citation.field !== 'claimsAdministratorGuideline');
}

/**
 * Topics that frame many treatments: a letter citing the CPMTG Introduction, an ACOEM chapter's
 * Summary, Initial Care or Special Studies, or Physical Medicine is not citing the wrong topic.
 */
const GENERAL_TOPIC =
  /\b(?:introduction|summary|initial care|initial approaches|general approaches|special studies|diagnostic criteria|physical medicine|medications for chronic pain|functional improvement|weaning)\b/;

export function isGeneralTopic(entry: CatalogEntry): boolean {
  return GENERAL_TOPIC.test(nameKey(`${entry.topic} ${entry.sections.join(' ')}`));
}

/**
 * Whether an entry covers the treatment (by the catalog's treatment kinds or the classifier's pick).
 * MRI kinds are one family: ODG's Pain chapter "MRI" topic speaks to a cervical MRI too.
 */
export function coversTreatment(entry: CatalogEntry, treatment: Treatment): boolean {
  if (entry.treatments.includes(treatment.kind) || treatment.entryIds.includes(entry.id)) return true;
  const family = FAMILY.exec(treatment.kind)?.[0];
  return family !== undefined && entry.treatments.some((k) => k.startsWith(family));
}

const FAMILY = /^mri-/;

/**
 * Whether a guideline line names a whole guideline ("MTUS Acupuncture Treatment 2007", no section or
 * page) that covers the treatment. Prose naming a guideline ("according to the ODG") does not count.
 */
export function wholeGuidelineCovers(catalog: Catalog, r: ResolvedCitation, treatment: Treatment): boolean {
  const { citation: c, resolution } = r;
  if (
    c.field === 'rationale' ||
    !resolution.edition ||
    c.sections.length + c.topics.length + c.pages.length > 0
  )
    return false;
  return catalog.entriesOf(resolution.edition.source).some((e) => coversTreatment(e, treatment));
}

/**
 * Kinds that gather unrelated requests ("medication-other", "other-surgery"): that the MTUS has an
 * entry for the kind does not mean it addresses this request.
 */
export function isCatchAllKind(kind: string): boolean {
  return kind.endsWith('-other') || kind.startsWith('other-') || kind === 'durable-medical-equipment';
}

/** The entries a citation names by section or topic, without its pages (pages are judged apart). */
export function namedEntries(catalog: Catalog, citation: Citation, asOf: Analysis['asOf']): CatalogEntry[] {
  if (citation.sections.length === 0 && citation.topics.length === 0) return [];
  return [...resolveCitation(catalog, { ...citation, pages: [] }, asOf).entries];
}

/**
 * `namedEntries` of one of an item's resolved citations, computed once: a ResolvedCitation belongs to
 * one analysis (resolvedCitations), whose catalog and date are the ones passed here.
 */
const namedCache = new WeakMap<ResolvedCitation, readonly CatalogEntry[]>();

export function namedEntriesOf(analysis: Analysis, r: ResolvedCitation): readonly CatalogEntry[] {
  let found = namedCache.get(r);
  if (!found) {
    const c = r.citation;
    // Without pages the citation is its own page-less copy, already resolved with this catalog and date.
    found =
      c.pages.length === 0 && c.sections.length + c.topics.length > 0
        ? r.resolution.entries
        : namedEntries(analysis.catalog, c, analysis.asOf);
    namedCache.set(r, found);
  }
  return found;
}

/** MTUS entries covering the treatment in an edition in force on the date (any edition when undated). */
export function mtusEntriesFor(analysis: Analysis, treatment: Treatment): CatalogEntry[] {
  const { catalog, asOf } = analysis;
  return catalog.entriesForTreatment(treatment.kind).filter((e) => {
    const edition = catalog.edition(e.source);
    return edition?.program === 'MTUS' && (asOf === null || catalog.inForce(edition, asOf));
  });
}

/** The edition's year or title, for messages. */
export function editionLabel(edition: GuidelineEdition): string {
  return edition.edition === null ? edition.title : `${edition.title} (${edition.edition})`;
}

/** Words of a name without a final plural "s": "MRIs" and "MRI" are one spelling, not a typo. */
export function singularKey(text: string): string {
  return nameKey(text)
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w))
    .join(' ');
}

/** A treatment label inside a sentence: "Epidural steroid injection" lowered, "MRI of the ..." kept. */
export function labelInSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
