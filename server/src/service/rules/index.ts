/**
 * The rule registry: one array, sorted by id. A test checks that every rule has a docs page,
 * fixtures, a unique id and examples that behave as documented.
 */

import { byCodeUnits } from '../order';
import { ancillaryOfDenied } from './ancillary-of-denied';
import { benzodiazepineDuration } from './benzodiazepine-duration';
import { citationEdition } from './citation-edition';
import { citationMissing } from './citation-missing';
import { citationPageMismatch } from './citation-page-mismatch';
import { citationSpelling } from './citation-spelling';
import { citationTopicMismatch } from './citation-topic-mismatch';
import { citationUnknown } from './citation-unknown';
import { conclusionItemMismatch } from './conclusion-item-mismatch';
import { conclusionMissing } from './conclusion-missing';
import { decisionConclusionMismatch } from './decision-conclusion-mismatch';
import { esiConservativeCare } from './esi-conservative-care';
import { esiLevels } from './esi-levels';
import { esiRadiculopathy } from './esi-radiculopathy';
import { esiRepeatResponse } from './esi-repeat-response';
import { evidenceHierarchy } from './evidence-hierarchy';
import { facetRadicular } from './facet-radicular';
import { fieldMissing } from './field-missing';
import { frontMatter } from './front-matter';
import { imagingIndications } from './imaging-indications';
import { itemDuplicate } from './item-duplicate';
import { muscleRelaxantDuration } from './muscle-relaxant-duration';
import { opioidMonitoring } from './opioid-monitoring';
import { parseError } from './parse-error';
import { recordContradiction } from './record-contradiction';
import { sectionMissing } from './section-missing';
import { sleepAidDuration } from './sleep-aid-duration';
import { suppressionInvalid } from './suppression-invalid';
import { suppressionUnused } from './suppression-unused';
import { tensTrial } from './tens-trial';
import { topicalCompound } from './topical-compound';
import type { AnyRule } from './types';
import { visitLimits } from './visit-limits';

export const allRules: readonly AnyRule[] = [
  ancillaryOfDenied,
  benzodiazepineDuration,
  citationEdition,
  citationMissing,
  citationPageMismatch,
  citationSpelling,
  citationTopicMismatch,
  citationUnknown,
  conclusionItemMismatch,
  conclusionMissing,
  decisionConclusionMismatch,
  esiConservativeCare,
  esiLevels,
  esiRadiculopathy,
  esiRepeatResponse,
  evidenceHierarchy,
  facetRadicular,
  fieldMissing,
  frontMatter,
  imagingIndications,
  itemDuplicate,
  muscleRelaxantDuration,
  opioidMonitoring,
  parseError,
  recordContradiction,
  sectionMissing,
  sleepAidDuration,
  suppressionInvalid,
  suppressionUnused,
  tensTrial,
  topicalCompound,
  visitLimits,
].sort((a, b) => byCodeUnits(a.id, b.id));

export const rulesById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((r) => [r.id, r]));
