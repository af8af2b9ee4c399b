/**
 * Quantities in an item's request text, as the UR and IMR letters word them:
 *   drugs       "Norco 10/325mg #120", "Valium 5mg QTY: 60", "Ultram 50mg quantity 30, 1 tab PO BID"
 *   visits      "x 8", "2x4", "two times a week for four weeks" (8), "2-3 times a week for 6 weeks"
 *               (18, at most), "12 sessions", "Acupuncture sessions #6", "times six"
 *   procedures  "L4-5 and L5-S1", "left", "bilateral", "series of 3"
 * Every expression is bounded; the parse never throws and is linear in the text.
 */
import { findLevels, segmentsOf, unique } from './levels';
import { NUMBER_WORDS, parseNumber } from './numbers';

export interface RequestQuantity {
  /** The drug as written before its strength ("Norco", "Tramadol ER"). */
  readonly drug?: string;
  /** The first strength in milligrams (10 for "10/325mg"; 0.1 for "100mcg"). */
  readonly strengthMg?: number;
  /** The strength as written, normalised: "10/325 mg", "5 %". */
  readonly strength?: string;
  /** Tablets, patches or units dispensed ("#60", "QTY: 60", "quantity 60"). */
  readonly count?: number;
  readonly refills?: number;
  /** Directions when given ("1 tab PO BID"). */
  readonly sig?: string;
  /** Visits or sessions requested in all (the upper bound of a range). */
  readonly visits?: number;
  /** The lower bound when the frequency is a range ("2-3 times a week"). */
  readonly visitsMin?: number;
  readonly perWeek?: number;
  readonly weeks?: number;
  /** Spinal levels, normalised ("L4-L5", "L5-S1", "L5"). */
  readonly levels: readonly string[];
  readonly side?: 'left' | 'right' | 'bilateral';
  /** "series of 3" injections. */
  readonly series?: number;
}

const NUM = `\\d{1,3}|${NUMBER_WORDS}`;
const STRENGTH =
  /(\d{1,4}(?:\.\d{1,3})?)(?:\s?\/\s?(\d{1,4}(?:\.\d{1,3})?))?\s?(mg\b|mcg\b|%|ml\b|gm\b|g\b)/i;
