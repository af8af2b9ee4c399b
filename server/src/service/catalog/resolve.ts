/**
 * Resolving a citation against the catalog: which edition (and chapter) it names, which entries its
 * sections, pages and topics stand for, and which parts name nothing the catalog knows. Rules build on
 * `unresolved` (a section the edition does not have, a page outside the topic) and on the edition's
 * in-force dates; hover shows the entries.
 */
import type { Citation } from '../model/citation';
import type { CalendarDate, Located, Span } from '../model/types';
import type { Catalog } from './catalog';
import { nameKey } from './normalize';
import type { CatalogEntry, GuidelineChapter, GuidelineEdition } from './types';

export type ResolutionBasis =
  /** The guideline named an edition (or a chapter of one) in the catalog. */
  | 'edition'
  /** Only the program: "MTUS", "CA MTUS guidelines". */
  | 'program'
  /** A Non-MTUS source outside the catalog (a journal, UpToDate, a web page): the search sequence's later steps. */
  | 'other-evidence'
  /** Nothing to resolve (stock sentences) or nothing recognised. */
  | 'none';

export interface UnresolvedPart {
  readonly part: 'guideline' | 'section' | 'page' | 'topic';
  readonly value: string | number;
  readonly span: Span;
}

export interface CitationResolution {
  readonly basis: ResolutionBasis;
  readonly edition: GuidelineEdition | null;
  readonly chapter: GuidelineChapter | null;
  /** Entries the sections, pages and topics stand for, without repeats, in citation order. */
  readonly entries: readonly CatalogEntry[];
  readonly unresolved: readonly UnresolvedPart[];
}

/** Resolve one citation. `asOf` picks between editions sharing a name (the 2009 and 2016 CPMTG). */
export function resolveCitation(
  catalog: Catalog,
  citation: Citation,
  asOf?: CalendarDate | null,
): CitationResolution {
  if (citation.kind !== 'guideline')
    return { basis: 'none', edition: null, chapter: null, entries: [], unresolved: [] };
  const { edition, chapter, basis } = findEdition(catalog, citation, asOf ?? null);
  if (!edition) {
    const unresolved: UnresolvedPart[] =
      basis === 'none' && citation.guideline
        ? [{ part: 'guideline', value: citation.guideline.value, span: citation.guideline.span }]
        : [];
    return { basis, edition: null, chapter: null, entries: [], unresolved };
  }
  const entries = new Set<CatalogEntry>();
  const unresolved: UnresolvedPart[] = [];
  const chapterNumber =
    chapter?.number ?? (citation.chapter ? Number(citation.chapter.value) || undefined : undefined);
  resolveSections(catalog, edition.source, chapterNumber, citation.sections, entries, unresolved);
  for (const p of citation.pages) {
    const found = catalog.entriesForPage(edition.source, p.value, chapterNumber);
    if (found.length === 0) unresolved.push({ part: 'page', value: p.value, span: p.span });
    for (const e of found) entries.add(e);
  }
  for (const t of citation.topics) {
    // "ACOEM Chapter 8 Neck and Upper Back Complaints": the chapter's own name is not a topic.
    if (catalog.chaptersNamed(t.value, edition.source).length > 0) continue;
    // Within a named chapter there are few candidates, so a looser match is safe ("MRIs" in ODG Low Back).
    const inChapter =
      chapter && chapter.number === undefined
        ? catalog.findEntries(t.value, { source: edition.source, chapter, minScore: 0.5 })[0]
        : undefined;
    const best =
      inChapter ?? catalog.findEntries(t.value, { source: edition.source, chapterNumber, minScore: 0.6 })[0];
    if (best) entries.add(best.entry);
    else unresolved.push({ part: 'topic', value: t.value, span: t.span });
  }
  return { basis: 'edition', edition, chapter, entries: [...entries], unresolved };
}

/**
 * Sections split at commas by the reader may belong together ("NSAIDs" + "GI symptoms & cardiovascular
 * risk"): a section that resolves to nothing is tried joined with the next one.
 */
function resolveSections(
  catalog: Catalog,
  source: string,
  chapterNumber: number | undefined,
  sections: readonly Located<string>[],
  entries: Set<CatalogEntry>,
  unresolved: UnresolvedPart[],
): void {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const next = sections[i + 1];
    const joined = next ? `${s.value}, ${next.value}` : null;
    let found = catalog.entriesForSection(source, s.value, chapterNumber);
    if (found.length === 0 && joined) {
      found = catalog.entriesForSection(source, joined, chapterNumber);
      if (found.length > 0) i++;
    }
    if (found.length === 0) found = nearSection(catalog, source, s.value, chapterNumber);
    if (found.length === 0) unresolved.push({ part: 'section', value: s.value, span: s.span });
    for (const e of found) entries.add(e);
  }
}

