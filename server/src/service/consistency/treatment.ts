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

/** A pattern and what it names. */
export type TermPattern = readonly [RegExp, string];

/** Phrase to service kind; longer phrases first so "nerve conduction" wins over "conduction". */
export const KINDS: readonly TermPattern[] = [
  [/\b(?:mri|mr imaging|magnetic resonance)\b/, 'mri'],
  [/\b(?:ct|cat scan|computed tomography)\b/, 'ct'],
  [/\b(?:x-?rays?|radiographs?|radiography|plain films?)\b/, 'x-ray'],
  [/\bbone scan\b/, 'bone-scan'],
  [/\b(?:emg|electromyograph\w*)\b/, 'emg'],
  [/\b(?:ncv|ncs|nerve conduction)\b/, 'ncv'],
  [/\b(?:eeg|electroencephalogra\w*)\b/, 'eeg'],
  [/\b(?:ssep|somatosensory)\b/, 'ssep'],
  [/\b(?:ekg|ecg|electrocardiogra\w*)\b/, 'ecg'],
  [/\b(?:physical therapy|physiotherapy|pt|hand therapy|therapeutic exercise)\b/, 'physical-therapy'],
  [/\boccupational therapy\b/, 'occupational-therapy'],
  [/\b(?:chiropractic|chiro|chiropractor|manipulation)\b/, 'chiropractic'],
  [/\bacupuncture\b/, 'acupuncture'],
  [/\b(?:massage|myofascial)\b/, 'massage'],
  [/\b(?:tens|e-?stim|electrical (?:muscle )?stimulation|neurostimulation)\b/, 'electrical-stimulation'],
  [/\b(?:injections?|esi|lesi|epidural|nerve root block|blocks?)\b/, 'injection'],
  [/\b(?:arthroscop\w*|surgery|surgical|meniscectomy|fusion|laminectomy|discectomy|repair)\b/, 'surgery'],
  [/\b(?:office visits?|follow[- ]?up|re-?exam|consultation|evaluation)\b/, 'visit'],
  [/\bultrasound\b/, 'ultrasound'],
  [/\b(?:shockwave|eswt)\b/, 'shockwave'],
  [/\b(?:gym|membership)\b/, 'gym'],
  [/\btransportation\b/, 'transportation'],
];

