/**
 * Imaging findings at spinal levels (`imaging-finding`) and electrodiagnostic results (`edx-finding`).
 *
 * A study done in the past is still evidence, so historical triggers ("prior MRI") do not apply.
 */
import {
  type Candidate,
  candidates,
  clause,
  type Extractor,
  extractor,
  firstIn,
  levelsNear,
  sideNear,
} from './common';
import { pattern } from './gate';

// Each alternative holds one of these words at a word start (after `\b` or a space).
const HERNIATION = pattern(
  /\b(?:herniated nucleus pulposus|herniated (?:dis[ck]s?|nucleus)|dis[ck] (?:herniations?|protrusions?|extrusions?|bulges?)|herniations?|hnp|protrusions?|extrusions?|bulging dis[ck]s?|dis[ck] bulging)\b/g,
  ['herniat', 'hnp', 'protrusion', 'extrusion', 'bulg'],
);
// "stenosis", else "foraminal narrowing" or "foraminal encroachment" (also after "neuro").
const STENOSIS = pattern(
  /\b(?:(?:neural\s|neuro)?foraminal (?:stenosis|narrowing|encroachment)|neuroforaminal (?:stenosis|narrowing)|(?:central\s)?canal stenosis|spinal stenosis|lateral recess stenosis|stenosis)\b/g,
  ['stenosis', 'narrowing', 'encroachment'],
);
// Every alternative holds one of these words after a space.
const COMPRESSION = pattern(
  /\b(?:(?:nerve root|neural|thecal sac|exiting root|traversing root)\s(?:compression|impingement|abutment|displacement|encroachment|effacement|compromise)|(?:compression|impingement|displacement) (?:of|on|upon) the (?:[a-z0-9]{1,12}\s){0,3}(?:nerve roots?|roots?|thecal sac)|neural impingement|nerve impingement)\b/g,
  ['compression', 'compromise', 'impingement', 'abutment', 'displacement', 'encroachment', 'effacement'],
);

const MODALITY =
  /\b(mri|magnetic resonance|ct myelogra(?:m|phy)|myelogra(?:m|phy)|ct|computed tomography|cat scan|x-rays?|radiographs?)\b/g;

function modalityOf(word: string): string {
  if (word.includes('myelogra')) return 'myelogram';
  if (word === 'mri' || word === 'magnetic resonance') return 'MRI';
  if (word === 'ct' || word === 'computed tomography' || word === 'cat scan') return 'CT';
  return 'x-ray';
}

/** The imaging modality nearest before `at` (within 200 characters), else the first after it, else ''. */
function modalityNear(lower: string, at: number): string {
  // A bounded window keeps many findings in one long sentence linear.
  const from = Math.max(0, at - 200);
  const window = lower.slice(from, Math.min(lower.length, at + 120));
  let before = '';
  let after = '';
  MODALITY.lastIndex = 0;
  for (let m = MODALITY.exec(window); m; m = MODALITY.exec(window)) {
    if (from + m.index < at) before = m[1]!;
    else if (!after) after = m[1]!;
    else break;
  }
  const word = before || after;
  return word ? modalityOf(word) : '';
}

export const imagingFinding: Extractor = extractor([HERNIATION, STENOSIS, COMPRESSION], (s) => {
  const make =
    (finding: string) =>
    (m: RegExpExecArray): Candidate => {
      const start = m.index;
      const end = start + m[0].length;
      return {
        kind: 'imaging-finding',
        start,
        end,
        ignore: ['historical'],
        attributes: {
          finding,
          modality: modalityNear(s.lower, start),
          levels: levelsNear(s.text, start, end, 'segments', 40, 60),
          side: sideNear(s.lower, start, end),
        },
      };
    };
  return [
    ...candidates(s, HERNIATION, make('herniation')),
    ...candidates(s, STENOSIS, make('stenosis')),
    ...candidates(s, COMPRESSION, make('nerve-compression')),
  ];
});

// Every match begins with one of these ("electromyogra" begins electromyography and -grams; the
// spaces are literal in the pattern).
const EDX = pattern(
  /\b(?:emg(?:'?s)?(?:\s?\/\s?(?:ncv|ncs))?|ncv|ncs|electromyogra(?:phy|ms?)|nerve conduction(?: velocity| velocities| studies| study| testing)?|electrodiagnostic (?:studies|study|testing|evaluation|tests?))\b/g,
  ['emg', 'ncv', 'ncs', 'electromyogra', 'nerve conduction', 'electrodiagnostic '],
);
const RESULT =
  /\b(radiculopathy|radiculitis|denervation|neuropathy|carpal tunnel|within normal limits|normal|unremarkable|negative)\b/;

// A result after a turn of the clause belongs to something else ("NCS is not recommended, but EMG ...").
const TURN = /\b(?:but|however|although|whereas|which|if|unless)\b/;

function resultOf(word: string): string {
  if (word === 'radiculopathy' || word === 'radiculitis' || word === 'denervation') return 'radiculopathy';
  if (word === 'neuropathy' || word === 'carpal tunnel') return 'neuropathy';
  return 'normal';
}

export const edxFinding: Extractor = extractor([EDX], (s) => {
  const out: Candidate[] = [];
  let coveredTo = -1;
  for (const c of candidates(s, EDX, (m) => ({
    kind: 'edx-finding',
    start: m.index,
    end: m.index + m[0].length,
    ignore: ['historical'],
    attributes: { result: '', levels: [] as string[] },
  }))) {
    // "EMG/NCV ... nerve conduction studies" in one clause is one study.
    if (c.start < coveredTo) continue;
    const { end: clauseEnd } = clause(s.lower, c.start, c.end, 0, 150);
    const turn = firstIn(TURN, s.lower, c.end, clauseEnd);
    const found = firstIn(RESULT, s.lower, c.end, turn ? turn.index : clauseEnd);
    const modalityStatus = s.context.statusOf(c.start, c.end, ['historical']);
    if (found) {
      const result = resultOf(found.match[1]!);
      c.attributes.result = result;
      c.attributes.levels = levelsNear(s.text, found.index, found.end, 'roots', 30, 30);
      const resultStatus = s.context.statusOf(found.index, found.end, ['historical', 'normal']);
      if (modalityStatus === 'hypothetical' || resultStatus === 'hypothetical') c.status = 'hypothetical';
      else if (modalityStatus !== 'present') c.status = modalityStatus;
      else c.status = result === 'normal' ? 'absent' : resultStatus;
      c.end = found.end;
    }
    coveredTo = c.end + 40;
    out.push(c);
  }
  return out;
});
