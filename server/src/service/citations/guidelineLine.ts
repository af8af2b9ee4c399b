/**
 * The letters' guideline-line grammar:
 *   Decision based on <MTUS | Non-MTUS Citation> <guideline> [<year>][ <topic>][, Page(s): <pages>][, Section(s): <sections>].
 * plus the stock sentences ("... did not cite any medical evidence ...", "... did not base their
 * decision on the MTUS."). One MTUS sentence may name several guidelines joined by ", and "; each
 * becomes its own citation.
 */
import type { Citation, CitationKind, CitationProgram } from '../model/citation';
import type { Field, Located } from '../model/types';
import {
  execAll,
  findYear,
  located,
  locatedString,
  type Range,
  readPages,
  splitList,
  trimRange,
} from './located';
import { matchOdgChapter } from './odgChapters';

const STOCK =
  /The\s+(?:Claims\s+Administrator|Expert\s+Reviewer)\s+(did\s+not\s+cite\s+any\s+medical\s+evidence\s+for\s+its\s+decision|did\s+not\s+base\s+their\s+decision\s+on\s+the\s+MTUS(?:\s+Guidelines)?|based\s+their\s+decision\s+on\s+recommendation\(s\)\s+outside\s+of\s+the\s+MTUS(?:\s+Guidelines)?)\.?/g;
const DECISION = /Decision\s+based\s+on\s+/g;

interface Sentence {
  readonly start: number;
  readonly bodyStart: number;
  readonly end: number;
  readonly kind: CitationKind;
}

/** Every citation in one guideline line, in order. */
export function readGuidelineLine(field: Field): Citation[] {
  const t = field.text.text;
  const marks: { start: number; bodyStart: number; kind: CitationKind; end?: number }[] = [];
  for (const m of execAll(STOCK, t)) {
    const kind: CitationKind = m[1]!.startsWith('did not cite') ? 'no-evidence' : 'not-mtus';
    marks.push({ start: m.index, bodyStart: m.index, kind, end: m.index + m[0].length });
  }
  for (const m of execAll(DECISION, t))
    marks.push({ start: m.index, bodyStart: m.index + m[0].length, kind: 'guideline' });
  marks.sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = marks.map((m, i) => ({
    start: m.start,
    bodyStart: m.bodyStart,
    end: m.end ?? marks[i + 1]?.start ?? t.length,
    kind: m.kind,
  }));
  const out: Citation[] = [];
  for (const s of sentences) {
    if (s.kind !== 'guideline') out.push(stock(field, s));
    else out.push(...decision(field, s));
  }
  return out;
}

function stock(field: Field, s: Sentence): Citation {
  return {
    ...emptyCitation(field, s.kind, null),
    span: field.text.spanToSource(s.start, trimRange(field.text.text, s.start, s.end).end + 1),
  };
}

export function emptyCitation(field: Field, kind: CitationKind, program: CitationProgram | null): Citation {
  return {
    kind,
    field: field.kind,
    program,
    guideline: null,
    edition: null,
    chapter: null,
    topics: [],
    pages: [],
    sections: [],
    span: field.span,
  };
}

function decision(field: Field, s: Sentence): Citation[] {
  const t = field.text.text;
  const end = trimRange(t, s.bodyStart, s.end).end;
  // The sentence's span ends at its period when there is one.
  const spanEnd = t.charAt(end) === '.' ? end + 1 : end;
  if (t.startsWith('Non-MTUS Citation', s.bodyStart)) {
    const c = nonMtus(field, s.bodyStart + 'Non-MTUS Citation'.length, end);
    return [{ ...c, span: field.text.spanToSource(s.start, spanEnd) }];
  }
  const program: CitationProgram | null = t.startsWith('MTUS', s.bodyStart) ? 'MTUS' : null;
  const from = program ? s.bodyStart + 4 : s.bodyStart;
  const parts = splitGuidelines(t, from, end);
  return parts.map((p, i) => ({
    ...mtusPart(field, program, p.start, p.end),
    span: field.text.spanToSource(i === 0 ? s.start : p.start, i === parts.length - 1 ? spanEnd : p.end),
  }));
}

/**
 * "Low Back Complaints 2004, Section(s): A, B, and Shoulder Complaints 2004" splits at ", and ", but
 * only once the guideline before it has its year: "Forearm, Wrist, and Hand Complaints 2004" is one name.
 */
