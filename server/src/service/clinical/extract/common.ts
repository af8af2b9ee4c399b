/**
 * What every extractor shares: the sentence it reads, the candidate it returns, and look-ups in the
 * clause around a match (levels, side, modality). Every look-up is bounded to a window of characters
 * so that extraction stays linear in the sentence.
 */
import type { SentenceContext } from '../context';
import { findLevels, rootsOf, segmentsOf, unique } from '../levels';
import type { ScopeCategory } from '../triggers';
import type { AssertionStatus, FactKind } from '../types';
import type { Pattern } from './gate';

/** One sentence as extractors read it. Offsets in candidates are relative to `text`. */
export interface SentenceView {
  readonly text: string;
  readonly lower: string;
  readonly context: SentenceContext;
  /** Which patterns may match (see `openGates`); null runs every pattern (the prefilter is off). */
  readonly gates: readonly number[] | null;
}

export type Attributes = Record<string, string | number | readonly string[]>;

/** A fact before its status is settled. */
export interface Candidate {
  readonly kind: FactKind;
  start: number;
  end: number;
  attributes: Attributes;
  /** Trigger categories that do not apply to this kind (a past EMG is still evidence). */
  readonly ignore?: readonly ScopeCategory[];
  /** The status when the extractor knows better than the triggers ("5/5 strength" is normal). */
  status?: AssertionStatus;
}

export type Extractor = (s: SentenceView) => Candidate[];

/** Every match of global regular expression `re` in `text`. */
export function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The clause around `[start, end)`: up to `before`/`after` characters, not past a semicolon. */
export function clause(lower: string, start: number, end: number, before = 80, after = 100) {
  let a = start;
  while (a > 0 && start - a < before && lower.charCodeAt(a - 1) !== 59) a--;
  let z = end;
  while (z < lower.length && z - end < after && lower.charCodeAt(z) !== 59) z++;
  return { start: a, end: z };
}

/** The first match of `re` (not global) in `lower[from, to)`, with absolute offsets. */
export function firstIn(re: RegExp, lower: string, from: number, to: number) {
  const m = re.exec(lower.slice(from, to));
  return m ? { index: from + m.index, end: from + m.index + m[0].length, match: m } : null;
}

const SIDE = /\b(left|right|bilateral|bilaterally|both)\b/g;

/** The side named nearest to `[start, end)` in its clause, or '' when none. */
export function sideNear(lower: string, start: number, end: number): string {
  const c = clause(lower, start, end, 60, 60);
  let best = '';
  let distance = Number.MAX_SAFE_INTEGER;
  for (const m of matches(SIDE, lower.slice(c.start, c.end))) {
    const at = c.start + m.index;
    const d = at < start ? start - at : Math.max(0, at - end);
    if (d < distance) {
      distance = d;
      best = m[1] === 'bilaterally' || m[1] === 'both' ? 'bilateral' : m[1]!;
    }
  }
  return best;
}

/** Levels in the clause around `[start, end)`: roots (exam, diagnosis) or segments (imaging). */
export function levelsNear(
  text: string,
  start: number,
  end: number,
  shape: 'roots' | 'segments',
  before = 40,
  after = 80,
): string[] {
  const c = clause(text, start, end, before, after);
  const found = findLevels(text.slice(c.start, c.end));
  return unique(found.flatMap((m) => (shape === 'roots' ? rootsOf(m) : segmentsOf(m))));
}

/** Whether `p` may match the sentence: false only when none of its keys is in it (see gate.ts). */
export function mayMatch(s: SentenceView, p: Pattern): boolean {
  return p.mayMatch(s.gates, s.lower);
}

/** Whether `p` (not global) matches the sentence. */
export function test(s: SentenceView, p: Pattern): boolean {
  return mayMatch(s, p) && p.re.test(p.source === 'lower' ? s.lower : s.text);
}

/**
 * An extractor whose candidates all come from matches of `patterns`: on a sentence none of them may
 * match, it returns none without running (or making its closures).
 */
export function extractor(patterns: readonly Pattern[], run: Extractor): Extractor {
  return (s) => {
    for (const p of patterns) if (mayMatch(s, p)) return run(s);
    return [];
  };
}

/** Candidates from every match of `p`, each `make` may refine or drop (null). */
export function candidates(
  s: SentenceView,
  p: Pattern,
  make: (m: RegExpExecArray) => Candidate | null,
): Candidate[] {
  const out: Candidate[] = [];
  if (!mayMatch(s, p)) return out;
  for (const m of matches(p.re, p.source === 'lower' ? s.lower : s.text)) {
    const c = make(m);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Joins candidates of one kind (and one `test`) that stand within `gap` characters of each other in
 * one clause: "4/5" and "strength" are one finding. Attributes of the first win; empty ones are filled.
 */
export function mergeNear(list: Candidate[], lower: string, gap = 30): Candidate[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const c of sorted) {
    let prev: Candidate | undefined;
    for (let i = out.length - 1; i >= 0 && !prev; i--) {
      const p = out[i]!;
      if (p.kind === c.kind && p.attributes.test === c.attributes.test) prev = p;
    }
    const between = prev ? lower.slice(prev.end, c.start) : '';
    if (prev && c.start - prev.end <= gap && !between.includes(';') && !/\b(?:and|but)\b/.test(between)) {
      prev.end = Math.max(prev.end, c.end);
      for (const [k, v] of Object.entries(c.attributes)) {
        const old = prev.attributes[k];
        if (old === undefined || old === '' || (Array.isArray(old) && old.length === 0))
          prev.attributes[k] = v;
      }
    } else out.push(c);
  }
  return out;
}
