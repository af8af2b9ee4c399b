/**
 * Medication facts: how long a drug has been taken (`medication-duration`), pain scores
 * (`pain-score`) and urine drug screens (`drug-screen`). All describe the record as it stands, so
 * historical triggers and "normal"/"negative" (a negative screen is a result) do not apply.
 */
import { parseDate } from '../../parser/dates';
import { NUMBER_WORDS, parseNumber, toWeeks } from '../numbers';
import { type Candidate, candidates, clause, type Extractor, extractor, firstIn } from './common';
import { pattern } from './gate';

/** Drugs and drug classes seen in the letters (lower case). */
const DRUGS =
  'norco|hydrocodone|vicodin|oxycodone|percocet|oxycontin|tramadol|ultram|ultracet|valium|diazepam|soma|carisoprodol|xanax|alprazolam|ativan|lorazepam|klonopin|clonazepam|flexeril|cyclobenzaprine|fexmid|gabapentin|neurontin|lyrica|pregabalin|ibuprofen|naproxen|anaprox|motrin|celebrex|meloxicam|mobic|omeprazole|prilosec|lidoderm|ambien|zolpidem|butrans|buprenorphine|fentanyl|duragesic|morphine|methadone|nucynta|tapentadol|tizanidine|zanaflex|baclofen|robaxin|methocarbamol|cymbalta|duloxetine|amitriptyline|elavil|topamax|topiramate|protonix|pantoprazole|restoril|temazepam|trazodone|opioids?|opiates?|benzodiazepines?|nsaids?|muscle relaxants?|medications?|narcotics?';
const DRUG = new RegExp(`\\b(?:${DRUGS})\\b`, 'g');
/** The same, not global: the first drug in a window. */
const DRUG_AFTER = new RegExp(`\\b(?:${DRUGS})\\b`);
// A capitalised brand after "taking" that is not in the list ("taking Fioricet").
const TAKING = /\b(?:taking|using|prescribed|been on|on)\s(?:the\s)?([A-Z][A-Za-z-]{2,24})\b/g;

const DATE =
  '(\\d{1,2}\\/\\d{4}|\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|[A-Za-z]{3,9}\\.?\\s\\d{1,2},?\\s\\d{4}|[A-Za-z]{3,9}\\.?\\s\\d{4}|\\d{4})';
// Every match begins with "since" (the sentence as written, any case: the key is read lower-cased).
const SINCE = pattern(
  new RegExp(`\\bsince\\s(?:at least\\s|approximately\\s|about\\s)?${DATE}\\b`, 'gi'),
  ['since'],
  { source: 'text' },
);
// Every match ends with its unit after white space.
const FOR = pattern(
  new RegExp(
    `\\bfor\\s(?:(?:at least|over|more than|approximately|about|nearly|almost|the past|the last|an?|several)\\s){0,2}(?:(\\d{1,3}|${NUMBER_WORDS})\\s)?(days?|weeks?|months?|years?)\\b`,
    'g',
  ),
  ['day', 'week', 'month', 'year'],
);
// "long-term efficacy is unproven" speaks of evidence, not of use.
// Every match begins with one of the keys below.
const LONG_TERM = pattern(
  /\b(?:long[-\s]term(?:\suse)?(?!\s(?:efficacy|effectiveness|benefits?|outcomes?|studies|data|safety|results?|evidence|trials?)\b)|chronic(?:ally)?\s(?:use|usage|opioid use|opioid therapy|benzodiazepine use)|chronic use|prolonged use|extended period(?: of time)?)\b/g,
  ['long', 'chronic', 'prolonged', 'extended'],
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "11/2013" → "2013-11"; "January 2014" → "2014-01"; "2012" → "2012"; full dates → ISO day. */
export function sinceToIso(text: string): string {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /^([A-Za-z]{3,9})\.?\s(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    return month >= 0 ? `${m[2]}-${String(month + 1).padStart(2, '0')}` : '';
  }
  if (/^\d{4}$/.test(t)) return t;
  const d = parseDate(t);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : '';
}

/** The drug named nearest before `at` (within 80 characters), else just after it, else null. */
function drugBefore(s: { text: string; lower: string }, at: number): { name: string; start: number } | null {
  const from = Math.max(0, at - 80);
  let best: { name: string; start: number } | null = null;
  // Matched on the bounded window, not the whole sentence, so that many durations stay linear.
  for (const re of [DRUG, TAKING]) {
    const window = (re === DRUG ? s.lower : s.text).slice(from, at);
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = from + (re === TAKING ? m.index + m[0].length - m[1]!.length : m.index);
      if (!best || start > best.start)
        best = { name: s.text.slice(start, start + (m[1] ?? m[0]).length), start };
    }
  }
  if (best) return best;
  // "Since 2013 he has taken Norco": the drug may follow.
  const after = firstIn(DRUG_AFTER, s.lower, at, Math.min(s.lower.length, at + 60));
  return after ? { name: s.text.slice(after.index, after.end), start: after.index } : null;
}

