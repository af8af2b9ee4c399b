/**
 * Patient facts a rationale and a case summary both state in plain words: age, sex, dates and spinal
 * disc levels. Read with bounded patterns, each run once over the text.
 *
 * Why so narrow: the summary is a summary, and rationales quote guidelines full of numbers that are
 * not patient facts ("patients age 55 years or older", "within 6 weeks", "at L4-5 or above"). Sentences
 * that read like guideline text are skipped, and only forms that name the patient are taken.
 */

import type { MappedText } from '../model/mappedText';
import type { Span as TextRange } from '../model/types';
import { parseDate } from '../parser/dates';
import { execAll } from './keywords';
import { sentencesOf } from './sentences';

export type MentionKind = 'age' | 'sex' | 'date' | 'level';

export interface PatientMention {
  readonly kind: MentionKind;
  /** Normalised: "52", "male", "2016-11-10", "L4-L5". */
  readonly value: string;
  /** The words as written (indexes into the text that was read). */
  readonly range: TextRange;
}

/** Words that mark a sentence as guideline text rather than a statement about this patient. */
const GUIDELINE_SENTENCE =
  /["\u201c\u201d]|\b(?:guidelines?|recommend\w*|ODG|MTUS|ACOEM|criteria|should|studies|evidence|indicated for|updated|patients)\b/i;

const AGE = /\b(\d{1,3})[- ]years?[- ]old\b|\baged?\s(\d{1,3})\b(?!\s*(?:years?\s*)?(?:or|and|to)\s|\s*\+)/gi;
const SEX =
  /\b\d{1,3}[- ]years?[- ]old\s(male|female|man|woman|gentleman|lady)\b|\b(?:a|the|this)\s(male|female)\s(?:patient|worker|claimant|employee|individual)\b/gi;
const DATE =
  /\b\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},?\s\d{4}\b/g;
const LEVEL = /\b([CTL])(\d{1,2})\s?-\s?([CTLS])?(\d{1,2})\b/g;

/**
 * What each pattern needs, as cheap tests of the sentence run before it: every AGE, DATE and LEVEL
 * match holds a digit, AGE also "old" or "age"; a SEX match holds "old" (with a digit) or "male"
 * ("female" holds it too). A sentence holding none of that is skipped unread. A test stops at the
 * first word found, without a match object per digit of the text's dates and page numbers.
 */
const DIGIT = /\d/;
// The same words as /old|age/i and /old|male/i: without `u`, `i` folds only ASCII letters (no other
// character has one of these letters as its upper case), and the engine skips faster to a class.
const AGE_WORD = /[oO][lL][dD]|[aA][gG][eE]/;
const SEX_WORD = /[oO][lL][dD]|[mM][aA][lL][eE]/;

const ALL_KINDS: ReadonlySet<MentionKind> = new Set(['age', 'sex', 'date', 'level']);

/**
 * Mentions in `text`; `guidelineSentences` false leaves out sentences that read like guideline text.
 * Only mentions of `kinds` are read (each kind has its own pattern, so leaving one out changes no other).
 */
export function patientMentions(
  read: MappedText | string,
  guidelineSentences = false,
  kinds: ReadonlySet<MentionKind> = ALL_KINDS,
): PatientMention[] {
  const wantAge = kinds.has('age');
  const wantSex = kinds.has('sex');
  const wantDate = kinds.has('date');
  const wantLevel = kinds.has('level');
  const text = typeof read === 'string' ? read : read.text;
  const out: PatientMention[] = [];
  for (const sentence of sentencesOf(read)) {
    const s = text.slice(sentence.start, sentence.end);
    const digit = (wantAge || wantDate || wantLevel) && DIGIT.test(s);
    const sex = wantSex && SEX_WORD.test(s);
    if (!digit && !sex) continue;
    if (!guidelineSentences && GUIDELINE_SENTENCE.test(s)) continue;
    const from = sentence.start;
    if (digit && wantAge && AGE_WORD.test(s)) {
      for (const m of execAll(AGE, s)) {
        const age = Number(m[1] ?? m[2]);
        if (age >= 14 && age <= 100)
          out.push({ kind: 'age', value: String(age), range: rangeAt(from, m.index, m[0].length) });
      }
    }
    if (sex) {
      for (const m of execAll(SEX, s)) {
        const word = (m[1] ?? m[2])!.toLowerCase();
        const value = word === 'male' || word === 'man' || word === 'gentleman' ? 'male' : 'female';
        out.push({ kind: 'sex', value, range: rangeAt(from, m.index, m[0].length) });
      }
    }
    if (!digit) continue;
    if (wantDate) {
      for (const m of execAll(DATE, s)) {
        const d = parseDate(m[0]);
        if (d) out.push({ kind: 'date', value: isoDate(d), range: rangeAt(from, m.index, m[0].length) });
      }
    }
    if (wantLevel)
      for (const m of execAll(LEVEL, s)) {
        const upper = `${m[3] ?? m[1]}${m[4]}`;
        out.push({
          kind: 'level',
          value: `${m[1]}${m[2]}-${upper}`,
          range: rangeAt(from, m.index, m[0].length),
        });
      }
  }
  return out;
}

function rangeAt(from: number, index: number, length: number): TextRange {
  return { start: from + index, end: from + index + length };
}

export function isoDate(d: { year: number; month: number; day: number }): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const SPINE = [
  ...Array.from({ length: 8 }, (_, i) => `C${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  'S1',
];

/** The vertebrae a level or range spans ("L4-S1" gives L4, L5, S1); empty when not a real level. */
export function vertebraeOf(level: string): string[] {
  const [from, to] = level.split('-');
  const a = SPINE.indexOf(from ?? '');
  const z = SPINE.indexOf(to ?? '');
  if (a < 0 || z < a || z - a > 6) return [];
  return SPINE.slice(a, z + 1);
}
