/**
 * Treatment tried and its result: conservative care (`conservative-care`), visits completed
 * (`visits-completed`), the response to a prior injection (`injection-response`) and surgery
 * (`surgery`). Care already given is past by nature, so historical triggers do not apply to the first
 * three; for surgery they do ("history of lumbar fusion").
 */
import { NUMBER_WORDS, parseNumber, toWeeks } from '../numbers';
import {
  type Candidate,
  candidates,
  clause,
  type Extractor,
  extractor,
  firstIn,
  levelsNear,
  mayMatch,
  mergeNear,
  test,
} from './common';
import { pattern } from './gate';

const THERAPY_WORDS =
  'physical therapy|physiotherapy|home exercise(?: program)?|nsaids?|non-?steroidal anti-?inflammator(?:y|ies)(?: drugs| medications?)?|anti-?inflammator(?:y|ies)(?: drugs| medications?)?|chiropractic(?: care| treatment| manipulation| therapy)?|chiropractor|acupuncture|activity modification|conservative (?:care|treatment|therapy|management|measures)|aquatic therapy|massage(?: therapy)?|tens(?: unit)?';
// Every match begins with one of these (each alternative of THERAPY_WORDS, after its `\b`, up to
// its first optional part; the spaces are literal in the pattern). Whole phrases, not first words:
// "physical examination", "home health" or "antidepressant" open no gate.
const THERAPY = pattern(new RegExp(`\\b(?:${THERAPY_WORDS})\\b`, 'g'), [
  'physical therapy',
  'physiotherapy',
  'home exercise',
  'nsaid',
  'non-steroidal',
  'nonsteroidal',
  'anti-inflammator',
  'antiinflammator',
  'chiropract',
  'acupuncture',
  'activity modification',
  'conservative ',
  'aquatic therapy',
  'massage',
  'tens',
]);
// Upper-case abbreviations only: "pt" in lower case is often "patient".
const THERAPY_ABBREVIATION = pattern(/\b(?:PT|HEP|NSAIDs?|TENS)\b/g, ['pt', 'hep', 'nsaid', 'tens'], {
  source: 'text',
});
// "medications" follows `\b` or a space in every match.
const MEDICATIONS = pattern(/\b(?:oral |pain )?medications\b/g, ['medications']);
const MEDICATION_CUE = /\b(?:tried|failed|despite|including|conservative)\b/;

export const FAILED =
  /\b(?:failed|failure of|fail|without (?:significant |lasting |much |any )?(?:relief|benefit|improvement)|no (?:significant |lasting |much )?(?:relief|benefit|improvement)|did not (?:help|improve|provide)|not (?:helpful|effective|beneficial)|ineffective|unsuccessful|minimal (?:relief|benefit|improvement)|refractory|exhausted)\b/;
export const HELPED =
  /\b(?:helped|helpful|helps|with (?:some |good |significant |moderate |temporary )?(?:relief|benefit|improvement)|improved|benefit(?:t?ed)? from|effective|beneficial|relief)\b/;
/**
 * Every match of FAILED or HELPED holds a match of this: "fail" (failed, failure of, fail), "did not "
 * and "help" (spaces literal in the patterns), or the last word of each other alternative ("benefi"
 * begins "benefit" and "beneficial", "improve" "improved" and "improvement", "effective" ends
 * "ineffective"). A clause is a slice of its sentence, so in a sentence without a match of it no
 * clause can match either, and both tests are skipped for all its matches: most sentences naming a
 * therapy say nothing of its result. One expression, not a search for each string: it reads the
 * sentence once.
 */
export const RESULT_HOLDS =
  /fail|relief|benefi|improve|did not |help|effective|unsuccessful|refractory|exhausted/;

function therapyName(word: string): string {
  const w = word.toLowerCase();
  if (w === 'pt' || w.startsWith('physio')) return 'physical therapy';
  if (w === 'hep' || w.startsWith('home exercise')) return 'home exercise';
  if (w.includes('nsaid') || w.includes('inflammator')) return 'NSAIDs';
  if (w.startsWith('chiropract')) return 'chiropractic';
  if (w.startsWith('tens')) return 'TENS';
  if (w.startsWith('conservative')) return 'conservative care';
  if (w.includes('medications')) return 'medications';
  if (w.startsWith('massage')) return 'massage';
  return w;
}

