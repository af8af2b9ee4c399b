/**
 * Numbers and durations as letters write them: "12", "twelve", "6 months", "over a year".
 */

const WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  several: 3,
  few: 3,
  couple: 2,
};

/** Alternation of number words for regular expressions (longest first so "twenty-four" wins). */
export const NUMBER_WORDS = Object.keys(WORDS)
  .filter((w) => w.length > 2)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of "12" or "twelve"; NaN when it is neither. */
export function parseNumber(text: string): number {
  const t = text.trim().toLowerCase();
  if (/^\d{1,6}(?:\.\d{1,3})?$/.test(t)) return Number(t);
  return WORDS[t] ?? Number.NaN;
}

const WEEKS_PER: Readonly<Record<string, number>> = {
  day: 1 / 7,
  week: 1,
  month: 52 / 12,
  year: 52,
};

/** Whole weeks in `count` units ("day", "weeks", "months", "years"); NaN for an unknown unit. */
export function toWeeks(count: number, unit: string): number {
  const u = unit.toLowerCase().replace(/s$/, '');
  const per = WEEKS_PER[u];
  return per === undefined ? Number.NaN : Math.round(count * per);
}