function splitGuidelines(t: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  let scanned = start;
  let hasYear = false;
  for (let i = t.indexOf(', and ', start); i >= 0 && i < end; i = t.indexOf(', and ', i + 1)) {
    // Each stretch is searched once, so many ", and " stay linear.
    hasYear ||= findYear(t, scanned, i) >= 0;
    scanned = i;
    if (!hasYear) continue;
    out.push({ start: from, end: i });
    from = i + ', and '.length;
    scanned = from;
    hasYear = false;
  }
  out.push({ start: from, end });
  return out;
}

/**
 * Section names may hold commas ("TENS, chronic pain (transcutaneous ...)", "Ultrasound, therapeutic"):
 * a list element that starts in lower case continues the one before. Names the heuristic still splits
 * ("NSAIDs, GI symptoms & cardiovascular risk") are rejoined by the catalog's resolver.
 */
function readSections(field: Field, start: number, end: number): Located<string>[] {
  const t = field.text.text;
  const merged: Range[] = [];
  for (const r of splitList(t, start, end)) {
    const prev = merged[merged.length - 1];
    if (prev && /[a-z]/.test(t.charAt(r.start)))
      merged[merged.length - 1] = { start: prev.start, end: r.end };
    else merged.push(r);
  }
  return merged
    .map((r) => locatedString(field.text, r.start, r.end))
    .filter((x): x is Located<string> => x !== null);
}

/** "Page(s):" with its value, or a bare "Page(s)" ending the sentence (a reviewer still typing the value). */
const LABEL = /\b(?:(Page\(s\)|Pages?|Section\(s\)|Sections?)\s*:|(Page\(s\)|Section\(s\))\s*$)/g;

/** One MTUS guideline: its name, edition, chapter, topic and labelled pages or sections. */
function mtusPart(field: Field, program: CitationProgram | null, start: number, end: number): Citation {
  const t = field.text.text;
  const labels = execAll(LABEL, t.slice(start, end)).map((m) => ({
    name: (m[1] ?? m[2])!,
    at: start + m.index,
    after: start + m.index + m[0].length,
  }));
  const pages: Located<number>[] = [];
  const sections: Located<string>[] = [];
  labels.forEach((l, i) => {
    const z = labels[i + 1]?.at ?? end;
    if (l.name.startsWith('Page')) pages.push(...readPages(field.text, l.after, z));
    else sections.push(...readSections(field, l.after, z));
  });
  const head = trimRange(t, start, labels[0]?.at ?? end);
  return {
    ...emptyCitation(field, 'guideline', program),
    ...mtusHead(field, head.start, head.end),
    pages,
    sections,
  };
}

/** "Chronic Pain Medical Treatment 2016", "ACOEM Chapter 12 Low Back Complaints", "Chronic Pain Treatment Guidelines Benzodiazepines". */
export function mtusHead(
  field: Field,
  start: number,
  end: number,
): Pick<Citation, 'guideline' | 'edition' | 'chapter' | 'topics'> {
  const t = field.text.text;
  const chapter = /\bChapter\s+(\d{1,2})\b/.exec(t.slice(start, end));
  const year = findYear(t, start, end);
  const guidelinesWord = /\bGuidelines?\b/.exec(t.slice(start, end));
  const stops = [end];
  if (chapter) stops.push(start + chapter.index);
  if (year >= 0) stops.push(year);
  if (guidelinesWord) stops.push(start + guidelinesWord.index + guidelinesWord[0].length);
  const nameEnd = Math.min(...stops);
  let rest = nameEnd;
  if (year >= 0 && year + 4 > rest) rest = year + 4;
  if (chapter) rest = Math.max(rest, start + chapter.index + chapter[0].length);
  // Whatever stands between the name and the year or chapter ("2nd Edition (") is the edition's dress.
  const topic = locatedString(field.text, rest, end);
  return {
    guideline: locatedString(field.text, start, nameEnd),
    edition: year >= 0 ? located(field.text, Number(t.slice(year, year + 4)), year, year + 4) : null,
    chapter: chapter
      ? located(
          field.text,
          chapter[1]!,
          start + chapter.index + chapter[0].length - chapter[1]!.length,
          start + chapter.index + chapter[0].length,
        )
      : null,
    topics: topic ? [topic] : [],
  };
}