export const conservativeCare: Extractor = extractor([THERAPY, THERAPY_ABBREVIATION, MEDICATIONS], (s) => {
  // Whether the sentence may say the care failed or helped (see RESULT_HOLDS), once for its matches.
  let mayResult: boolean | undefined;
  const make = (m: RegExpExecArray): Candidate => {
    const start = m.index;
    const end = start + m[0].length;
    let result = '';
    mayResult ??= RESULT_HOLDS.test(s.lower);
    if (mayResult) {
      const c = clause(s.lower, start, end, 80, 80);
      const around = s.lower.slice(c.start, c.end);
      result = FAILED.test(around) ? 'failed' : HELPED.test(around) ? 'helped' : '';
    }
    const status = s.context.statusOf(start, end, ['historical', 'normal']);
    const candidate: Candidate = {
      kind: 'conservative-care',
      start,
      end,
      ignore: ['historical', 'normal'],
      attributes: { therapy: therapyName(m[0]), result, test: therapyName(m[0]) },
    };
    // "no relief with physical therapy": the care was tried; the negation belongs to the relief.
    if (status === 'absent' && result === 'failed') candidate.status = 'present';
    return candidate;
  };
  const list = [
    ...candidates(s, THERAPY, make),
    ...candidates(s, THERAPY_ABBREVIATION, make),
    ...(mayMatch(s, MEDICATIONS) && MEDICATION_CUE.test(s.lower) ? candidates(s, MEDICATIONS, make) : []),
  ];
  const merged = mergeNear(list, s.lower, 0);
  for (const c of merged) delete c.attributes.test;
  return merged;
});

// Every match holds "sessions", "visits" or "treatments" after white space.
const VISITS = pattern(
  new RegExp(
    `\\b(\\d{1,3}|${NUMBER_WORDS})\\s(?:(?:prior|previous|completed|authorized|approved|postoperative|post-operative)\\s)?(?:(physical therapy|pt|chiropractic|chiropractor|acupuncture|aquatic therapy|occupational therapy|therapy|psychotherapy|cbt)\\s)?(sessions|visits|treatments)(?:\\sof\\s(physical therapy|pt|chiropractic(?: care| treatment| therapy)?|acupuncture|aquatic therapy|occupational therapy|therapy|psychotherapy|cbt))?\\b`,
    'g',
  ),
  ['sessions', 'visits', 'treatments'],
);
const DONE_BEFORE =
  /\b(?:completed|attended|had|undergone|underwent|received|participated in|finished|tried|prior|previous|previously)\b/;
const DONE_AFTER =
  /^[^;.]{0,60}?\b(?:to date|so far|already|completed|previously|in the past|were completed|was completed|without)\b/;

export const visitsCompleted: Extractor = extractor([VISITS], (s) =>
  candidates(s, VISITS, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = s.lower.slice(Math.max(0, start - 50), start);
    const inside = /\b(?:prior|previous|completed|postoperative|post-operative)\b/.test(m[0]);
    if (!inside && !DONE_BEFORE.test(before) && !DONE_AFTER.test(s.lower.slice(end, end + 80))) return null;
    const count = parseNumber(m[1]!);
    if (Number.isNaN(count)) return null;
    const therapy = m[2] ?? m[4] ?? '';
    return {
      kind: 'visits-completed',
      start,
      end,
      ignore: ['historical', 'normal'],
      attributes: { count, therapy: therapy ? therapyName(therapy) : '', unit: m[3]! },
    };
  }),
);

