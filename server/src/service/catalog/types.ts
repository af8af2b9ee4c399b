/**
 * The guideline catalog: versioned data with provenance (docs/catalog.md).
 * Every fact that could be wrong carries where it came from and how sure we are of it. The bundled data
 * lives in data/*.json; team files have the same shape (schemas/catalog.schema.json) and overlay it.
 */

/** A guideline family as letters name it. */
export type GuidelineSource =
  | 'MTUS-CPMTG-2009'
  | 'MTUS-CPMTG-2016'
  | 'MTUS-ACOEM-2004'
  | 'MTUS-ACUPUNCTURE-2007'
  | 'MTUS-PSTG-2009'
  | 'MTUS-OPIOIDS-2016'
  | 'MTUS-ACOEM-2017'
  | 'MTUS-FORMULARY-2018'
  | 'ODG'
  | (string & {});

export type Confidence = 'high' | 'medium' | 'low';

/** Where a fact came from and how sure we are of it. */
export interface Provenance {
  /**
   * Sources in words or addresses ("shared/domain/catalog.json", a regulation section, a web address).
   * A fact read from a real letter says so: "cited in CM16-0230651".
   */
  readonly sources: readonly string[];
  /** True only when checked in two independent public places. A page that is not confirmed is a hint. */
  readonly confirmed: boolean;
  readonly confidence: Confidence;
}

/** One topic (or section) of one guideline edition. */
export interface CatalogEntry {
  /** Stable key, e.g. `cpmtg-benzodiazepines`. */
  readonly id: string;
  readonly source: GuidelineSource;
  /** The chapter or guideline document ("Chronic Pain Medical Treatment Guidelines", "Low Back"). */
  readonly chapter: string;
  readonly chapterNumber?: number;
  /** The topic as the guideline names it ("Benzodiazepines"). */
  readonly topic: string;
  /** Page numbers in the edition's own document, when it has pages. */
  readonly pages: readonly number[];
  /** Section names or numbers, when the edition is cited by section. */
  readonly sections: readonly string[];
  /** Generic and brand names, abbreviations, spellings letters use. */
  readonly aliases: readonly string[];
  /** Treatment kinds this topic covers (`TreatmentKind.kind`). */
  readonly treatments: readonly string[];
  /** Our own words. */
  readonly summary: string;
  readonly criteria: readonly string[];
  /** How letters usually write the citation. */
  readonly citationForm: string;
  readonly provenance: Provenance;
  readonly related: readonly string[];
  readonly notes?: string;
}

export type CitedBy = 'page' | 'section' | 'topic';

/** An edition of a guideline and when it was in force. */
export interface GuidelineEdition {
  /** The key entries and chapters point at. */
  readonly source: GuidelineSource;
  readonly title: string;
  /** Names letters use for it ("Chronic Pain Medical Treatment", "CPMTG"), without "MTUS". */
  readonly names: readonly string[];
  readonly program: 'MTUS' | 'Non-MTUS';
  readonly edition: number | null;
  /** ISO dates (inclusive); null means open-ended. */
  readonly inForceFrom: string | null;
  readonly inForceUntil: string | null;
  /** How letters cite it: by page, by section, or by topic only. */
  readonly citedBy: readonly CitedBy[];
  readonly provenance: Provenance;
}

/** A chapter of an edition that letters cite by name ("Low Back Complaints 2004", ODG "Pain (Chronic)"). */
export interface GuidelineChapter {
  readonly id: string;
  readonly source: GuidelineSource;
  readonly number?: number;
  readonly name: string;
  /** Names letters use ("Low Back Complaints", "Low Back"). */
  readonly names: readonly string[];
  /** The year letters give when it differs from the edition's (ACOEM's Elbow chapter: 2007). */
  readonly year?: number;
  readonly provenance: Provenance;
}

/** A kind of treatment the classifier can name, and the words that say it. */
export interface TreatmentKind {
  /** e.g. `epidural-steroid-injection`. */
  readonly kind: string;
  readonly label: string;
  /** Phrases whose words must all appear in a request ("mri lumbar"); earlier kinds win over later ones. */
  readonly terms: readonly string[];
}

export interface CatalogData {
  readonly version: string;
  readonly editions: readonly GuidelineEdition[];
  readonly chapters: readonly GuidelineChapter[];
  readonly entries: readonly CatalogEntry[];
  readonly treatmentKinds: readonly TreatmentKind[];
}

/**
 * A catalog file: the bundled data files and a team's overlay have this shape. In a team file an entry,
 * edition, chapter or kind whose key exists replaces the fields it gives; a new one must be complete.
 */
export interface CatalogFile {
  readonly $schema?: string;
  readonly version?: string;
  readonly editions?: readonly Partial<GuidelineEdition>[];
  readonly chapters?: readonly Partial<GuidelineChapter>[];
  readonly entries?: readonly Partial<CatalogEntry>[];
  readonly treatmentKinds?: readonly Partial<TreatmentKind>[];
}
