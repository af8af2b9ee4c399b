/**
 * The guideline catalog: versioned data with provenance (docs/catalog.md).
 * Every fact that could be wrong carries where it came from and how sure we are of it.
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
  /** Sources in words or addresses ("IMR letter citation patterns", a regulation section). */
  readonly sources: readonly string[];
  /** True only when checked in two independent public places. */
  readonly confirmed: boolean;
  readonly confidence: Confidence;
}

/** One topic of one guideline edition. */
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
  /** Treatment kinds this topic covers (see `TreatmentKind`). */
  readonly treatments: readonly string[];
  /** Our own words. */
  readonly summary: string;
  readonly criteria: readonly string[];
  /** How letters usually write the citation. */
  readonly citationForm: string;
  readonly provenance: Provenance;
  readonly related: readonly string[];
}

/** An edition of a guideline and when it was in force. */
export interface GuidelineEdition {
  readonly source: GuidelineSource;
  /** Names letters use for it ("MTUS Chronic Pain Medical Treatment Guidelines", "CPMTG"). */
  readonly names: readonly string[];
  readonly program: 'MTUS' | 'Non-MTUS';
  readonly edition: number | null;
  /** ISO dates; null means open-ended. */
  readonly inForceFrom: string | null;
  readonly inForceUntil: string | null;
  /** How it is cited: by page, by section, or by topic only. */
  readonly citedBy: 'page' | 'section' | 'topic';
  readonly provenance: Provenance;
}

export interface CatalogData {
  readonly version: string;
  readonly editions: readonly GuidelineEdition[];
  readonly entries: readonly CatalogEntry[];
}