/** A misspelt section ("Benzodiazepenes") still names its entry; a vaguer match does not. */
function nearSection(
  catalog: Catalog,
  source: string,
  section: string,
  chapterNumber?: number,
): readonly CatalogEntry[] {
  const near = catalog.findEntries(section, { source, chapterNumber, minScore: 0.9 })[0];
  return near ? [near.entry] : [];
}

const PROGRAM_ONLY = new Set(['', 'acoem', 'odg']);

function findEdition(
  catalog: Catalog,
  c: Citation,
  asOf: CalendarDate | null,
): { edition: GuidelineEdition | null; chapter: GuidelineChapter | null; basis: ResolutionBasis } {
  const name = c.guideline?.value ?? '';
  let chapters = name ? catalog.chaptersNamed(name) : [];
  // ODG cited by chapter only ("Low Back (Hyperstimulation analgesia)"), or ODG naming its chapter.
  if (c.chapter && !/^\d+$/.test(c.chapter.value)) {
    const odg = catalog.chaptersNamed(c.chapter.value, 'ODG');
    if (odg.length > 0 && (!name || catalog.editionsNamed(name).some((e) => e.source === 'ODG')))
      chapters = odg;
  }
  const numbered = c.chapter && /^\d+$/.test(c.chapter.value) ? Number(c.chapter.value) : null;
  if (c.program === 'MTUS' && c.chapter && numbered === null && chapters.length === 0) {
    // "the MTUS neck and upper back chapter": an MTUS (ACOEM) chapter, not ODG's.
    chapters = catalog.chaptersNamed(c.chapter.value).filter((ch) => ch.source !== 'ODG');
  }
  let editions = name ? [...catalog.editionsNamed(name)] : [];
  if (editions.length === 0 && numbered !== null && PROGRAM_ONLY.has(nameKey(name))) {
    // "MTUS Guideline in ACOEM Chapter 8": numbered chapters are the 2004 ACOEM text the MTUS adopted.
    editions = [catalog.edition('MTUS-ACOEM-2004')].filter(isEdition);
  }
  if (chapters.length > 0 && editions.length === 0)
    editions = chapters.map((ch) => catalog.edition(ch.source)).filter(isEdition);
  if (!name && chapters.length > 0) editions = [catalog.edition('ODG')].filter(isEdition);
  if (editions.length === 0) {
    if (c.program === 'MTUS' && PROGRAM_ONLY.has(nameKey(name)))
      return { edition: null, chapter: null, basis: 'program' };
    // Prose that names the MTUS loosely ("the MTUS Neck Pain guidelines") still cites the program.
    if (c.program === 'MTUS' && c.field === 'rationale')
      return { edition: null, chapter: null, basis: 'program' };
    if (c.program === 'Non-MTUS' && name) return { edition: null, chapter: null, basis: 'other-evidence' };
    return { edition: null, chapter: null, basis: 'none' };
  }
  const edition = pickEdition(catalog, c, editions, chapters, asOf);
  const chapter =
    chapters.find((ch) => ch.source === edition.source) ??
    (c.chapter && /^\d+$/.test(c.chapter.value)
      ? (catalog.chaptersOf(edition.source).find((ch) => ch.number === Number(c.chapter!.value)) ?? null)
      : null);
  return { edition, chapter, basis: 'edition' };
}

/** Of the editions a name stands for, the one the citation's year, its form and the date point to. */
function pickEdition(
  catalog: Catalog,
  c: Citation,
  editions: readonly GuidelineEdition[],
  chapters: readonly GuidelineChapter[],
  asOf: CalendarDate | null,
): GuidelineEdition {
  let pool = [...new Set(editions)];
  const year = c.edition?.value;
  if (year !== undefined) {
    const byYear = pool.filter(
      (e) => e.edition === year || chapters.some((ch) => ch.source === e.source && ch.year === year),
    );
    if (byYear.length > 0) pool = byYear;
  }
  const form = c.pages.length > 0 ? 'page' : c.sections.length > 0 ? 'section' : null;
  if (form && pool.length > 1) {
    const byForm = pool.filter((e) => e.citedBy.includes(form));
    if (byForm.length > 0) pool = byForm;
  }
  if (asOf && pool.length > 1) {
    const inForce = pool.filter((e) => catalog.inForce(e, asOf));
    if (inForce.length > 0) pool = inForce;
  }
  return pool[0]!;
}

function isEdition(e: GuidelineEdition | undefined): e is GuidelineEdition {
  return e !== undefined;
}
