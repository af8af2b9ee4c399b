/**
 * Section titles: the upper-case, centred headings of 2014+ letters ("CLINICAL CASE SUMMARY") and
 * the mixed-case titles of 2013 letters ("Case Summary:"). A title is a whole line.
 */
import type { Section, SectionKind } from '../../model/types';
import { withLazyBody } from '../lazyBody';
import { joinLines } from './join';
import { type LetterLines, type Line, splitLines } from './lines';

export interface Heading {
  readonly kind: SectionKind;
  readonly line: number;
}

/** Known titles, upper-cased with single spaces and no trailing colon. */
const KNOWN: ReadonlyMap<string, SectionKind> = new Map<string, SectionKind>([
  ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'how-made'],
  ['CLINICAL CASE SUMMARY', 'summary'],
  ['IMR ISSUES, DECISIONS AND RATIONALES', 'issues'],
  ['IMR ISSUES, DECISIONS, AND RATIONALES', 'issues'],
  // 2013 layout.
  ['NOTICE OF INDEPENDENT MEDICAL REVIEW DETERMINATION', 'notice'],
  ['INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE', 'other'],
  ['MEDICAL QUALIFICATIONS OF THE EXPERT REVIEWER', 'how-made'],
  ['CASE SUMMARY', 'summary'],
  ['EXPERT REVIEWER CASE SUMMARY', 'summary'],
  ['DOCUMENTS REVIEWED FOR DETERMINATION', 'issues'],
]);

/** Titles are short; a longer line is prose. */
const MAX_TITLE = 80;
/** Leading spaces that make an unknown upper-case line a centred title. */
const CENTRED = 8;

function normalise(text: string): string {
  let t = text.toUpperCase().replace(/\s+/g, ' ');
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  return t;
}

function isUpperTitle(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 8 && text.includes(' ');
}

/**
 * First words of the known titles. Upper-casing works letter by letter and never makes or removes
 * white space, so a line's normalised form starts with its first word upper-cased; every known title
 * has two words or more, so a line whose first word is none of these is no known title.
 */
const FIRST_WORDS: ReadonlySet<string> = new Set([...KNOWN.keys()].map((t) => t.split(' ')[0]!));

export function mayBeKnown(text: string): boolean {
  const space = text.search(/\s/);
  return space > 0 && FIRST_WORDS.has(text.slice(0, space).toUpperCase());
}

/** The kind of a known title (any case and spacing, with or without a colon). */
export function knownTitle(text: string): SectionKind | undefined {
  return KNOWN.get(normalise(text));
}

/** The kind of section `line` opens, or null when it is not a title. */
export function titleKind(line: Line): SectionKind | null {
  const text = line.text;
  // The shortest known title, "CASE SUMMARY", has 12 characters.
  if (text.length < 12 || text.length > MAX_TITLE) return null;
  const known = mayBeKnown(text) ? knownTitle(text) : undefined;
  if (known) return known;
  return line.indent >= CENTRED && isUpperTitle(text) ? 'other' : null;
}

export function findHeadings(doc: LetterLines): Heading[] {
  const out: Heading[] = [];
  for (const line of doc.lines) {
    const kind = titleKind(line);
    if (kind) out.push({ kind, line: line.index });
  }
  return out;
}

/** The last line with text before `limit`, from `from`; its end closes a span. */
function lastTextEnd(lines: readonly Line[], from: number, limit: number): number {
  for (let i = limit - 1; i >= from; i--)
    if (lines[i]!.textEnd > lines[i]!.textStart) return lines[i]!.textEnd;
  return lines[from]?.textEnd ?? 0;
}

/**
 * Sections with their bodies joined on first use (see withLazyBody). The lines are not kept for it:
 * the first body asked for splits the source again (the same pure function of the same text), once
 * for all the document's sections, so reading every body stays linear.
 */
export function buildSections(doc: LetterLines, headings: readonly Heading[]): Section[] {
  const linesAgain = relinesOf(doc.source);
  return headings.map((h, i) => {
    const line = doc.lines[h.line]!;
    const next = headings[i + 1]?.line ?? doc.lines.length;
    return withLazyBody(
      {
        kind: h.kind,
        title: line.text,
        headingSpan: { start: line.textStart, end: line.textEnd },
        span: { start: line.textStart, end: lastTextEnd(doc.lines, h.line, next) },
      },
      joinLater(doc.source, linesAgain, { from: h.line + 1, to: next }),
    );
  });
}

// The two closures below are made outside buildSections on purpose: a closure keeps its whole
// enclosing scope alive, and buildSections' scope holds the document's lines.

/** The source's lines, split again on first use and then shared. */
function relinesOf(source: string): () => readonly Line[] {
  let lines: readonly Line[] | undefined;
  return () => {
    lines ??= splitLines(source).lines;
    return lines;
  };
}

function joinLater(source: string, lines: () => readonly Line[], range: { from: number; to: number }) {
  return () => joinLines(source, lines(), range);
}

/** Line range [from, to) of the body of the first section of `kind`, or null. */
export function bodyOf(
  doc: LetterLines,
  headings: readonly Heading[],
  kind: SectionKind,
): { from: number; to: number } | null {
  const i = headings.findIndex((h) => h.kind === kind);
  if (i < 0) return null;
  return { from: headings[i]!.line + 1, to: headings[i + 1]?.line ?? doc.lines.length };
}
