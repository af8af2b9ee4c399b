/**
 * Dates in the forms letters and reviewers write them: 2016-12-09, 12/09/2016, 12-9-16, 12/9/16,
 * December 9, 2016, Dec. 9, 2016, 9 December 2016. Two-digit years are 19xx above 50, else 20xx.
 */
import type { CalendarDate } from '../model/types';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const LONG = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

/** The date `text` names, or null when it is not a date or not a real calendar day. */
export function parseDate(text: string): CalendarDate | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US.exec(t);
  if (m) return valid(fullYear(m[3]!), Number(m[1]), Number(m[2]));
  m = LONG.exec(t);
  if (m) return monthName(m[1]!, Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(t);
  if (m) return monthName(m[2]!, Number(m[1]), Number(m[3]));
  return null;
}

function monthName(name: string, day: number, year: number): CalendarDate | null {
  const month = MONTHS[name.toLowerCase()];
  return month ? valid(year, month, day) : null;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n > 50 ? 1900 + n : 2000 + n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  // The Gregorian calendar, as Date.UTC counts it, without a Date per call.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  return day <= days ? { year, month, day } : null;
}

/** Negative when a is before b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days from a to b. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}