const ODG_NAME = /^(?:Official\s+Disability\s+Guidelines(?:\s*\(ODG\))?|ODG(?:\s+Guidelines)?)/;
const NOISE =
  /^(?:\(?updated\b|Updated\b|Web Version|Work Loss Data Institute|\d+(?:st|nd|rd|th) (?:Annual )?Edition|subheading|[A-Z][a-z]+ \d{1,2}$|(?:19|20)\d\d\)?$)/;

/** A free-form Non-MTUS citation: ODG chapter and topics when it is ODG, else the source as named. */
export function nonMtus(field: Field, start: number, end: number): Citation {
  const t = field.text.text;
  const a = trimRange(t, start, end).start;
  const odg = ODG_NAME.exec(t.slice(a, end));
  if (!odg) return otherSource(field, a, end);
  let from = trimRange(t, a + odg[0].length, end).start;
  let chapter: Located<string> | null = null;
  const topics: Located<string>[] = [];
  // "ODG Forearm, Wrist and Hand, Gym Membership": a chapter right after the name may hold commas.
  const first = matchOdgChapter(t, from, end);
  if (first >= 0) {
    chapter = locatedString(field.text, from, first);
    from = first;
  }
  let edition: Located<number> | null = null;
  for (const c of splitList(t, from, end, ',;:/\u2013')) {
    if (NOISE.test(t.slice(c.start, c.end))) {
      const y = findYear(t, c.start, c.end);
      if (y >= 0) edition ??= located(field.text, Number(t.slice(y, y + 4)), y, y + 4);
      continue;
    }
    const ch = matchOdgChapter(t, c.start, c.end);
    const start = ch >= 0 ? ch : c.start;
    if (ch >= 0) chapter ??= locatedString(field.text, c.start, ch);
    const topic = topicAfterChapter(field, start, c.end);
    if (topic) topics.push(topic);
  }
  return {
    ...emptyCitation(field, 'guideline', 'Non-MTUS'),
    guideline: locatedString(field.text, a, a + odg[0].length),
    edition,
    chapter,
    topics,
  };
}

/** Another source ("Pain Physician 2005", UpToDate, a web address): its first item is its name. */
function otherSource(field: Field, start: number, end: number): Citation {
  const t = field.text.text;
  const base = emptyCitation(field, 'guideline', 'Non-MTUS');
  // Only commas and semicolons separate: web addresses hold colons and slashes.
  const chunks = splitList(t, start, end, ',;');
  const head = chunks[0];
  if (!head) return base;
  const chapterEnd = matchOdgChapter(t, head.start, head.end);
  // Only a chapter name standing alone or before "(topic)" counts: "Pain Physician" is a journal.
  if (chapterEnd >= 0 && /^\s*(?:$|\(|-)/.test(t.slice(chapterEnd, head.end))) {
    // "Low Back (Hyperstimulation analgesia)": an ODG chapter without the guideline's name.
    const topic = topicAfterChapter(field, chapterEnd, head.end);
    return {
      ...base,
      chapter: locatedString(field.text, head.start, chapterEnd),
      topics: topic ? [topic] : [],
    };
  }
  const y = findYear(t, head.start, head.end);
  return {
    ...base,
    guideline: locatedString(field.text, head.start, y > head.start ? y : head.end),
    edition: y >= 0 ? located(field.text, Number(t.slice(y, y + 4)), y, y + 4) : null,
    topics: chunks.slice(1).flatMap((c) => locatedString(field.text, c.start, c.end) ?? []),
  };
}

/** "(Extracorporeal shock wave therapy (ESWT))" or " - Manipulation" after a chapter name. */
function topicAfterChapter(field: Field, start: number, end: number): Located<string> | null {
  const t = field.text.text;
  let a = start;
  let z = end;
  while (a < z && (t.charAt(a) === ' ' || t.charAt(a) === '-')) a++;
  if (t.charAt(a) === '(' && t.charAt(z - 1) === ')') {
    a++;
    z--;
  }
  if (/^\(?updated\b/i.test(t.slice(a, z))) return null;
  return locatedString(field.text, a, z);
}
