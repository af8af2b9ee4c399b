/**
 * The determination model: what every reader produces and every rule and feature consumes.
 *
 * All positions are `Span`s (offsets into the document's original text); features turn them into
 * LSP ranges with a `LineIndex`. Field text is `MappedText`: joined as a person reads it, mapped back.
 * The model is immutable once built.
 */
import type { MappedText, Span } from './mappedText';

export type { Span } from './mappedText';

/** Which reader produced the model. */
export type Layout =
  /** The project's own `.imr.md` format (docs/format.md). */
  | 'imr-md'
  /** Published letters from 2013: "Notice of Independent Medical Review Determination", "Case Summary:". */
  | 'letter-2013'
  /** Published letters 2014-2015: no header block, "Page(s):" citations. */
  | 'letter-2014'
  /** Published letters 2016 and later: two-column header block, credentials, "Section(s):" citations. */
  | 'letter-2016';

export type Decision = 'Upheld' | 'Overturned';

/** A value read from the document with where it stands. */
export interface Located<T> {
  readonly value: T;
  /** The value's own text, as written. */
  readonly raw: string;
  readonly span: Span;
}

/** A calendar date; months and days are 1-based. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Header facts: the front matter of an `.imr.md` file or the header block of a letter. */
export interface Header {
  readonly caseNumber?: Located<string>;
  readonly decisionDate?: Located<CalendarDate>;
  readonly dateOfInjury?: Located<CalendarDate>;
  readonly urDenialDate?: Located<CalendarDate>;
  readonly dateAssigned?: Located<CalendarDate>;
  readonly applicationReceived?: Located<CalendarDate>;
  readonly priority?: Located<string>;
  readonly reviewerLicensure?: Located<string>;
  readonly reviewerSpecialty?: Located<string>;
  /** `.imr.md` only: guideline editions pinned by the front matter (`guidelines:`), as written. */
  readonly pinnedGuidelines?: readonly Located<string>[];
  /** Every front-matter key as written, for rules on unknown keys. */
  readonly keys?: readonly Located<string>[];
}

export type SectionKind = 'how-made' | 'summary' | 'issues' | 'notice' | 'other';

export interface Section {
  readonly kind: SectionKind;
  /** The heading text as written (trimmed). */
  readonly title: string;
  readonly headingSpan: Span;
  /** From the heading to the end of the section. */
  readonly span: Span;
  /** The section's body, joined as read. */
  readonly body: MappedText;
}

export type FieldKind = 'claimsAdministratorGuideline' | 'reviewerGuideline' | 'rationale';

/** A labelled paragraph of an item ("Decision rationale: ..."). */
export interface Field {
  readonly kind: FieldKind;
  /** The label as written, without the colon ("MAXIMUS guideline"). */
  readonly label: string;
  readonly labelSpan: Span;
  /** The field's text after the label, joined across wraps and page breaks. */
  readonly text: MappedText;
  /** From the label to the end of the field. */
  readonly span: Span;
}

/** "X was the original request. Y was authorized by the Claims Administrator. The remaining ... Z is: Upheld" */
export interface PartialCertification {
  readonly originalRequest?: MappedText;
  readonly authorized?: MappedText;
  readonly text: MappedText;
}

/** One disputed treatment and its determination. */
export interface Item {
  /** 0-based position among the letter's items. */
  readonly index: number;
  /** The treatment as requested ("Diazepam 10mg, QTY: 60"); for partial certifications, the remaining portion. */
  readonly request: MappedText;
  readonly decision: Located<Decision | null> | null;
  readonly partial?: PartialCertification;
  readonly claimsAdministratorGuideline?: Field;
  readonly reviewerGuideline?: Field;
  readonly rationale?: Field;
  /** Fields in document order (including any duplicates, which rules report). */
  readonly fields: readonly Field[];
  /** The heading or item line(s). */
  readonly headingSpan: Span;
  /** From the heading to the end of the item. */
  readonly span: Span;
}

/** `<!-- imr-lint-disable... -->` comments (docs/format.md). */
export interface Suppression {
  readonly kind: 'disable-next-line' | 'disable' | 'enable' | 'disable-line';
  /** Rule ids; empty means every rule. */
  readonly ruleIds: readonly string[];
  readonly reason: string | null;
  readonly span: Span;
}

/** Something a reader could not read. Readers never throw: they return problems. */
export interface ParseProblem {
  /** Stable code, reported by the `parse-error` family of rules (e.g. `item-without-decision`). */
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

/** The result of reading one document. Immutable. */
export interface Determination {
  readonly layout: Layout;
  /** The document's text exactly as given. */
  readonly text: string;
  readonly header: Header;
  readonly sections: readonly Section[];
  /** The Clinical Case Summary body (or the 2013 "Case Summary:"), if present. */
  readonly summary: MappedText | null;
  readonly items: readonly Item[];
  readonly suppressions: readonly Suppression[];
  readonly problems: readonly ParseProblem[];
}
