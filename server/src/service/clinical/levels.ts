/**
 * Spinal levels as letters write them ("L4-5", "L4-L5", "L5/S1", "C5-6", "T12-L1", "L3 through L5"),
 * normalised to a root ("L5") or a motion segment ("L4-L5").
 *
 * Why two shapes: a dermatome or a nerve root is one level, a disc or a foramen is a segment between
 * two. A request at L5-S1 concerns the L5 root (exiting) and the S1 root (traversing), so it matches
 * imaging at L5-S1 and a finding at L5 or S1, but not imaging at L4-L5.
 */

/** Vertebrae in order, top to bottom; C8 is a root without a vertebra, kept between C7 and T1. */
const ORDER: readonly string[] = [
  ...range('C', 1, 8),
  ...range('T', 1, 12),
  ...range('L', 1, 5),
  ...range('S', 1, 5),
];
const INDEX = new Map(ORDER.map((name, i) => [name, i]));

function range(region: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${region}${n}`);
  return out;
}

/** A level as it stands in text. */
export interface LevelMention {
  readonly start: number;
  readonly end: number;
  /** The upper (or only) level, e.g. "L4". */
  readonly from: string;
  /** The lower level of a range, e.g. "L5"; absent for one level. */
  readonly to?: string;
}

// Bounded: one or two digits, at most two spaces around the joiner.
const LEVEL = /\b([CTLS])\s?(\d{1,2})(?:\s{0,2}(?:-|–|\/|to|through|thru)\s{0,2}([CTLS])?\s?(\d{1,2}))?\b/g;

/** Every spinal level mentioned in `text`, in order. */
export function findLevels(text: string): LevelMention[] {
  const out: LevelMention[] = [];
  LEVEL.lastIndex = 0;
  for (let m = LEVEL.exec(text); m; m = LEVEL.exec(text)) {
    const from = `${m[1]}${Number(m[2])}`;
    if (!INDEX.has(from)) continue;
    let to: string | undefined;
    if (m[4] !== undefined) {
      to = `${m[3] ?? m[1]}${Number(m[4])}`;
      // "L4-5" and "L5-S1" go down the spine; anything else ("L5-3") is not a range.
      if (!INDEX.has(to) || INDEX.get(to)! <= INDEX.get(from)!) to = undefined;
    }
    const single = m[1]!.length + (m[0][1] === ' ' ? 1 : 0) + m[2]!.length;
    const end = m.index + (to ? m[0].length : single);
    out.push(to ? { start: m.index, end, from, to } : { start: m.index, end, from });
  }
  return out;
}

/** The roots a mention names: "C5-6" dermatomes are C5 and C6; "L3 through L5" is L3, L4, L5. */
export function rootsOf(mention: LevelMention): string[] {
  if (!mention.to) return [mention.from];
  const a = INDEX.get(mention.from)!;
  const z = INDEX.get(mention.to)!;
  if (z - a > 6) return [mention.from, mention.to];
  return ORDER.slice(a, z + 1);
}

/** The segments a mention names: "L4-5" is L4-L5; "L3-L5" is L3-L4 and L4-L5; "L5" stays a root. */
export function segmentsOf(mention: LevelMention): string[] {
  if (!mention.to) return [mention.from];
  const vertebrae = rootsOf(mention).filter((v) => v !== 'C8');
  if (vertebrae.length <= 2) return [`${mention.from}-${mention.to}`];
  const out: string[] = [];
  for (let i = 0; i + 1 < vertebrae.length; i++) out.push(`${vertebrae[i]}-${vertebrae[i + 1]}`);
  return out;
}

/** "L4-5" → "L4-L5", "l5/s1" → "L5-S1", "C6" → "C6"; null when `text` is not one level. */
export function normalizeLevel(text: string): string | null {
  const t = text.trim().toUpperCase();
  const found = findLevels(t);
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== t.length) return null;
  const m = found[0]!;
  return m.to ? `${m.from}-${m.to}` : m.from;
}

/**
 * Whether two normalised levels concern the same place: equal, or a root that bounds the segment
 * ("L5" matches "L5-S1" and "L4-L5"); two different segments never match.
 */
export function levelsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [a1, a2] = a.split('-');
  const [b1, b2] = b.split('-');
  if (a2 && b2) return false;
  if (a2) return b1 === a1 || b1 === a2;
  if (b2) return a1 === b1 || a1 === b2;
  return false;
}

/** Whether any level of `requested` matches any level of `found`. */
export function anyLevelMatches(requested: readonly string[], found: readonly string[]): boolean {
  return requested.some((r) => found.some((f) => levelsMatch(r, f)));
}

/** Unique values in first-seen order. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