// Every match begins with one of these ("esi" begins "esis", "block" "blocks").
const INJECTION = pattern(
  /\b(?:epidural (?:steroid )?injections?|esis?|tfesis?|injections?|blocks?|radiofrequency (?:ablation|neurotomy)|rfa|rhizotomy)\b/,
  ['epidural', 'esi', 'tfesi', 'injection', 'block', 'radiofrequency', 'rfa', 'rhizotomy'],
);
// The percent sign or word need not begin a word ("50percent"): a cue (whose matches are the two
// strings it names).
const PERCENT = pattern(/\b(\d{1,3})(?:\s?(?:-|to)\s?\d{1,3})?\s?(?:%|percent)/g, [], {
  cue: /%|percent/,
  cueHolds: ['%', 'percent'],
});
// Every match begins with one of these ("improve" begins "improvement" and "improved").
const RESPONSE = pattern(/\b(?:relief|improvement|benefit|reduction|decrease|better|improved|response)\b/g, [
  'relief',
  'improve',
  'benefit',
  'reduction',
  'decrease',
  'better',
  'response',
]);
const WEEKS = new RegExp(
  `\\b(?:for|lasting|lasted)\\s(?:about |approximately |over |up to |nearly |almost )?(\\d{1,2}|${NUMBER_WORDS})\\s(days?|weeks?|months?)\\b`,
);

export const injectionResponse: Extractor = extractor([INJECTION], (s) => {
  if (!test(s, INJECTION)) return [];
  const percent = candidates(s, PERCENT, (m) => ({
    kind: 'injection-response',
    start: m.index,
    end: m.index + m[0].length,
    ignore: ['historical', 'normal'],
    attributes: { percent: Number(m[1]) },
  }));
  const first =
    percent[0] ??
    candidates(s, RESPONSE, (m) => ({
      kind: 'injection-response',
      start: m.index,
      end: m.index + m[0].length,
      ignore: ['historical', 'normal'],
      attributes: {},
    }))[0];
  if (!first) return [];
  const response = firstIn(
    /\b(?:relief|improvement|benefit|reduction|decrease|better|improved)\b/,
    s.lower,
    first.end,
    first.end + 40,
  );
  if (response) first.end = response.end;
  const weeks = firstIn(WEEKS, s.lower, first.start, Math.min(s.lower.length, first.end + 120));
  if (weeks) {
    const n = parseNumber(weeks.match[1]!);
    const w = toWeeks(n, weeks.match[2]!);
    if (!Number.isNaN(w)) first.attributes.weeks = w;
  }
  return [first];
});

// Every match begins with one of these ("lamin" begins laminectomy and laminotomy, "arthro" the
// arthro- procedures, "surgical" and "operative" their two-word alternatives).
const SURGERY = pattern(
  /\b(?:surgery|surgical (?:intervention|treatment|consultation|consult|repair|decompression|candidate)|fusion|arthrodesis|laminectomy|laminotomy|hemilaminectomy|hemilaminotomy|discectomy|microdiscectomy|diskectomy|foraminotomy|decompression|arthroplasty|acdf|arthroscopy|operative (?:treatment|intervention))\b/g,
  [
    'surgery',
    'surgical',
    'fusion',
    'lamin',
    'hemilamin',
    'discectomy',
    'microdiscectomy',
    'diskectomy',
    'foraminotomy',
    'decompression',
    'arthro',
    'acdf',
    'operative',
  ],
);

const DECISIONS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:declined|refused|does not want|not interested|wishes to avoid)\b/, 'declined'],
  [/\b(?:denied|non-?certified|not certified|not medically necessary|upheld)\b/, 'denied'],
  [/\b(?:scheduled|authorized|approved|planned|certified|decided|will undergo)\b/, 'decided'],
  [/\b(?:recommended|recommends|recommendation|candidate|requested|request)\b/, 'recommended'],
  [/\b(?:underwent|status post|s\/p|history of|had|post-?operative|performed)\b/, 'performed'],
];

export const surgery: Extractor = extractor([SURGERY], (s) => {
  // The sentence's decision, read once and only when it names a surgery.
  let decision: string | undefined;
  const list = candidates(s, SURGERY, (m) => {
    decision ??= DECISIONS.find(([re]) => re.test(s.lower))?.[1] ?? '';
    return {
      kind: 'surgery',
      start: m.index,
      end: m.index + m[0].length,
      attributes: {
        procedure: m[0],
        decision,
        levels: levelsNear(s.text, m.index, m.index + m[0].length, 'segments', 40, 40),
      },
    };
  });
  return mergeNear(list, s.lower, 12);
});
