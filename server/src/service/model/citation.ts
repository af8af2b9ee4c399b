/**
 * Structured guideline citations, read from guideline lines and from the rationale's free text.
 */
import type { FieldKind, Located, Span } from './types';

export type CitationProgram = 'MTUS' | 'Non-MTUS';

export type CitationKind =
  /** "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids" */
  | 'guideline'
  /** "The Claims Administrator did not cite any medical evidence for its decision." */
  | 'no-evidence'
  /** "The Expert Reviewer did not base their decision on the MTUS." */
  | 'not-mtus';

export interface Citation {
  readonly kind: CitationKind;
  /** The field the citation stands in. */
  readonly field: FieldKind;
  /** MTUS or Non-MTUS as the letter labels it (null in free text that does not say). */
  readonly program: CitationProgram | null;
  /**
   * The guideline's name as written, without the program word ("Chronic Pain Medical Treatment",
   * "Low Back Complaints", "Official Disability Guidelines (ODG)"); null for an ODG chapter cited alone.
   */
  readonly guideline: Located<string> | null;
  /** Edition year ("2016", "2004"); null when not given. */
  readonly edition: Located<number> | null;
  /** ACOEM chapter number or ODG chapter name, as given ("12", "Low Back"). */
  readonly chapter: Located<string> | null;
  /** Topics named without a Section(s)/Page(s) label ("Benzodiazepines", ODG "Facet joint diagnostic blocks"). */
  readonly topics: readonly Located<string>[];
  /** Every page, ranges expanded ("24-25" gives 24 and 25, both with the range's span). */
  readonly pages: readonly Located<number>[];
  readonly sections: readonly Located<string>[];
  /** The whole citation (one "Decision based on ..." sentence, or the free-text phrase). */
  readonly span: Span;
}