const COUNT =
  /(?:#\s?|\bqty\.?:?\s?|\bquantity:?\s(?:of\s)?|\bdispense:?\s)(\d{1,4})\b|\b(\d{1,4})\s(?:tablets|tabs|capsules|caps|patches|pills|lozenges)\b/i;
const REFILLS = new RegExp(`\\b(${NUM})\\srefills?\\b|\\brefills?:?\\s(\\d{1,2})\\b`, 'i');
const SIG =
  /\b(?:take|apply|(?:\d|one|two|half|1\/2)\s(?:tabs?|tablets?|caps?|capsules?|patch(?:es)?|pills?|puffs?)|po|by mouth|q\s?\d{1,2}\s?h(?:rs?|ours?)?|qhs|bid|tid|qid|prn|daily|twice daily|once daily|at bedtime|every \d{1,2} hours)\b/i;
const FREQUENCY = new RegExp(
  `\\b(${NUM}|twice|once|thrice)(?:\\s?(?:-|to)\\s?(${NUM}))?\\s?(?:(?:times|x)\\s?)?(?:a|per|\\/|each)\\s?(?:week|wk)\\b|\\b(${NUM})(?:\\s?(?:-|to)\\s?(${NUM}))?\\s(?:times\\s)?weekly\\b`,
  'i',
);
const WEEKS = new RegExp(`\\b(?:for|times|x)\\s?(${NUM})\\s?(?:weeks|wks|week)\\b`, 'i');
const PRODUCT = /\b(\d{1,2})\s?x\s?(\d{1,2})\b(?!\s?(?:mg|mcg|ml|%))/i;
const TIMES = new RegExp(`(?:\\bx\\s?|\\btimes\\s)(${NUM})\\b(?!\\s?(?:a|per)\\s)`, 'i');
const SESSIONS = new RegExp(`\\b(${NUM})\\s(?:[a-z-]{1,20}\\s){0,2}?(?:sessions|visits|treatments)\\b`, 'i');
const SERIES = new RegExp(`\\bseries of (${NUM})\\b`, 'i');
const SIDE = /\b(bilateral|bilaterally|left|right)\b/i;
const THERAPY =
  /\b(?:therapy|physiotherapy|chiropractic|acupuncture|sessions|visits|treatments|manipulation|massage|training|program|psychotherapy|counseling)\b/i;

function num(text: string | undefined): number {
  return text === undefined
    ? Number.NaN
    : parseNumber(text === 'twice' ? '2' : text === 'once' ? '1' : text === 'thrice' ? '3' : text);
}

/** Quantities in `request` (an item's request line). Absent fields were not found. */
export function parseRequestQuantity(request: string): RequestQuantity {
  const text = request.length > 2000 ? request.slice(0, 2000) : request;
  const out: { -readonly [K in keyof RequestQuantity]: RequestQuantity[K] } = { levels: [] };
  const strength = STRENGTH.exec(text);
  if (strength) {
    const value = Number(strength[1]);
    const unit = strength[3]!.toLowerCase();
    out.strength = `${strength[1]}${strength[2] ? `/${strength[2]}` : ''} ${unit === 'gm' ? 'g' : unit}`;
    if (unit === 'mg') out.strengthMg = value;
    else if (unit === 'mcg') out.strengthMg = value / 1000;
    const drug = drugBefore(text.slice(0, strength.index));
    if (drug) out.drug = drug;
  }
  const count = COUNT.exec(text);
  const therapy = !strength && THERAPY.test(text);
  if (count) {
    out.count = Number(count[1] ?? count[2]);
    if (!strength && !therapy) {
      const drug = drugBefore(text.slice(0, count.index));
      if (drug) out.drug = drug;
    }
  }
  const refills = REFILLS.exec(text);
  if (refills) out.refills = num(refills[1] ?? refills[2]);
  if (strength || (count && !therapy)) {
    const sig = SIG.exec(text);
    if (sig) out.sig = sigFrom(text, sig.index);
  }
  readVisits(text, out, therapy && count ? out.count : undefined);
  const series = SERIES.exec(text);
  if (series) out.series = num(series[1]);
  out.levels = unique(findLevels(text).flatMap(segmentsOf));
  const side = SIDE.exec(text);
  if (side) {
    const s = side[1]!.toLowerCase();
    out.side = s.startsWith('bilateral') ? 'bilateral' : (s as 'left' | 'right');
  }
  return out;
}

function readVisits(
  text: string,
  out: { visits?: number; visitsMin?: number; perWeek?: number; weeks?: number },
  hashCount: number | undefined,
): void {
  const frequency = FREQUENCY.exec(text);
  const weeks = WEEKS.exec(text);
  if (frequency && weeks) {
    const low = num(frequency[1] ?? frequency[3]);
    const high = num(frequency[2] ?? frequency[4]);
    const w = num(weeks[1]);
    const perWeek = Number.isNaN(high) ? low : high;
    if (!Number.isNaN(perWeek) && !Number.isNaN(w)) {
      out.perWeek = perWeek;
      out.weeks = w;
      out.visits = perWeek * w;
      if (!Number.isNaN(high) && !Number.isNaN(low)) out.visitsMin = low * w;
      return;
    }
  }
  const product = PRODUCT.exec(text);
  if (product) {
    out.perWeek = Number(product[1]);
    out.weeks = Number(product[2]);
    out.visits = out.perWeek * out.weeks;
    return;
  }
  const sessions = SESSIONS.exec(text);
  const times = TIMES.exec(text);
  const n = sessions ? num(sessions[1]) : times ? num(times[1]) : Number.NaN;
  if (!Number.isNaN(n)) out.visits = n;
  else if (hashCount !== undefined) out.visits = hashCount;
}

/** The drug name: the last few words before the strength, after "of"/"for" ("Retrospective request for Norco"). */
function drugBefore(prefix: string): string | undefined {
  const cut = Math.max(prefix.toLowerCase().lastIndexOf(' of '), prefix.toLowerCase().lastIndexOf(' for '));
  const tail = (cut >= 0 ? prefix.slice(cut).replace(/^\s(?:of|for)\s/i, '') : prefix).trim();
  const words = tail.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z0-9-]*$/.test(w));
  const name = words.slice(-4).join(' ');
  return name || undefined;
}

/** The directions from `start` to the next "#", "qty", semicolon or the end (at most 80 characters). */
function sigFrom(text: string, start: number): string {
  let end = Math.min(text.length, start + 80);
  const stop = /#|\bqty\b|\bquantity\b|;|\brefills?\b/i.exec(text.slice(start, end));
  if (stop) end = start + stop.index;
  return text
    .slice(start, end)
    .replace(/[\s,.]+$/, '')
    .trim();
}
