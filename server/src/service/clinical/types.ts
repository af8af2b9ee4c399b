/**
 * Clinical facts read from prose, each with its assertion status (ConText: Harkema et al., 2009).
 */
import type { Span } from '../model/types';

export type AssertionStatus =
  /** "decreased sensation in the C6 dermatome" */
  | 'present'
  /** "normal sensation", "no radicular findings", "denies numbness" */
  | 'absent'
  /** "rule out herniated nucleus pulposus", "possible radiculopathy" */
  | 'hypothetical'
  /** "history of lumbar fusion" */
  | 'historical'
  /** "his mother had ..." */
  | 'other-person';

export interface ClinicalFact {
  /** What kind of finding, e.g. `radicular-exam`, `imaging-nerve-compression`, `medication-duration`. */
  readonly kind: string;
  readonly status: AssertionStatus;
  /** The words that name the finding. */
  readonly span: Span;
  /** The sentence it stands in (for related information). */
  readonly sentenceSpan: Span;
  /** Extra values: spinal levels, side, percent, weeks, a date, a drug. */
  readonly attributes: Readonly<Record<string, string | number | readonly string[]>>;
}
