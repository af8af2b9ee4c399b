/**
 * How long a drug has been taken, read from `medication-duration` facts ("since 11/2013", "for
 * several months", "long-term use") against the decision date, and how many days a dispensed
 * quantity lasts at the prescribed directions. Every estimate errs short: a rule that flags a
 * duration must not have made it up.
 */
import type { Analysis, ItemAnalysis } from '../analysis';
import type { RequestQuantity } from '../clinical/quantity';
import type { ClinicalFact } from '../clinical/types';
import type { CalendarDate } from '../model/types';
import { compareDates, parseDate } from '../parser/dates';
import { documented } from './evidence';

const GENERIC = new Set(['medication', 'medications']);

/** A duration read from one fact; `weeks` is Infinity for "long-term" without a number. */
export interface DrugDuration {
  readonly fact: ClinicalFact;
  readonly weeks: number;
  readonly drug: string;
  /** How the letter put it: "since" a date, "for" a span, or "long-term". */
  readonly how: 'since' | 'for' | 'long-term';
}

/** Durations documented for any of `drugs` (lower-case names), longest first. */
export function drugDurations(
  analysis: Analysis,
  item: ItemAnalysis,
  drugs: ReadonlySet<string>,
): DrugDuration[] {
  const out: DrugDuration[] = [];
  const inRationale = new Set(item.rationaleFacts);
  for (const fact of documented(analysis, item, 'medication-duration')) {
    const drug = String(fact.attributes.drug ?? '').toLowerCase();
    // In the item's own rationale, "the medication" is the drug requested.
    const itsDrug = inRationale.has(fact) && GENERIC.has(drug);
    if (!drugs.has(drug) && !itsDrug) continue;
    const weeks = weeksOf(fact, judgedOn(analysis));
    if (weeks === null) continue;
    const how = fact.attributes.since !== undefined ? 'since' : fact.attributes.term ? 'long-term' : 'for';
    out.push({ fact, weeks, drug: String(fact.attributes.drug), how });
  }
  return out.sort((a, b) => b.weeks - a.weeks);
}

const SUMMARY_DATE = /\b\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})\b/g;
const judged = new WeakMap<Analysis, CalendarDate | null>();

/**
 * The date durations are measured to: the decision date, else the UR denial date, else the latest
 * date the case summary gives (older letters are published without their dates). The decision
 * follows every date in the summary, so the last of them errs short.
 */
export function judgedOn(analysis: Analysis): CalendarDate | null {
  if (analysis.asOf) return analysis.asOf;
  if (judged.has(analysis)) return judged.get(analysis)!;
  let latest: CalendarDate | null = null;
  const summary = analysis.determination.summary?.text ?? '';
  SUMMARY_DATE.lastIndex = 0;
  for (let m = SUMMARY_DATE.exec(summary); m; m = SUMMARY_DATE.exec(summary)) {
    const d = parseDate(m[0]);
    if (d && (!latest || compareDates(d, latest) > 0)) latest = d;
  }
  judged.set(analysis, latest);
  return latest;
}

function weeksOf(fact: ClinicalFact, asOf: CalendarDate | null): number | null {
  const a = fact.attributes;
  if (typeof a.weeks === 'number') return a.weeks;
  if (a.term === 'long-term') return Number.POSITIVE_INFINITY;
  if (typeof a.since === 'string' && a.since && asOf) return weeksSince(a.since, asOf);
  return null;
}

/**
 * Whole weeks from an ISO date, month or year to `asOf`. A month counts from its last day and a
 * year from 31 December, so "since 2016" judged in June 2016 is no time at all.
 */
export function weeksSince(iso: string, asOf: CalendarDate): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  const from = Date.UTC(year, month - 1, day);
  const to = Date.UTC(asOf.year, asOf.month - 1, asOf.day);
  if (Number.isNaN(from) || to < from) return null;
  return Math.floor((to - from) / (7 * 24 * 3600 * 1000));
}

const FREQUENCIES: readonly (readonly [RegExp, number])[] = [
  [/\bq\.?i\.?d\b|\bfour times (?:a|per) day\b/, 4],
  [/\bt\.?i\.?d\b|\bthree times (?:a|per) day\b/, 3],
  [/\bb\.?i\.?d\b|\btwice (?:a |per )?daily\b|\btwice (?:a|per) day\b|\btwo times (?:a|per) day\b/, 2],
  [
    /\bq\.?h\.?s\b|\bat bedtime\b|\bnightly\b|\bonce (?:a |per )?(?:day|daily)\b|\bdaily\b|\bq\.?d\b|\bevery night\b/,
    1,
  ],
];
const EVERY_HOURS = /\b(?:q|every)\s?(\d{1,2})\s?(?:h|hrs?|hours?)\b/;
const PER_DOSE = /\b(one|two|1|2|half|1\/2)\s(?:tabs?|tablets?|caps?|capsules?|pills?)\b/;

/**
 * Doses a day from the directions ("1 tab PO BID" is 2; "q 6 h" is 4). Null when the directions say
 * no frequency, and for "as needed" directions, whose supply cannot be known.
 */
export function dosesPerDay(sig: string | undefined): number | null {
  if (!sig) return null;
  const s = sig.slice(0, 120).toLowerCase();
  if (/\bprn\b|\bas needed\b/.test(s)) return null;
  let frequency: number | null = null;
  const hours = EVERY_HOURS.exec(s);
  if (hours && Number(hours[1]) > 0) frequency = Math.floor(24 / Number(hours[1]));
  for (const [re, n] of FREQUENCIES) {
    if (frequency !== null) break;
    if (re.test(s)) frequency = n;
  }
  if (frequency === null) return null;
  const dose = PER_DOSE.exec(s)?.[1];
  const perDose = dose === 'two' || dose === '2' ? 2 : dose === 'half' || dose === '1/2' ? 0.5 : 1;
  return frequency * perDose;
}

/** Days a dispensed quantity lasts at its directions (refills included), or null. */
export function supplyDays(q: RequestQuantity): number | null {
  const perDay = dosesPerDay(q.sig);
  if (q.count === undefined || perDay === null || perDay <= 0) return null;
  return Math.floor((q.count * (1 + (q.refills ?? 0))) / perDay);
}

/** "long-term", "for 6 weeks", "since 2015 (74 weeks)": a duration in words for a message. */
export function describeDuration(d: DrugDuration): string {
  if (d.weeks === Number.POSITIVE_INFINITY) return 'long-term use';
  return `about ${d.weeks} weeks of use`;
}
