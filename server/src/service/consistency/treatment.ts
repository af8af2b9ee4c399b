/**
 * What a treatment phrase names, normalised so that two phrases can be compared tolerant to
 * formatting: "Diazepam 10mg, QTY: 60" and "diazepam 10 mg #60" give the same drug, strength and
 * quantity; "Valium" is diazepam; "lo9w back" is the low back; "L5 - S1" is L5-S1.
 *
 * Each kind of value is compared on its own and only when both sides name one, so a conclusion that
 * leaves something out ("the request for diazepam") never differs from the item.
 */
import { DRUG_NAMES } from './drugs';

export interface TreatmentTerms {
  /** Generic ingredients of every drug named. */
  readonly drugs: ReadonlySet<string>;
  /** What kind of service: `mri`, `x-ray`, `emg`, `physical-therapy`, ... */
  readonly kinds: ReadonlySet<string>;
  /** Strengths as `10mg`, `10/325mg`, `5%`. */
  readonly strengths: ReadonlySet<string>;
  /** Dispensed quantities ("#60", "QTY: 60", "quantity 60", "60 tablets"). */
  readonly quantities: ReadonlySet<number>;
  /** Visit or session counts ("12 sessions", "times 6", "x 8", "twelve visits"). */
  readonly counts: ReadonlySet<number>;
  /** Every number named, and products of two (2 times a week for 6 weeks is 12). */
  readonly numbers: ReadonlySet<number>;
  /** Vertebrae, ranges expanded ("L4-5" gives L4 and L5). */
  readonly vertebrae: ReadonlySet<string>;
  readonly sides: ReadonlySet<'left' | 'right' | 'bilateral'>;
  /** Body regions (`lumbar`, `cervical`, `shoulder`, `upper-extremity`, ...). */
  readonly regions: ReadonlySet<string>;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  twentyfour: 24,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

/**
 * A pattern, what it names, and words every match of the pattern contains (a pattern runs only
 * when the phrase holds one of them: most phrases name one kind and one region of the 35).
 */
export type TermPattern = readonly [RegExp, string, readonly string[]];

/** Phrase to service kind; longer phrases first so "nerve conduction" wins over "conduction". */
export const KINDS: readonly TermPattern[] = [
  [/\b(?:mri|mr imaging|magnetic resonance)\b/, 'mri', ['mr', 'magnetic']],
  [/\b(?:ct|cat scan|computed tomography)\b/, 'ct', ['ct', 'cat', 'computed']],
  [/\b(?:x-?rays?|radiographs?|radiography|plain films?)\b/, 'x-ray', ['ray', 'radiograph', 'film']],
  [/\bbone scan\b/, 'bone-scan', ['bone scan']],
  [/\b(?:emg|electromyograph\w*)\b/, 'emg', ['emg', 'electromyograph']],
  [/\b(?:ncv|ncs|nerve conduction)\b/, 'ncv', ['ncv', 'ncs', 'nerve conduction']],
  [/\b(?:eeg|electroencephalogra\w*)\b/, 'eeg', ['eeg', 'electroencephalogra']],
  [/\b(?:ssep|somatosensory)\b/, 'ssep', ['ssep', 'somatosensory']],
  [/\b(?:ekg|ecg|electrocardiogra\w*)\b/, 'ecg', ['ekg', 'ecg', 'electrocardiogra']],
  [
    /\b(?:physical therapy|physiotherapy|pt|hand therapy|therapeutic exercise)\b/,
    'physical-therapy',
    ['therap', 'pt'],
  ],
  [/\boccupational therapy\b/, 'occupational-therapy', ['occupational therapy']],
  [/\b(?:chiropractic|chiro|chiropractor|manipulation)\b/, 'chiropractic', ['chiro', 'manipulation']],
  [/\bacupuncture\b/, 'acupuncture', ['acupuncture']],
  [/\b(?:massage|myofascial)\b/, 'massage', ['massage', 'myofascial']],
  [
    /\b(?:tens|e-?stim|electrical (?:muscle )?stimulation|neurostimulation)\b/,
    'electrical-stimulation',
    ['tens', 'stim'],
  ],
  [
    /\b(?:injections?|esi|lesi|epidural|nerve root block|blocks?)\b/,
    'injection',
    ['injection', 'esi', 'epidural', 'block'],
  ],
  [
    /\b(?:arthroscop\w*|surgery|surgical|meniscectomy|fusion|laminectomy|discectomy|repair)\b/,
    'surgery',
    ['arthroscop', 'surg', 'ectomy', 'fusion', 'repair'],
  ],
  [
    /\b(?:office visits?|follow[- ]?up|re-?exam|consultation|evaluation)\b/,
    'visit',
    ['visit', 'follow', 'exam', 'consultation', 'evaluation'],
  ],
  [/\bultrasound\b/, 'ultrasound', ['ultrasound']],
  [/\b(?:shockwave|eswt)\b/, 'shockwave', ['shockwave', 'eswt']],
  [/\b(?:gym|membership)\b/, 'gym', ['gym', 'membership']],
  [/\btransportation\b/, 'transportation', ['transportation']],
];

export const REGIONS: readonly TermPattern[] = [
  [/\b(?:cervical|neck)\b/, 'cervical', ['cervical', 'neck']],
  [/\b(?:thoracic|mid back|upper back)\b/, 'thoracic', ['thoracic', 'back']],
  [/\b(?:lumbar|lumbosacral|low back|lower back)\b/, 'lumbar', ['lumb', 'back']],
  [/\b(?:upper extremit\w*|arms?)\b/, 'upper-extremity', ['extremit', 'arm']],
  [/\b(?:lower extremit\w*|legs?)\b/, 'lower-extremity', ['extremit', 'leg']],
  [/\bshoulders?\b/, 'shoulder', ['shoulder']],
  [/\belbows?\b/, 'elbow', ['elbow']],
  [/\bwrists?\b/, 'wrist', ['wrist']],
  [/\b(?:hands?|fingers?)\b/, 'hand', ['hand', 'finger']],
  [/\b(?:hips?|pelvis)\b/, 'hip', ['hip', 'pelvis']],
  [/\bknees?\b/, 'knee', ['knee']],
  [/\bankles?\b/, 'ankle', ['ankle']],
  [/\b(?:foot|feet)\b/, 'foot', ['foot', 'feet']],
];

/**
 * The number words as whole words: the same replacements as looking every word of three to nine
 * letters (and "twenty four") up in NUMBER_WORDS, without a call per word. "twentyfour" as one word
 * has ten letters and was never looked up, so it is left out.
 */
const NUMBER_WORD = new RegExp(
  `\\b(?:twenty[- ]four|${Object.keys(NUMBER_WORDS)
    .filter((w) => w !== 'twentyfour')
    .join('|')})\\b`,
  'g',
);

const SPINE_ORDER = [
  ...Array.from({ length: 8 }, (_, i) => `C${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  'S1',
  'S2',
];

/** Reads the terms of one phrase. Linear: a fixed set of bounded patterns, each run once. */
export function treatmentTerms(phrase: string): TreatmentTerms {
  const t = normalise(phrase);
  const numbers = new Set<number>();
  const strengths = new Set<string>();
  const quantities = new Set<number>();
  const counts = new Set<number>();
  for (const m of t.matchAll(
    /\b(\d{1,4}(?:\.\d{1,3})?(?:\/\d{1,4}(?:\.\d{1,3})?)?)\s?(mg|mcg|ml|g|%)(?![a-z])/g,
  )) {
    strengths.add(`${m[1]}${m[2]}`);
  }
  for (const m of t.matchAll(/(?:#\s?|\bqty:?\s?|\bquantity:?\s(?:of\s)?)(\d{1,4})\b/g))
    quantities.add(Number(m[1]));
  for (const m of t.matchAll(/\b(\d{1,3})\s(?:tablets?|capsules?|pills?|patches)\b/g))
    quantities.add(Number(m[1]));
  for (const m of t.matchAll(
    /\b(\d{1,3})\s(?:additional\s)?(?:\w+\s){0,3}?(?:sessions?|visits?|treatments?)\b/g,
  )) {
    counts.add(Number(m[1]));
  }
  for (const m of t.matchAll(/\b(?:times|x)\s?(\d{1,3})\b/g)) counts.add(Number(m[1]));
  const plain: number[] = [];
  for (const m of t.matchAll(/(?<![\d.])(\d{1,4})(?![\d.])/g)) plain.push(Number(m[1]));
  for (const n of plain) numbers.add(n);
  for (let i = 0; i < plain.length && i < 12; i++) {
    for (let j = i + 1; j < plain.length && j < 12; j++) numbers.add(plain[i]! * plain[j]!);
  }
  for (const q of quantities) numbers.add(q);
  for (const c of counts) numbers.add(c);
  return {
    drugs: drugsIn(t),
    kinds: matchAll(t, KINDS),
    strengths,
    quantities,
    counts,
    numbers,
    vertebrae: vertebraeIn(t),
    sides: sidesIn(t),
    regions: matchAll(t, REGIONS),
  };
}

/** Lower case; "lo9w" to "low"; number words to digits; "2x4" to "2 x 4". */
function normalise(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/([a-z])\d([a-z])/g, '$1$2')
    .replace(/\b(\d{1,2})x(\d{1,2})\b/g, '$1 x $2')
    .replace(NUMBER_WORD, (w) => String(NUMBER_WORDS[w.replace(/[- ]/, '')]))
    .replace(/\s+/g, ' ');
}

function matchAll(t: string, table: readonly TermPattern[]): Set<string> {
  const out = new Set<string>();
  for (const [re, name, words] of table) if (words.some((w) => t.includes(w)) && re.test(t)) out.add(name);
  return out;
}

const DRUG_KEYS = Object.keys(DRUG_NAMES);

/**
 * Drug names of six letters or more, each filed under itself and under every string one deletion
 * away from it (positions in DRUG_KEYS, ascending). Two words within one edit (Damerau) always
 * share such a string: a substitution or a swap at i leaves the same string once i is deleted from
 * both, and an insertion is undone by one deletion. So a word's candidates are found by a few
 * lookups instead of comparing it with every name; `withinOneEdit` still decides.
 */
const NEAR_DRUGS: ReadonlyMap<string, readonly number[]> = (() => {
  const near = new Map<string, number[]>();
  DRUG_KEYS.forEach((k, index) => {
    if (k.length < 6) return;
    for (const v of new Set([k, ...deletions(k)])) {
      const list = near.get(v);
      if (list) list.push(index);
      else near.set(v, [index]);
    }
  });
  return near;
})();

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The first drug name (in DRUG_KEYS order) of six letters or more within one edit of `w`. */
export function nearDrug(w: string): string | undefined {
  let best = -1;
  for (const v of [w, ...deletions(w)]) {
    for (const index of NEAR_DRUGS.get(v) ?? []) {
      if ((best < 0 || index < best) && withinOneEdit(w, DRUG_KEYS[index]!)) best = index;
    }
  }
  return best < 0 ? undefined : DRUG_KEYS[best];
}

/** Own keys only: "constructor" in a phrase is no drug (it used to reach Object's prototype and throw). */
function drugNamed(name: string): readonly string[] | undefined {
  return Object.hasOwn(DRUG_NAMES, name) ? DRUG_NAMES[name] : undefined;
}

function drugsIn(t: string): Set<string> {
  const out = new Set<string>();
  const words = t.match(/[a-z]{3,}/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    const hit = drugNamed(two) ?? drugNamed(w) ?? (w.length >= 6 ? nearDrug(w) : undefined);
    const ingredients = typeof hit === 'string' ? DRUG_NAMES[hit] : hit;
    for (const g of ingredients ?? []) out.add(g);
  }
  return out;
}

/** Damerau distance at most 1 ("diazempam", "ibuprofin", "tramdaol"). Linear in the word length. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function vertebraeIn(t: string): Set<string> {
  const out = new Set<string>();
  for (const m of t.matchAll(/\b([ctls])(\d{1,2})(?:\s?-\s?([ctls])?(\d{1,2}))?\b/g)) {
    const from = `${m[1]!.toUpperCase()}${m[2]}`;
    const to = m[4] ? `${(m[3] ?? m[1])!.toUpperCase()}${m[4]}` : from;
    const a = SPINE_ORDER.indexOf(from);
    const z = SPINE_ORDER.indexOf(to);
    if (a < 0 || z < 0 || z < a || z - a > 6) continue;
    for (let k = a; k <= z; k++) out.add(SPINE_ORDER[k]!);
  }
  return out;
}

function sidesIn(t: string): Set<'left' | 'right' | 'bilateral'> {
  const out = new Set<'left' | 'right' | 'bilateral'>();
  if (/\bleft\b/.test(t)) out.add('left');
  if (/\bright\b/.test(t)) out.add('right');
  if (/\b(?:bilateral\w*|both)\b/.test(t)) out.add('bilateral');
  return out;
}

/** One way the conclusion's terms differ from the item's. */
export interface TermDifference {
  readonly what: 'treatment' | 'drug' | 'strength' | 'quantity' | 'count' | 'level' | 'side' | 'region';
  readonly conclusion: string;
  readonly item: string;
}

/**
 * How the conclusion's terms differ from the item's. `item` is the union of every phrase the
 * conclusion may name (the request and, for partial certifications, the original and authorized
 * portions).
 */
export function compareTerms(conclusion: TreatmentTerms, item: TreatmentTerms): TermDifference[] {
  const out: TermDifference[] = [];
  const show = (s: Iterable<string | number>) => [...s].join(', ');
  const disjoint = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) =>
    a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
  const notWithin = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) =>
    a.size > 0 && b.size > 0 && [...a].some((x) => !b.has(x));
  if (disjoint(conclusion.drugs, item.drugs)) {
    out.push({ what: 'drug', conclusion: show(conclusion.drugs), item: show(item.drugs) });
  } else if (
    disjoint(new Set([...conclusion.kinds, ...conclusion.drugs]), new Set([...item.kinds, ...item.drugs]))
  ) {
    out.push({
      what: 'treatment',
      conclusion: show([...conclusion.kinds, ...conclusion.drugs]),
      item: show([...item.kinds, ...item.drugs]),
    });
  }
  if (notWithin(conclusion.strengths, item.strengths)) {
    out.push({ what: 'strength', conclusion: show(conclusion.strengths), item: show(item.strengths) });
  }
  if (
    conclusion.quantities.size > 0 &&
    item.numbers.size > 0 &&
    notWithin(conclusion.quantities, item.numbers)
  ) {
    out.push({ what: 'quantity', conclusion: show(conclusion.quantities), item: show(item.quantities) });
  }
  if (conclusion.counts.size > 0 && item.numbers.size > 0 && notWithin(conclusion.counts, item.numbers)) {
    out.push({ what: 'count', conclusion: show(conclusion.counts), item: show(item.counts) });
  }
  if (notWithin(conclusion.vertebrae, item.vertebrae)) {
    out.push({ what: 'level', conclusion: show(conclusion.vertebrae), item: show(item.vertebrae) });
  }
  const oneSide = (s: ReadonlySet<string>) => (s.size === 1 && !s.has('bilateral') ? [...s][0] : null);
  const cs = oneSide(conclusion.sides);
  const is = oneSide(item.sides);
  if (cs && is && cs !== is) out.push({ what: 'side', conclusion: cs, item: is });
  if (disjoint(conclusion.regions, item.regions)) {
    out.push({ what: 'region', conclusion: show(conclusion.regions), item: show(item.regions) });
  }
  return out;
}
