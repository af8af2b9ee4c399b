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

/** The kinds of fact the extractors produce. */
export type FactKind =
  /** Dermatomal sensory deficit, reflex change, myotomal weakness, straight-leg raise, Spurling. */
  | 'radicular-exam'
  /** Numbness, tingling, radiating pain: what the patient reports, not what the examiner finds. */
  | 'radicular-symptom'
  /** Radiculopathy named as a diagnosis. */
  | 'radiculopathy'
  | 'imaging-finding'
  | 'edx-finding'
  | 'conservative-care'
  | 'medication-duration'
  | 'functional-improvement'
  | 'pain-score'
  | 'red-flag'
  | 'drug-screen'
  | 'visits-completed'
  | 'injection-response'
  | 'surgery';

export type FactAttributes = Readonly<Record<string, string | number | readonly string[]>>;

export interface ClinicalFact {
  /** What kind of finding (a `FactKind`). */
  readonly kind: FactKind;
  readonly status: AssertionStatus;
  /** The words that name the finding. */
  readonly span: Span;
  /** The sentence it stands in (for related information). */
  readonly sentenceSpan: Span;
  /** Extra values: spinal levels, side, percent, weeks, a date, a drug. */
  readonly attributes: FactAttributes;
}
