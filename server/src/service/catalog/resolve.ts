/**
 * Resolving a citation against the catalog: which edition (and chapter) it names, which entries its
 * sections, pages and topics stand for, and which parts name nothing the catalog knows. Rules build on
 * `unresolved` (a section the edition does not have, a page outside the topic) and on the edition's
 * in-force dates; hover shows the entries.
 */
import type { Citation } from '../model/citation';
import type { CalendarDate, Located, Span } from '../model/types';
import { type Catalog, isoDate } from './catalog';
import { memoKey, perCatalog } from './memo';
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
  const namedBy = nameKeyOf(citation);
  const { basis, options } = editionMemo(catalog).get(namedBy, () => editionOptions(catalog, citation));
  if (options.length === 0) {
    const unresolved: UnresolvedPart[] =
      basis === 'none' && citation.guideline
        ? [{ part: 'guideline', value: citation.guideline.value, span: citation.guideline.span }]
        : [];
    return { basis, edition: null, chapter: null, entries: [], unresolved };
  }
  const option = pickInForce(catalog, options, asOf ?? null);
  const { edition, chapter } = option;
  const parts = hasParts(citation)
    ? partsMemo(catalog).get(partsKey(option, citation), () =>
        resolveParts(catalog, citation, edition, chapter),
      )
    : NO_PARTS;
  return {
    basis: 'edition',
    edition,
    chapter,
    entries: [...parts.entries],
    unresolved: parts.unresolved.map(({ part, index }) => {
      const at = (
        part === 'section' ? citation.sections : part === 'page' ? citation.pages : citation.topics
      )[index]!;
      return { part, value: at.value, span: at.span };
    }),
  };
}

/*
 * Resolution is memoised per catalog in two steps, because letters cite the same guideline lines
 * again and again while their dates differ:
 * 1. the editions a citation may name, with the chapter each implies: a function of the citation's
 *    values that `findEdition` reads (kind, field, program, guideline, chapter, year, and whether it
 *    cites pages or sections), never of its spans or the date;
 * 2. the entries and unresolved parts for the edition the date picked: a function of those values, the
 *    edition, and the sections, pages and topics' values. Unresolved parts are kept as indexes into the
 *    citation, so their spans are always this citation's own.
 */

interface EditionOption {
  /**
   * Stands for the option's citation values (`nameKeyOf`) and edition in the parts memo's keys: each
   * option is made once per memo entry and its id is never reused, so equal ids mean equal inputs.
   */
  readonly id: number;
  readonly edition: GuidelineEdition;
  readonly chapter: GuidelineChapter | null;
}

interface EditionOptions {
  readonly basis: ResolutionBasis;
  /** The editions left after the year and form, in preference order; empty when none. */
  readonly options: readonly EditionOption[];
}

/** An unresolved section, page or topic: its index among the citation's parts of that kind. */
interface UnresolvedRef {
  readonly part: 'section' | 'page' | 'topic';
  readonly index: number;
}

interface ResolvedParts {
  readonly entries: readonly CatalogEntry[];
  readonly unresolved: readonly UnresolvedRef[];
}

const editionMemo = perCatalog<EditionOptions>();
let nextOptionId = 0;
const partsMemo = perCatalog<ResolvedParts>();

/**
 * A citation without sections, pages or topics (four in ten: "MTUS", "per the ODG") resolves to no
 * entries and nothing unresolved whatever its edition (`resolveParts` loops over those three lists
 * only), so it skips building a key and the memo.
 */
const NO_PARTS: ResolvedParts = Object.freeze({ entries: Object.freeze([]), unresolved: Object.freeze([]) });

function hasParts(c: Citation): boolean {
  return c.sections.length > 0 || c.pages.length > 0 || c.topics.length > 0;
}

function partsKey(option: EditionOption, c: Citation): string {
  return memoKey([
    option.id,
    c.sections.map((s) => s.value),
    c.pages.map((p) => p.value),
    c.topics.map((t) => t.value),
  ]);
}

