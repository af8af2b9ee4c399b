/**
 * Everything derived from a Determination that rules and features share: citations, the kind of
 * treatment of each item, clinical facts. Computed once per document version, never by a rule.
 */
import type { Catalog } from './catalog/catalog';
import { classifyTreatment, type Treatment } from './catalog/classify';
import { readCitations } from './citations/read';
import { type PlacedCitations, reusedFieldCitations } from './citations/reused';
import type { Candidate } from './clinical/extract/common';
import { extractFacts } from './clinical/facts';
import type { ClinicalFact } from './clinical/types';
import { type RationaleConclusions, shareConclusions } from './consistency/items';
import { VersionMemo } from './memo';
import type { Citation } from './model/citation';
import { LineIndex } from './model/lineIndex';
import type { CalendarDate, Determination, Item } from './model/types';

export interface ItemAnalysis {
  readonly item: Item;
  /** Citations in the item's guideline lines and rationale, in document order. */
  readonly citations: readonly Citation[];
  /** What kind of treatment the request is, or null when the classifier cannot tell. */
  readonly treatment: Treatment | null;
  /** Facts read from the item's rationale. */
  readonly rationaleFacts: readonly ClinicalFact[];
}

export interface Analysis {
  readonly determination: Determination;
  readonly lines: LineIndex;
  readonly catalog: Catalog;
  readonly items: readonly ItemAnalysis[];
  /** Facts read from the clinical case summary. */
  readonly summaryFacts: readonly ClinicalFact[];
  /** The date editions are judged against: the decision date, else the UR denial date. */
  readonly asOf: CalendarDate | null;
}

/** Results of one version that the next version of the same document may reuse (see VersionMemo). */
export interface AnalysisMemo {
  readonly sentenceFacts: VersionMemo<readonly Candidate[]>;
  readonly treatments: VersionMemo<Treatment | null>;
  /** A field's citations by its kind, text and map relative to its start (citations/reused.ts). */
  readonly citations: VersionMemo<PlacedCitations>;
  /**
   * An item's conclusions by rationale text. Filled by the rules, after analysis, so it is sealed
   * when the version is linted (in the service), not when it is analysed.
   */
  readonly conclusions: VersionMemo<RationaleConclusions>;
  /**
   * Results of pure functions of a string that rules compute lazily (see `reuse`); callers prefix
   * their keys so that two families never share one. Sealed like `conclusions`.
   */
  readonly derived: VersionMemo<unknown>;
  /**
   * Whether the document had a version before this one. Citations, and what rules compute lazily
   * (conclusions, derived), are kept for reuse only then: a document opened and never edited keeps
   * nothing for an edit that may never come (200 open letters: about 3 MB), and its first edit
   * fills the memo the next one reuses.
   */
  readonly edited: boolean;
}

/** The memo each analysis was made with, for what the rules compute lazily after analysis. */
const memos = new WeakMap<Analysis, AnalysisMemo>();

/**
 * `compute()`, or what it gave for `key` in this version or the last of the same document. Only
 * for a pure function of the key (the catalog is fixed per service): the key must hold everything
 * the result depends on, behind a prefix naming the function.
 */
export function reuse<T>(analysis: Analysis, key: string, compute: () => T): T {
  const memo = memos.get(analysis)?.derived;
  return memo ? (memo.get(key, compute) as T) : compute();
}

/** A memo for the version after the one `before` served (or a first one). */
export function nextMemo(before?: AnalysisMemo): AnalysisMemo {
  return {
    sentenceFacts: new VersionMemo(before?.sentenceFacts),
    treatments: new VersionMemo(before?.treatments),
    citations: new VersionMemo(before?.citations),
    conclusions: new VersionMemo(before?.conclusions),
    derived: new VersionMemo(before?.derived),
    edited: before !== undefined,
  };
}

export function analyze(determination: Determination, catalog: Catalog, memo?: AnalysisMemo): Analysis {
  const classify = (request: string) => classifyTreatment(request, catalog);
  const items = determination.items.map((item) => ({
    item,
    citations: memo?.edited
      ? readCitations(item, (field) => reusedFieldCitations(field, memo.citations))
      : readCitations(item),
    treatment: memo
      ? memo.treatments.get(item.request.text, () => classify(item.request.text))
      : classify(item.request.text),
    rationaleFacts: item.rationale ? extractFacts(item.rationale.text, memo?.sentenceFacts) : [],
  }));
  const analysis: Analysis = {
    determination,
    lines: new LineIndex(determination.text),
    catalog,
    items,
    summaryFacts: determination.summary ? extractFacts(determination.summary, memo?.sentenceFacts) : [],
    asOf: determination.header.decisionDate?.value ?? determination.header.urDenialDate?.value ?? null,
  };
  if (memo?.edited) {
    shareConclusions(determination.items, memo.conclusions);
    memos.set(analysis, memo);
  }
  memo?.sentenceFacts.seal();
  memo?.treatments.seal();
  memo?.citations.seal();
  return analysis;
}
