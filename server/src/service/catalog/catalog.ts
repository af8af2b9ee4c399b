/**
 * The catalog with its lookups. Built once from data; immutable. The lookups are what rules, hover and
 * completion need: an entry by id, entries for a treatment kind, the pages and sections of a source,
 * editions and chapters by the names letters use, the edition in force on a date, fuzzy topic search.
 */
import type { CalendarDate } from '../model/types';
import { BoundedMemo, memoKey } from './memo';
import { NameIndex } from './nameIndex';
import { containsWords, editDistance, nameKey, typoBudget } from './normalize';
import type { CatalogData, CatalogEntry, GuidelineChapter, GuidelineEdition, TreatmentKind } from './types';

export interface EntryMatch {
  readonly entry: CatalogEntry;
  /** 1 for an exact name, less for containment or typos. */
  readonly score: number;
}

/** findEntries memoises its answers by the text and every field here: a new field belongs in its key. */
export interface EntryQuery {
  readonly source?: string;
  readonly chapterNumber?: number;
  /** Only entries of this chapter (matched by the chapter's names: ODG chapters have no numbers). */
  readonly chapter?: GuidelineChapter;
  /** Fewest score to keep (default 0.5). */
  readonly minScore?: number;
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

export class Catalog {
  private readonly byId = new Map<string, CatalogEntry>();
  private readonly bySource = new Map<string, CatalogEntry[]>();
  private readonly editionBySource = new Map<string, GuidelineEdition>();
  private readonly editionNames = new Map<string, GuidelineEdition[]>();
  private readonly chapterNames = new Map<string, GuidelineChapter[]>();
  private readonly byKind = new Map<string, CatalogEntry[]>();
  private readonly kinds = new Map<string, TreatmentKind>();
  /** Per entry: the keys of its topic, sections and aliases. */
  private readonly entryKeys = new Map<CatalogEntry, string[]>();
  /** Per entry: the keys of its sections, and of its chapter (lookups run on every citation). */
  private readonly sectionKeys = new Map<CatalogEntry, string[]>();
  private readonly entryChapterKey = new Map<CatalogEntry, string>();
  /** Per chapter: the keys of its names. */
  private readonly chapterKeys = new Map<GuidelineChapter, string[]>();
  /** Per chapter: its place in the data, which stands for it in memo keys. */
  private readonly chapterIds = new Map<GuidelineChapter, number>();
  /** Per source ('' for all entries): candidates for fuzzy name matching. */
  private readonly nameIndexes = new Map<string, NameIndex>();
  /** findEntries' answers: a function of its arguments and this catalog; names recur across letters. */
  private readonly found = new BoundedMemo<readonly EntryMatch[]>();