export const medicationDuration: Extractor = extractor([SINCE, FOR, LONG_TERM], (s) => {
  const make = (m: RegExpExecArray, attributes: Candidate['attributes']): Candidate | null => {
    const drug = drugBefore(s, m.index);
    if (!drug) return null;
    return {
      kind: 'medication-duration',
      start: Math.min(drug.start, m.index),
      end: Math.max(m.index + m[0].length, drug.start + drug.name.length),
      ignore: ['historical', 'normal'],
      attributes: { drug: drug.name, ...attributes },
    };
  };
  return [
    ...candidates(s, SINCE, (m) => make(m, { since: sinceToIso(m[1]!) })),
    ...candidates(s, FOR, (m) => {
      const n = m[1] ? parseNumber(m[1]) : /\b(?:several|a few)\s/.test(m[0]) ? 3 : 1;
      const weeks = toWeeks(n, m[2]!);
      return Number.isNaN(weeks) || weeks < 1 ? null : make(m, { weeks });
    }),
    ...candidates(s, LONG_TERM, (m) => make(m, { term: 'long-term' })),
  ];
});

// A score need not begin a word ("7/10"), but always ends in "10".
const SCORE = pattern(/(?<![\d/.])(\d{1,2}(?:\.\d)?)\s?(?:\/|out of)\s?10(?![\d/])/g, [], {
  cue: /10/,
  cueHolds: ['10'], // every match of the cue is "10"
});
const WITH_MEDS =
  /\b(with(?:out)?|on|off)\s(?:the\s|her\s|his\s)?(?:pain\s)?(?:medications?|meds|medicine|opioids?|it|them)\b/g;

export const painScore: Extractor = extractor([SCORE], (s) =>
  candidates(s, SCORE, (m) => {
    const score = Number(m[1]);
    if (score > 10) return null;
    const start = m.index;
    const end = start + m[0].length;
    const c = clause(s.lower, start, end, 40, 40);
    let medication = '';
    let distance = Number.MAX_SAFE_INTEGER;
    const window = s.lower.slice(c.start, c.end);
    WITH_MEDS.lastIndex = 0;
    for (let w = WITH_MEDS.exec(window); w; w = WITH_MEDS.exec(window)) {
      const at = c.start + w.index;
      const d = at < start ? start - (at + w[0].length) : at - end;
      if (d < distance) {
        distance = d;
        medication = w[1] === 'without' || w[1] === 'off' ? 'without' : 'with';
      }
    }
    const vas = firstIn(/\bvas\b/, s.lower, Math.max(0, start - 20), start);
    const fact: Candidate = {
      kind: 'pain-score',
      start,
      end,
      ignore: ['historical', 'normal'],
      attributes: { score, scale: vas ? 'VAS' : 'NRS', medication },
    };
    // "without it, 8/10": the negation says when the score was taken, not that it is absent.
    if (medication === 'without' && s.context.statusOf(start, end, ['historical', 'normal']) === 'absent')
      fact.status = 'present';
    return fact;
  }),
);

// Every match begins with one of these ("urine" begins the urine alternatives, "drug" and
// "toxicology" theirs).
const SCREEN = pattern(
  /\b(?:urine drug (?:screens?|tests?|testing|toxicology)|uds|urine toxicology(?: screens?)?|urine tox(?: screens?)?|drug (?:screens?|tests?|testing)|toxicology (?:screens?|reports?|testing))\b/g,
  ['urine', 'uds', 'drug', 'toxicology'],
);
const SCREEN_RESULT = /\b(inconsistent|not consistent|consistent|aberrant|unexpected)\b/;

export const drugScreen: Extractor = extractor([SCREEN], (s) =>
  candidates(s, SCREEN, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const found = firstIn(SCREEN_RESULT, s.lower, end, clause(s.lower, start, end, 0, 120).end);
    const word = found?.match[1] ?? '';
    const result = word === 'consistent' ? 'consistent' : word ? 'inconsistent' : '';
    const c: Candidate = {
      kind: 'drug-screen',
      start,
      end,
      ignore: ['historical', 'normal'],
      attributes: { result },
    };
    // "was not consistent with" negates the consistency, not the screen.
    if (result && s.context.statusOf(start, end, ['historical', 'normal']) === 'absent') c.status = 'present';
    return c;
  }),
);