export const REGIONS: readonly TermPattern[] = [
  [/\b(?:cervical|neck)\b/, 'cervical'],
  [/\b(?:thoracic|mid back|upper back)\b/, 'thoracic'],
  [/\b(?:lumbar|lumbosacral|low back|lower back)\b/, 'lumbar'],
  [/\b(?:upper extremit\w*|arms?)\b/, 'upper-extremity'],
  [/\b(?:lower extremit\w*|legs?)\b/, 'lower-extremity'],
  [/\bshoulders?\b/, 'shoulder'],
  [/\belbows?\b/, 'elbow'],
  [/\bwrists?\b/, 'wrist'],
  [/\b(?:hands?|fingers?)\b/, 'hand'],
  [/\b(?:hips?|pelvis)\b/, 'hip'],
  [/\bknees?\b/, 'knee'],
  [/\bankles?\b/, 'ankle'],
  [/\b(?:foot|feet)\b/, 'foot'],
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

/*
 * The number patterns of `treatmentTerms`, run with exec from lastIndex 0 (set before each loop, and
 * every loop runs to the end): one RegExp each for the module instead of a copy per call and per
 * matchAll. None can match the empty string.
 */
const STRENGTH = /\b(\d{1,4}(?:\.\d{1,3})?(?:\/\d{1,4}(?:\.\d{1,3})?)?)\s?(mg|mcg|ml|g|%)(?![a-z])/g;
const QUANTITY = /(?:#\s?|\bqty:?\s?|\bquantity:?\s(?:of\s)?)(\d{1,4})\b/g;
const UNITS = /\b(\d{1,3})\s(?:tablets?|capsules?|pills?|patches)\b/g;
const SESSIONS = /\b(\d{1,3})\s(?:additional\s)?(?:\w+\s){0,3}?(?:sessions?|visits?|treatments?)\b/g;
const TIMES = /\b(?:times|x)\s?(\d{1,3})\b/g;
const PLAIN = /(?<![\d.])(\d{1,4})(?![\d.])/g;

/** Reads the terms of one phrase. Linear: a fixed set of bounded patterns, each run once. */
export function treatmentTerms(phrase: string): TreatmentTerms {
  return termsOf(normalise(phrase));
}

/**
 * `compareTerms` of two phrases' terms. Terms are read from the normalised phrase alone, and a
 * phrase's terms never differ from themselves, so phrases that normalise alike ("Norco 10mg #60",
 * "norco 10mg  #60") have no difference without being read.
 */
export function compareTreatments(conclusion: string, item: string): TermDifference[] {
  const c = normalise(conclusion);
  const i = normalise(item);
  return c === i ? [] : compareTerms(termsOf(c), termsOf(i));
}

/** The terms of a normalised phrase. */
function termsOf(t: string): TreatmentTerms {
  const numbers = new Set<number>();
  const strengths = new Set<string>();
  const quantities = new Set<number>();
  const counts = new Set<number>();
  STRENGTH.lastIndex = 0;
  for (let m = STRENGTH.exec(t); m; m = STRENGTH.exec(t)) strengths.add(`${m[1]}${m[2]}`);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(t); m; m = QUANTITY.exec(t)) quantities.add(Number(m[1]));
  UNITS.lastIndex = 0;
  for (let m = UNITS.exec(t); m; m = UNITS.exec(t)) quantities.add(Number(m[1]));
  SESSIONS.lastIndex = 0;
  for (let m = SESSIONS.exec(t); m; m = SESSIONS.exec(t)) counts.add(Number(m[1]));
  TIMES.lastIndex = 0;
  for (let m = TIMES.exec(t); m; m = TIMES.exec(t)) counts.add(Number(m[1]));
  const plain: number[] = [];
  PLAIN.lastIndex = 0;
  for (let m = PLAIN.exec(t); m; m = PLAIN.exec(t)) plain.push(Number(m[1]));
  for (const n of plain) numbers.add(n);
  for (let i = 0; i < plain.length && i < 12; i++) {
    for (let j = i + 1; j < plain.length && j < 12; j++) numbers.add(plain[i]! * plain[j]!);
  }
  for (const q of quantities) numbers.add(q);
  for (const c of counts) numbers.add(c);
  return {
    drugs: drugsIn(t),
    kinds: matchAll(t, KINDS, ANY_KIND),
    strengths,
    quantities,
    counts,
    numbers,
    vertebrae: vertebraeIn(t),
    sides: sidesIn(t),
    regions: matchAll(t, REGIONS, ANY_REGION),
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

/**
 * One pattern that matches where any pattern of the table matches: at each position it tries every
 * alternative, so it finds a match exactly when one of the patterns has one. Phrases that name no
 * kind (a drug request) or no region then cost one test instead of one per pattern.
 */
export function anyOf(table: readonly TermPattern[]): RegExp {
  return new RegExp(table.map(([re]) => `(?:${re.source})`).join('|'));
}
const ANY_KIND = anyOf(KINDS);
const ANY_REGION = anyOf(REGIONS);

function matchAll(t: string, table: readonly TermPattern[], any: RegExp): Set<string> {
  const out = new Set<string>();
  if (!any.test(t)) return out;
  for (const [re, name] of table) if (re.test(t)) out.add(name);
  return out;
}

const DRUG_KEYS = Object.keys(DRUG_NAMES);

/**
 * Drug names of six letters or more, each filed under itself and under every string one deletion
 * away from it (positions in DRUG_KEYS, ascending). Two words within one edit (Damerau) always
 * share such a string: a substitution at i leaves the same string once i is deleted from both, a
 * swap once the same one of the two letters is deleted from each, and an insertion is undone by one
 * deletion. So a word's candidates are found by a few lookups instead of comparing it with every
 * name; `withinOneEdit` still decides.
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

/**
 * A word of five letters or more within one edit of a name of six or more has, in common with that
 * name, a prefix and a suffix of four letters or more in all: the edit touches at most two
 * neighbouring letters. So it shares the first three letters, or the last three, or the first two
 * and the last two. A word that shares none of these with any name is near none; most words end here.
 */
const LONG_DRUG_KEYS = DRUG_KEYS.filter((k) => k.length >= 6);
const DRUG_STARTS = new Set(LONG_DRUG_KEYS.map((k) => k.slice(0, 3)));
const DRUG_ENDS = new Set(LONG_DRUG_KEYS.map((k) => k.slice(-3)));
const DRUG_ENDS_BOTH = new Set(LONG_DRUG_KEYS.map((k) => k.slice(0, 2) + k.slice(-2)));

function mayBeNearDrug(w: string): boolean {
  return (
    w.length < 5 ||
    DRUG_STARTS.has(w.slice(0, 3)) ||
    DRUG_ENDS.has(w.slice(-3)) ||
    DRUG_ENDS_BOTH.has(w.slice(0, 2) + w.slice(-2))
  );
}

/** The first drug name (in DRUG_KEYS order) of six letters or more within one edit of `w`. */
export function nearDrug(w: string): string | undefined {
  if (!mayBeNearDrug(w)) return undefined;
  let best = -1;
  for (const v of [w, ...deletions(w)]) {
    for (const index of NEAR_DRUGS.get(v) ?? []) {
      if ((best < 0 || index < best) && withinOneEdit(w, DRUG_KEYS[index]!)) best = index;
    }
  }
  return best < 0 ? undefined : DRUG_KEYS[best];
}

/** Own keys only: "constructor" in a phrase is no drug (it used to reach Object's prototype and throw). */
const DRUGS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(DRUG_NAMES));
/** First words of the names of two words ("ms contin"): only after these is a pair of words looked up. */
const FIRST_OF_TWO = new Set(DRUG_KEYS.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

function drugsIn(t: string): Set<string> {
  const out = new Set<string>();
  const words = t.match(/[a-z]{3,}/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = i + 1 < words.length && FIRST_OF_TWO.has(w) ? DRUGS.get(`${w} ${words[i + 1]}`) : undefined;
    const hit = two ?? DRUGS.get(w) ?? (w.length >= 6 ? nearDrug(w) : undefined);
    const ingredients = typeof hit === 'string' ? DRUGS.get(hit) : hit;
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
