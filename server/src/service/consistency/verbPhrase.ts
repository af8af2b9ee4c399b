/**
 * The closed set of words a conclusion's verb phrase is made of ("is determined to not be", "will be
 * considered", "does not appear to be"): `walkBack` in conclusion.ts walks back over them from
 * "medically necessary" to tell a finite statement from a hypothetical one.
 */
export const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'remains',
  'remain',
  'seems',
  'appears',
  'will',
  'shall',
]);
export const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can']);
/** Finite auxiliaries that carry the tense but are not the copula ("does not appear to be"). */
export const AUXILIARIES = new Set(['does', 'do', 'did', 'has', 'have', 'had']);
export const NEGATIONS = new Set(['not', 'never', 'cannot', 'no', 'non', 'neither', 'nor']);
/** Words that may stand inside the verb phrase between the subject and "medically necessary". */
export const VERB_PHRASE = new Set([
  ...COPULAS,
  ...MODALS,
  ...NEGATIONS,
  ...AUXILIARIES,
  'appear',
  'seem',
  'or',
  'appropriate',
  'be',
  'been',
  'being',
  'cannot',
  'longer',
  'considered',
  'deemed',
  'determined',
  'found',
  'felt',
  'judged',
  'thought',
  'shown',
  'certified',
  'established',
  'indicated',
  'to',
  'as',
  'for',
  'therefore',
  'thus',
  'also',
  'likewise',
  'currently',
  'still',
  'hence',
  'now',
  'then',
  'so',
  'clearly',
  'reasonable',
  'and',
]);