  constructor(readonly data: CatalogData) {
    for (const e of data.entries) {
      this.byId.set(e.id, e);
      push(this.bySource, e.source, e);
      for (const k of e.treatments) push(this.byKind, k, e);
      this.entryKeys.set(e, unique([e.topic, ...e.sections, ...e.aliases].map(nameKey).filter(Boolean)));
      this.sectionKeys.set(e, e.sections.map(nameKey));
      this.entryChapterKey.set(e, nameKey(e.chapter));
    }
    for (const list of this.byKind.values()) list.sort(byConfidence);
    for (const ed of data.editions) {
      this.editionBySource.set(ed.source, ed);
      for (const n of unique([...ed.names, ed.title].map(nameKey))) if (n) push(this.editionNames, n, ed);
    }
    for (const [i, ch] of data.chapters.entries()) {
      this.chapterIds.set(ch, i);
      const keys = unique([...ch.names, ch.name].map(nameKey)).filter(Boolean);
      this.chapterKeys.set(ch, keys);
      for (const n of keys) push(this.chapterNames, n, ch);
    }
    for (const k of data.treatmentKinds) this.kinds.set(k.kind, k);
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

  get chapters(): readonly GuidelineChapter[] {
    return this.data.chapters;
  }

  get treatmentKinds(): readonly TreatmentKind[] {
    return this.data.treatmentKinds;
  }

  entry(id: string): CatalogEntry | undefined {
    return this.byId.get(id);
  }

  edition(source: string): GuidelineEdition | undefined {
    return this.editionBySource.get(source);
  }

  treatmentKind(kind: string): TreatmentKind | undefined {
    return this.kinds.get(kind);
  }

  /** Entries of one guideline family, in data order. */
  entriesOf(source: string): readonly CatalogEntry[] {
    return this.bySource.get(source) ?? [];
  }

  /** Entries that cover a treatment kind, surest first. */
  entriesForTreatment(kind: string): readonly CatalogEntry[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Chapters of one guideline family. */
  chaptersOf(source: string): readonly GuidelineChapter[] {
    return this.data.chapters.filter((c) => c.source === source);
  }

  /** Editions a name stands for ("Chronic Pain Treatment Guidelines" names the 2009 and the 2016 CPMTG). */
  editionsNamed(name: string): readonly GuidelineEdition[] {
    return this.editionNames.get(nameKey(name)) ?? [];
  }

  /** Chapters a name stands for ("Low Back Complaints", ODG "Pain (Chronic)"). */
  chaptersNamed(name: string, source?: string): readonly GuidelineChapter[] {
    const key = nameKey(name).replace(/ (?:acute and )?chronic$/, '');
    const found = this.chapterNames.get(key) ?? this.chapterNames.get(nameKey(name)) ?? [];
    return source ? found.filter((c) => c.source === source) : found;
  }

  /** Whether an edition was in force on a date (ISO `yyyy-mm-dd` or a CalendarDate). */
  inForce(edition: GuidelineEdition, on: CalendarDate | string): boolean {
    const d = typeof on === 'string' ? on : isoDate(on);
    return (
      (edition.inForceFrom === null || edition.inForceFrom <= d) &&
      (edition.inForceUntil === null || d <= edition.inForceUntil)
    );
  }

  /** Editions in force on a date, optionally of one program. */
  editionsInForce(on: CalendarDate | string, program?: 'MTUS' | 'Non-MTUS'): readonly GuidelineEdition[] {
    return this.data.editions.filter((e) => (!program || e.program === program) && this.inForce(e, on));
  }

  /** Entries of a source that list a page (within a chapter, when given). */
  entriesForPage(source: string, page: number, chapterNumber?: number): readonly CatalogEntry[] {
    return this.entriesOf(source).filter(
      (e) => e.pages.includes(page) && (chapterNumber === undefined || e.chapterNumber === chapterNumber),
    );
  }

  /** Entries of a source that carry a section name (exact key), within a chapter when given. */
  entriesForSection(source: string, section: string, chapterNumber?: number | null): readonly CatalogEntry[] {
    const key = nameKey(section);
    const number = /^(\d{1,2}(?:\.\d{1,2})+)\b/.exec(section.trim())?.[1];
    return this.entriesOf(source).filter(
      (e) =>
        (chapterNumber == null || e.chapterNumber === chapterNumber || e.chapterNumber === undefined) &&
        e.sections.some(
          (s, i) => this.sectionKeys.get(e)?.[i] === key || (number !== undefined && s === number),
        ),
    );
  }

  /**
   * Entries whose topic, sections or aliases match a name as letters write it: exact keys first, then
   * whole-word containment either way, then typos ("Benzodiazepenes"). Best first.
   */
  findEntries(text: string, query: EntryQuery = {}): readonly EntryMatch[] {
    const chapter = query.chapter ? this.chapterIds.get(query.chapter) : null;
    // A chapter object from elsewhere has no id to key the memo by.
    if (chapter === undefined) return this.matchEntries(text, query);
    const key = memoKey([text, query.source, query.chapterNumber, chapter, query.minScore]);
    return [...this.found.get(key, () => this.matchEntries(text, query))];
  }

  private matchEntries(text: string, query: EntryQuery): readonly EntryMatch[] {
    const key = nameKey(text);
    if (!key) return [];
    const pool = query.source ? this.entriesOf(query.source) : this.data.entries;
    const minScore = query.minScore ?? 0.5;
    // Entries the index leaves out score 0 (nameIndex.ts), so only a minimum of 0 or less needs them.
    const scan =
      minScore > 0
        ? this.nameIndex(query.source, pool)
            .candidates(key)
            .map((i) => pool[i]!)
        : pool;
    const out: EntryMatch[] = [];
    for (const entry of scan) {
      if (
        query.chapterNumber !== undefined &&
        entry.chapterNumber !== undefined &&
        entry.chapterNumber !== query.chapterNumber
      )
        continue;
      if (query.chapter && !this.inChapter(entry, query.chapter)) continue;
      let best = 0;
      for (const k of this.entryKeys.get(entry) ?? []) best = Math.max(best, similarity(key, k));
      if (best >= minScore) out.push({ entry, score: best });
    }
    return out.sort((a, b) => b.score - a.score || byConfidence(a.entry, b.entry));
  }

  /** The name index of a pool of entries (one source's, or all), built on first use. */
  private nameIndex(source: string | undefined, pool: readonly CatalogEntry[]): NameIndex {
    let index = this.nameIndexes.get(source ?? '');
    if (!index) {
      index = new NameIndex(pool.map((e) => this.entryKeys.get(e) ?? []));
      this.nameIndexes.set(source ?? '', index);
    }
    return index;
  }

  private inChapter(entry: CatalogEntry, chapter: GuidelineChapter): boolean {
    const key = this.entryChapterKey.get(entry) ?? nameKey(entry.chapter);
    const keys = this.chapterKeys.get(chapter) ?? unique([chapter.name, ...chapter.names].map(nameKey));
    return keys.some((k) => k !== '' && (key === k || key.startsWith(`${k} `)));
  }
}

function similarity(query: string, name: string): number {
  if (query === name) return 1;
  const budget = typoBudget(Math.min(query.length, name.length));
  if (budget > 0 && editDistance(query, name, budget) <= budget) return 0.9;
  // "benzodiazepines anti depressant" holds "benzodiazepines"; a short name inside a long query counts less.
  if (containsWords(query, name)) return 0.5 + 0.4 * (name.length / query.length);
  if (containsWords(name, query)) return 0.5 + 0.3 * (query.length / name.length);
  return 0;
}

function byConfidence(a: CatalogEntry, b: CatalogEntry): number {
  return CONFIDENCE_RANK[a.provenance.confidence] - CONFIDENCE_RANK[b.provenance.confidence];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** An empty catalog, for tests that need none. */
export const emptyCatalog = new Catalog({
  version: '0',
  editions: [],
  chapters: [],
  entries: [],
  treatmentKinds: [],
});
