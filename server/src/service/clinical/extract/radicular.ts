/**
 * Radicular findings: the examiner's signs (`radicular-exam`), the patient's complaints
 * (`radicular-symptom`) and radiculopathy named as a diagnosis (`radiculopathy`).
 *
 * Guidelines ask for radiculopathy "documented by physical examination": a sign, not a complaint and
 * not a diagnosis carried over from an old note, so the three are kept apart.
 */
import {
  type Candidate,
  candidates,
  type Extractor,
  extractor,
  firstIn,
  levelsNear,
  mergeNear,
  sideNear,
} from './common';
import { pattern } from './gate';

const QUALIFIER =
  '(?:(?:decreased|diminished|reduced|altered|abnormal|impaired|absent|normal|intact|hypoactive|trace|depressed|positive|negative)\\s{1,3})?';

// The exam patterns' keys are their main words: a qualifier before one ends in white space, so the
// main word begins a word too.
const SENSORY = pattern(
  new RegExp(
    `\\b${QUALIFIER}(?:sensation|sensory(?:\\s(?:exam(?:ination)?|deficits?|loss|changes?))?|hypo?a?esthesias?|dysesthesias?|light touch|pinprick)\\b`,
    'g',
  ),
  ['sensation', 'sensory', 'hyp', 'dysesthesia', 'light', 'pinprick'],
);
const REFLEX = pattern(
  new RegExp(
    `\\b${QUALIFIER}(?:(achilles|patellar|knee|ankle|biceps|triceps|brachioradialis)\\s{1,2}(?:deep tendon\\s)?(?:reflex(?:es)?|jerks?|dtrs?)|deep tendon reflexes|reflex(?:es)?|dtrs?|areflexia|hyporeflexia|hyperreflexia)\\b`,
    'g',
  ),
  ['reflex', 'jerk', 'dtr', 'areflexia', 'hyporeflexia', 'hyperreflexia'],
);
// A grade ("4/5") holds no word: the cue finds its end.
const MOTOR = pattern(
  new RegExp(
    `\\b${QUALIFIER}(?:(?:motor|muscle)\\s(?:strength|exam(?:ination)?|deficits?|weakness|testing)|strength|weakness|paresis)\\b|\\b([0-5])\\s?([+-])?\\s?\\/\\s?5\\b`,
    'g',
  ),
  ['motor', 'muscle', 'strength', 'weakness', 'paresis'],
  { cue: /\/\s?5/, cueHolds: ['/'] }, // every match of the cue begins with "/"
);
// After an optional qualifier or "seated", each ending in white space, the test's name begins a word.
const SLR = pattern(
  /\b(?:(?:positive|negative)\s{1,3})?(?:seated\s)?(?:straight[\s-]{1,2}leg[\s-]{1,2}rais(?:e|ing)(?:\s(?:test|sign|maneuver))?|slr)\b/g,
  ['straight', 'slr'],
);
const SPURLING = pattern(
  /\b(?:(?:positive|negative)\s{1,3})?spurling(?:'s|’s|s)?(?:\s(?:test|sign|maneuver))?\b/g,
  ['spurling'],
);
// "neurologic" follows "focal" after white space; the other keys begin their alternatives (the
// spaces are literal in the pattern), so "objective evidence" opens no gate.
const GENERAL = pattern(
  /\b(?:radicular (?:findings|signs)|(?:focal\s)?neurologic(?:al)? (?:deficits?|findings)|(neurologic(?:al)? exam(?:ination)?)|objective radicular findings|objective findings (?:of|consistent with) radiculopathy)\b/g,
  ['radicular ', 'neurologic', 'objective radicular findings', 'objective findings '],
);
// A neurological examination is a finding only when its result is given ("was normal", "intact").
const EXAM_RESULT = /^[^;.]{0,40}?\b(?:normal|intact|unremarkable|non-?focal|within normal limits)\b/;
// "the strength of the evidence", "strength training": not muscle strength.
const NOT_MUSCLE = /^\s(?:of|training|and conditioning)\b/;

// "radiat..." after "pain" follows a space.
const SYMPTOM = pattern(
  /\b(?:numbness|tingling|paresthesias?|paraesthesias?|radiating pain|radicular (?:pain|symptoms|complaints)|pain radiat(?:ing|es|ed)|radiation of (?:the )?pain|shooting pain|pins and needles|sciatica)\b/g,
  [
    'numbness',
    'tingling',
    'paresthesia',
    'paraesthesia',
    'radia',
    'radicular',
    'shooting',
    'pins',
    'sciatica',
  ],
);
// "radicul" begins every alternative.
const DIAGNOSIS = pattern(/\b(?:radiculopath(?:y|ies)|radiculitis|radicular syndrome)\b/g, ['radicul']);

/** The root a named reflex tests. */
const REFLEX_ROOT: Readonly<Record<string, string>> = {
  achilles: 'S1',
  ankle: 'S1',
  ankles: 'S1',
  knees: 'L4',
  patellar: 'L4',
  knee: 'L4',
  biceps: 'C5',
  brachioradialis: 'C6',
  triceps: 'C7',
};

/** The root a muscle or movement chiefly tests (myotomes). */
const MUSCLE_ROOT: readonly (readonly [RegExp, string])[] = [
  [/\b(?:ehl|extensor hallucis|great toe ext)/, 'L5'],
  [/\b(?:tibialis anterior|ankle dorsiflex|dorsiflexion)/, 'L4'],
  [/\b(?:plantar ?flex|gastrocnemius|toe walk)/, 'S1'],
  [/\b(?:quadriceps|knee ext)/, 'L4'],
  [/\b(?:hip flex|iliopsoas)/, 'L2'],
  [/\b(?:deltoid|shoulder abduct)/, 'C5'],
  [/\b(?:wrist ext)/, 'C6'],
  [/\b(?:triceps|elbow ext)/, 'C7'],
  [/\b(?:grip|finger flex)/, 'C8'],
  [/\b(?:interossei|finger abduct)/, 'T1'],
];

const NOT_EXAMINED =
  /^\s(?:was|were|is|are|could)\s(?:not\s|unable to\s)?(?:be\s)?(?:unable to be\s)?(?:ascertained|assessed|tested|evaluated|examined|performed|obtained)\b/;
const NAMED_REFLEX = /\b(achilles|patellar|knees?|ankles?|biceps|triceps|brachioradialis)\b/;
const ABSENT_AFTER = /^\s(?:was|were|is|are)\s(?:absent|diminished|decreased|hypoactive|trace|depressed)\b/;
const GRADE = /\b([0-5])\s?([+-])?\s?\/\s?5\b/;
const REFLEX_GRADE = /(?:^|[^\d])([0-4])\s?\+|\b([0-4])\s?\/\s?4\b/;
const ABNORMAL =
  /\b(?:decreased|diminished|reduced|altered|abnormal|impaired|absent|hypoactive|trace|depressed|weak|weakness|asymmetric)\b/;

export const radicularExam: Extractor = extractor([SENSORY, REFLEX, MOTOR, SLR, SPURLING, GENERAL], (s) => {
  const { lower } = s;
  const exam =
    (test: string, extra: (m: RegExpExecArray, c: Candidate) => boolean | undefined) =>
    (m: RegExpExecArray) => {
      const c: Candidate = {
        kind: 'radicular-exam',
        start: m.index,
        end: m.index + m[0].length,
        attributes: {
          test,
          levels: levelsNear(s.text, m.index, m.index + m[0].length, 'roots'),
          side: sideNear(lower, m.index, m.index + m[0].length),
        },
      };
      if (extra(m, c) === false) return null;
      // "Reflexes were unable to be ascertained": an exam not done documents nothing.
      if (NOT_EXAMINED.test(lower.slice(c.end, c.end + 40))) c.status = 'absent';
      return c;
    };
  const list = [
    ...candidates(
      s,
      SENSORY,
      exam('sensory', () => true),
    ),
    ...candidates(
      s,
      REFLEX,
      exam('reflex', (m, c) => {
        const named =
          m[1] ?? firstIn(NAMED_REFLEX, lower, c.end, Math.min(lower.length, c.end + 30))?.match[1];
        const root = named ? REFLEX_ROOT[named] : undefined;
        if (root && (c.attributes.levels as string[]).length === 0) c.attributes.levels = [root];
        const near = firstIn(REFLEX_GRADE, lower, c.start, Math.min(lower.length, c.end + 30));
        const grade = near ? Number(near.match[1] ?? near.match[2]) : Number.NaN;
        if (!Number.isNaN(grade)) c.attributes.grade = grade;
        if (grade === 2 && !ABNORMAL.test(lower.slice(c.start, c.end + 30))) c.status = 'absent';
        // "The Achilles reflex was absent": here "absent" is the finding, not a negation.
        if (ABSENT_AFTER.test(lower.slice(c.end, c.end + 24))) {
          c.status = s.context.statusOf(c.start, c.end, ['negation']);
        }
      }),
    ),
    ...candidates(
      s,
      MOTOR,
      exam('motor', (m, c) => {
        if (m[0].endsWith('strength') && NOT_MUSCLE.test(lower.slice(c.end, c.end + 20))) return false;
        const near = m[1] !== undefined ? m : GRADE.exec(lower.slice(Math.max(0, c.start - 30), c.end + 40));
        if (near) {
          c.attributes.grade = `${near[1]}${near[2] ?? ''}/5`;
          if (near[1] === '5' && !near[2]) c.status = 'absent';
        }
        if ((c.attributes.levels as string[]).length === 0) {
          const around = lower.slice(Math.max(0, c.start - 40), c.end + 40);
          const root = MUSCLE_ROOT.find(([re]) => re.test(around));
          if (root) c.attributes.levels = [root[1]];
        }
        return true;
      }),
    ),
    ...candidates(
      s,
      SLR,
      exam('straight-leg-raise', () => true),
    ),
    ...candidates(
      s,
      SPURLING,
      exam('spurling', () => true),
    ),
    ...candidates(
      s,
      GENERAL,
      exam(
        'general',
        (m) =>
          m[1] === undefined ||
          EXAM_RESULT.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 60)),
      ),
    ),
  ];
  return mergeNear(list, lower);
});

export const radicularSymptom: Extractor = extractor([SYMPTOM], (s) =>
  candidates(s, SYMPTOM, (m) => ({
    kind: 'radicular-symptom',
    start: m.index,
    end: m.index + m[0].length,
    attributes: { symptom: m[0], side: sideNear(s.lower, m.index, m.index + m[0].length) },
  })),
);

const REGION = /\b(cervical|thoracic|lumbosacral|lumbar)\b/;
const DIAGNOSIS_CUE = /\b(?:diagnos[ie]s|diagnosed|assessment|impression)\b/;

export const radiculopathy: Extractor = extractor([DIAGNOSIS], (s) => {
  // Read once, and only when the sentence names radiculopathy.
  let role: string | undefined;
  return candidates(s, DIAGNOSIS, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const region = firstIn(REGION, s.lower, Math.max(0, start - 30), start);
    role ??= DIAGNOSIS_CUE.test(s.lower) ? 'diagnosis' : 'mention';
    return {
      kind: 'radiculopathy',
      start,
      end,
      attributes: {
        levels: levelsNear(s.text, start, end, 'roots', 30, 40),
        side: sideNear(s.lower, start, end),
        region: region ? region.match[1]! : '',
        role,
      },
    };
  });
});
