/**
 * What a treatment phrase names, normalised so that two phrases can be compared tolerant to
 * formatting: "Diazepam 10mg, QTY: 60" and "diazepam 10 mg #60" give the same drug, strength and
 * quantity; "Valium" is diazepam; "lo9w back" is the low back; "L5 - S1" is L5-S1.
 *
 * Each kind of value is compared on its own and only when both sides name one, so a conclusion that
 * leaves something out ("the request for diazepam") never differs from the item.
 */
import { drugsIn } from './drugMatch';
import { collapseSpaces } from './keywords';

export { nearDrug, withinOneEdit } from './drugMatch';

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
  return new PhraseTerms(normalise(phrase));
}

/**
 * `compareTerms` of two phrases' terms. Terms are read from the normalised phrase alone, and a
 * phrase's terms never differ from themselves, so phrases that normalise alike ("Norco 10mg #60",
 * "norco 10mg  #60") have no difference without being read.
 */
export function compareTreatments(conclusion: string, item: string): TermDifference[] {
  if (conclusion === item) return [];
  const c = normalise(conclusion);
  const i = normalise(item);
  return c === i ? [] : compareTerms(new PhraseTerms(c), new PhraseTerms(i));
}

/**
 * The terms of a normalised phrase, each read when first asked: `compareTerms` asks for a term of
 * the item only when the conclusion names one, so most of an item's terms are never read. Each term
 * is read by its own patterns from the phrase alone, so reading it later gives what reading it at
 * once gave (`numbers` adds quantities and counts after the plain numbers, as before).
 */
class PhraseTerms implements TreatmentTerms {
  private drugSet?: Set<string>;
  private kindSet?: Set<string>;
  private strengthSet?: Set<string>;
  private quantitySet?: Set<number>;
  private countSet?: Set<number>;
  private numberSet?: Set<number>;
  private vertebraSet?: Set<string>;
  private sideSet?: Set<'left' | 'right' | 'bilateral'>;
  private regionSet?: Set<string>;

  constructor(private readonly t: string) {}

  get drugs(): ReadonlySet<string> {
    this.drugSet ??= drugsIn(this.t);
    return this.drugSet;
  }
  get kinds(): ReadonlySet<string> {
    this.kindSet ??= matchAll(this.t, KINDS, ANY_KIND);
    return this.kindSet;
  }
  get strengths(): ReadonlySet<string> {
    this.strengthSet ??= collect(this.t, [STRENGTH], (m) => `${m[1]}${m[2]}`);
    return this.strengthSet;
  }
  get quantities(): ReadonlySet<number> {
    this.quantitySet ??= collect(this.t, [QUANTITY, UNITS], (m) => Number(m[1]));
    return this.quantitySet;
  }
  get counts(): ReadonlySet<number> {
    this.countSet ??= collect(this.t, [SESSIONS, TIMES], (m) => Number(m[1]));
    return this.countSet;
  }
  get numbers(): ReadonlySet<number> {
    if (this.numberSet) return this.numberSet;
    const numbers = new Set<number>();
    const plain: number[] = [];
    PLAIN.lastIndex = 0;
    for (let m = PLAIN.exec(this.t); m; m = PLAIN.exec(this.t)) plain.push(Number(m[1]));
    for (const n of plain) numbers.add(n);
    for (let i = 0; i < plain.length && i < 12; i++) {
      for (let j = i + 1; j < plain.length && j < 12; j++) numbers.add(plain[i]! * plain[j]!);
    }
    for (const q of this.quantities) numbers.add(q);
    for (const c of this.counts) numbers.add(c);
    this.numberSet = numbers;
    return numbers;
  }
  get vertebrae(): ReadonlySet<string> {
    this.vertebraSet ??= vertebraeIn(this.t);
    return this.vertebraSet;
  }
  get sides(): ReadonlySet<'left' | 'right' | 'bilateral'> {
    this.sideSet ??= sidesIn(this.t);
    return this.sideSet;
  }
  get regions(): ReadonlySet<string> {
    this.regionSet ??= matchAll(this.t, REGIONS, ANY_REGION);
    return this.regionSet;
  }
}

/** What `value` gives for every match of each pattern in turn (each run from lastIndex 0 to its end). */
function collect<T>(t: string, patterns: readonly RegExp[], value: (m: RegExpExecArray) => T): Set<T> {
  const into = new Set<T>();
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) into.add(value(m));
  }
  return into;
}

/** Lower case; "lo9w" to "low"; number words to digits; "2x4" to "2 x 4". */
function normalise(phrase: string): string {
  return collapseSpaces(
    phrase
      .toLowerCase()
      .replace(/([a-z])\d([a-z])/g, '$1$2')
      .replace(/\b(\d{1,2})x(\d{1,2})\b/g, '$1 x $2')
      .replace(NUMBER_WORD, (w) => String(NUMBER_WORDS[w.replace(/[- ]/, '')])),
  );
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
  // Every comparison needs the conclusion's term non-empty, so it is tested first: the item's
  // terms (read lazily by `compareTreatments`) are asked for only when they can matter.
  const out: TermDifference[] = [];
  if (conclusion.drugs.size > 0 && disjoint(conclusion.drugs, item.drugs)) {
    out.push({ what: 'drug', conclusion: show(conclusion.drugs), item: show(item.drugs) });
  } else if (conclusion.kinds.size > 0 || conclusion.drugs.size > 0) {
    const named = [...conclusion.kinds, ...conclusion.drugs];
    const requested = [...item.kinds, ...item.drugs];
    if (disjoint(new Set(named), new Set(requested)))
      out.push({ what: 'treatment', conclusion: show(named), item: show(requested) });
  }
  if (conclusion.strengths.size > 0 && notWithin(conclusion.strengths, item.strengths)) {
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
  if (conclusion.vertebrae.size > 0 && notWithin(conclusion.vertebrae, item.vertebrae)) {
    out.push({ what: 'level', conclusion: show(conclusion.vertebrae), item: show(item.vertebrae) });
  }
  const cs = oneSide(conclusion.sides);
  const is = cs ? oneSide(item.sides) : null;
  if (cs && is && cs !== is) out.push({ what: 'side', conclusion: cs, item: is });
  if (conclusion.regions.size > 0 && disjoint(conclusion.regions, item.regions)) {
    out.push({ what: 'region', conclusion: show(conclusion.regions), item: show(item.regions) });
  }
  return out;
}

function show(s: Iterable<string | number>): string {
  return [...s].join(', ');
}

function disjoint<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
}

function notWithin<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size > 0 && b.size > 0 && [...a].some((x) => !b.has(x));
}

function oneSide(s: ReadonlySet<string>): string | null | undefined {
  return s.size === 1 && !s.has('bilateral') ? [...s][0] : null;
}
