/**
 * The rule registry: one array, sorted by id. A test checks that every rule has a docs page,
 * fixtures, a unique id and examples that behave as documented.
 */
import { conclusionItemMismatch } from './conclusion-item-mismatch';
import { conclusionMissing } from './conclusion-missing';
import { decisionConclusionMismatch } from './decision-conclusion-mismatch';
import { parseError } from './parse-error';
import { recordContradiction } from './record-contradiction';
import { sectionMissing } from './section-missing';
import type { AnyRule } from './types';

export const allRules: readonly AnyRule[] = [
  conclusionItemMismatch,
  conclusionMissing,
  decisionConclusionMismatch,
  parseError,
  recordContradiction,
  sectionMissing,
].sort((a, b) => a.id.localeCompare(b.id));

export const rulesById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((r) => [r.id, r]));
