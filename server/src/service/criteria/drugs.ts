/** Drug names (generic and brand, lower case) the duration rules match facts and requests against. */
export const BENZODIAZEPINES: ReadonlySet<string> = new Set([
  'benzodiazepine',
  'benzodiazepines',
  'diazepam',
  'valium',
  'alprazolam',
  'xanax',
  'lorazepam',
  'ativan',
  'clonazepam',
  'klonopin',
  'temazepam',
  'restoril',
  'chlordiazepoxide',
  'librium',
]);
export const MUSCLE_RELAXANTS: ReadonlySet<string> = new Set([
  'muscle relaxant',
  'muscle relaxants',
  'cyclobenzaprine',
  'flexeril',
  'fexmid',
  'tizanidine',
  'zanaflex',
  'methocarbamol',
  'robaxin',
  'carisoprodol',
  'soma',
  'metaxalone',
  'skelaxin',
  'orphenadrine',
  'norflex',
  'baclofen',
]);
export const SLEEP_AIDS: ReadonlySet<string> = new Set([
  'zolpidem',
  'ambien',
  'eszopiclone',
  'lunesta',
  'zaleplon',
  'sonata',
]);

/** The first name of `names` that the request says, as a whole word. */
export function drugIn(requestLower: string, names: ReadonlySet<string>): string | null {
  for (const word of requestLower.split(/[^a-z]+/)) if (names.has(word)) return word;
  return null;
}