/** Every value of a citation that `editionOptions` reads. */
function nameKeyOf(c: Citation): string {
  return memoKey([
    c.kind,
    c.field,
    c.program,
    c.guideline?.value,
    c.chapter?.value,
    c.edition?.value,
    c.pages.length > 0,
    c.sections.length > 0,
  ]);
}

function resolveParts(
  catalog: Catalog,
  citation: Citation,
  edition: GuidelineEdition,
  chapter: GuidelineChapter | null,
): ResolvedParts {
  const entries = new Set<CatalogEntry>();
  const unresolved: UnresolvedRef[] = [];
  const chapterNumber =
    chapter?.number ?? (citation.chapter ? Number(citation.chapter.value) || undefined : undefined);
  resolveSections(catalog, edition.source, chapterNumber, citation.sections, entries, unresolved);
  citation.pages.forEach((p, index) => {
    const found = catalog.entriesForPage(edition.source, p.value, chapterNumber);
    if (found.length === 0) unresolved.push({ part: 'page', index });
    for (const e of found) entries.add(e);
  });
  citation.topics.forEach((t, index) => {
    // "ACOEM Chapter 8 Neck and Upper Back Complaints": the chapter's own name is not a topic.
    if (catalog.chaptersNamed(t.value, edition.source).length > 0) return;
    // Within a named chapter there are few candidates, so a looser match is safe ("MRIs" in ODG Low Back).
    const inChapter =
      chapter && chapter.number === undefined
        ? catalog.findEntries(t.value, { source: edition.source, chapter, minScore: 0.5 })[0]
        : undefined;
    const best =
      inChapter ?? catalog.findEntries(t.value, { source: edition.source, chapterNumber, minScore: 0.6 })[0];
    if (best) entries.add(best.entry);
    else unresolved.push({ part: 'topic', index });
  });
  return { entries: [...entries], unresolved };
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
  unresolved: UnresolvedRef[],
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
    if (found.length === 0) unresolved.push({ part: 'section', index: i });
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

/** The editions a citation may name, before the date picks one; a function of `nameKeyOf`'s values. */
function editionOptions(catalog: Catalog, c: Citation): EditionOptions {
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
    if (c.program === 'MTUS' && PROGRAM_ONLY.has(nameKey(name))) return { basis: 'program', options: [] };
    // Prose that names the MTUS loosely ("the MTUS Neck Pain guidelines") still cites the program.
    if (c.program === 'MTUS' && c.field === 'rationale') return { basis: 'program', options: [] };
    if (c.program === 'Non-MTUS' && name) return { basis: 'other-evidence', options: [] };
    return { basis: 'none', options: [] };
  }
  const options = candidates(c, editions, chapters).map((edition) => ({
    id: nextOptionId++,
    edition,
    chapter:
      chapters.find((ch) => ch.source === edition.source) ??
      (c.chapter && /^\d+$/.test(c.chapter.value)
        ? (catalog.chaptersOf(edition.source).find((ch) => ch.number === Number(c.chapter!.value)) ?? null)
        : null),
  }));
  return { basis: 'edition', options };
}

/** Of the editions a name stands for, those the citation's year and its form point to, in order. */
function candidates(
  c: Citation,
  editions: readonly GuidelineEdition[],
  chapters: readonly GuidelineChapter[],
): readonly GuidelineEdition[] {
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
  return pool;
}

/** Of the candidates, the first in force on the date (the first of all when none is, or undated). */
function pickInForce(
  catalog: Catalog,
  options: readonly EditionOption[],
  asOf: CalendarDate | null,
): EditionOption {
  if (asOf && options.length > 1) {
    const on = isoDate(asOf);
    return options.find((o) => catalog.inForce(o.edition, on)) ?? options[0]!;
  }
  return options[0]!;
}

function isEdition(e: GuidelineEdition | undefined): e is GuidelineEdition {
  return e !== undefined;
}
