/**
 * The rule registry: one array, sorted by id. A test checks that every rule has a docs page,
 * fixtures, a unique id and examples that behave as documented.
 */
import { citationEdition } from './citation-edition';
import { citationMissing } from './citation-missing';
import { citationPageMismatch } from './citation-page-mismatch';
import { citationSpelling } from './citation-spelling';
import { citationTopicMismatch } from './citation-topic-mismatch';
import { citationUnknown } from './citation-unknown';
import { conclusionItemMismatch } from './conclusion-item-mismatch';
import { conclusionMissing } from './conclusion-missing';
import { decisionConclusionMismatch } from './decision-conclusion-mismatch';
import { evidenceHierarchy } from './evidence-hierarchy';
import { fieldMissing } from './field-missing';
import { frontMatter } from './front-matter';
import { itemDuplicate } from './item-duplicate';
import { parseError } from './parse-error';
import { recordContradiction } from './record-contradiction';
import { sectionMissing } from './section-missing';
import { suppressionInvalid } from './suppression-invalid';
import { suppressionUnused } from './suppression-unused';
import type { AnyRule } from './types';

export const allRules: readonly AnyRule[] = [
  citationEdition,
  citationMissing,
  citationPageMismatch,
  citationSpelling,
  citationTopicMismatch,
  citationUnknown,
  conclusionItemMismatch,
  conclusionMissing,
  decisionConclusionMismatch,
  evidenceHierarchy,
  fieldMissing,
  frontMatter,
  itemDuplicate,
  parseError,
  recordContradiction,
  sectionMissing,
  suppressionInvalid,
  suppressionUnused,
].sort((a, b) => a.id.localeCompare(b.id));

export const rulesById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((r) => [r.id, r]));
