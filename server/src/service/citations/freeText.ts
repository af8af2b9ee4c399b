/**
 * Guideline citations inside a rationale's prose: "According to the CA MTUS Chronic Pain Medical
 * Treatment Guidelines, page 46", "ODG Low Back chapter, Facet joint diagnostic blocks", "ACOEM Chapter
 * 12, p. 303". Each mention of MTUS, ACOEM or ODG anchors a citation; what follows it within the
 * phrase (edition year, guideline words, chapter, topic, pages) is read with bounded patterns.
 * The program is MTUS only when the text says MTUS; otherwise null.
 */
import type { Citation } from '../model/citation';
import type { Field, Located } from '../model/types';
import { emptyCitation } from './guidelineLine';
import { located, locatedString, readPages } from './located';
import { matchOdgChapter } from './odgChapters';

export const ANCHOR =
  /\b(?:(?:CA|California)[\s-]{1,3})?(MTUS(?:\s{0,2}\/\s{0,2}ACOEM)?|ACOEM|ODG|Official\s+Disability\s+Guidelines(?:\s{0,2}\(ODG\))?)(?![A-Za-z-])/g;
/** Bounded: a rationale's citation phrase never runs longer than this after its anchor. */
const WINDOW = 160;
const YEAR = /^[\s,]{1,3}((?:19|20)\d\d)\b/;
const WORDS = /^[\s"]{1,3}((?:[A-Z][A-Za-z&]{0,20}\s{1,2}){0,5}[Gg]uidelines?)\b"?/;
const CHAPTER = /^,?\s{1,3}(?:in\s+)?(?:ACOEM\s+)?[Cc]hapter\s+(\d{1,2})\b/;
const ODG_CHAPTER_LEAD = /^,?\s{1,3}(?:the\s+)?/;
const TABLE = /^,?\s{1,3}Table\s+\d{1,2}-\d{1,2}\b/;
const PAGES = /^,?\s{1,3}(?:on\s+)?(?:pages?|pp?\.)\s{0,2}(\d{1,4}(?:\s{0,2}[-\u2013,]\s{0,2}\d{1,4}){0,6})/i;
const TOPIC = /^,\s{1,2}([A-Z][A-Za-z][^.,;:"()]{0,60}?)(?=[.,;:"]|$)/;

export function readFreeText(field: Field): Citation[] {
  const t = field.text.text;
  const out: Citation[] = [];
  let consumed = 0;
  for (const m of anchors(t)) {
    if (m.index < consumed) continue;
    const c = readOne(field, m.index, m.index + m[0].length, m[1]!);
    consumed = c.end;
    out.push(c.citation);
  }
  return out;
}

/** Every ANCHOR match holds one of these words as written ("MTUS", "ACOEM", "ODG", "Official ..."). */
const ANCHOR_WORDS = ['MTUS', 'ACOEM', 'ODG', 'Official'];
/** ... at most this far from the match's start: "California" and three separators. */
const MAX_LEAD = 'California'.length + 3;

/**
 * The matches `execAll(ANCHOR, t)` gives, with the pattern run only from near the next anchor word:
 * a match starting before `word - MAX_LEAD` would hold an earlier anchor word, so none is skipped
 * (a property test compares the two). Each word's next place is kept while the scan moves forward,
 * so each part of the text is searched once per word.
 */
export function anchors(t: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next = ANCHOR_WORDS.map((w) => t.indexOf(w));
  for (let from = 0; ; ) {
    let word = -1;
    for (let k = 0; k < ANCHOR_WORDS.length; k++) {
      if (next[k]! >= 0 && next[k]! < from) next[k] = t.indexOf(ANCHOR_WORDS[k]!, from);
      if (next[k]! >= 0 && (word < 0 || next[k]! < word)) word = next[k]!;
    }
    if (word < 0) return out;
    ANCHOR.lastIndex = Math.max(from, word - MAX_LEAD);
    const m = ANCHOR.exec(t);
    if (m === null) return out;
    out.push(m);
    from = m.index + m[0].length;
  }
}

function readOne(
  field: Field,
  start: number,
  anchorEnd: number,
  anchor: string,
): { citation: Citation; end: number } {
  const t = field.text.text;
  const limit = Math.min(t.length, anchorEnd + WINDOW);
  let at = anchorEnd;
  let edition: Located<number> | null = null;
  let guideline = locatedString(field.text, start + anchorStart(t, start), anchorEnd);
  let chapter: Located<string> | null = null;
  const topics: Located<string>[] = [];
  let pages: Located<number>[] = [];

  const year = YEAR.exec(t.slice(at, limit));
  if (year) {
    const y = at + year[0].length - 4;
    edition = located(field.text, Number(year[1]), y, y + 4);
    at += year[0].length;
  }
  const words = WORDS.exec(t.slice(at, limit));
  if (words) {
    const w = at + words[0].indexOf(words[1]!);
    const named = locatedString(field.text, w, w + words[1]!.length);
    if (/^(?:Practice\s+)?[Gg]uidelines?$/.test(words[1]!)) {
      // A bare "Guidelines" only dresses the anchor: "MTUS Guidelines", "ACOEM Practice Guidelines".
      guideline = locatedString(field.text, start + anchorStart(t, start), w + words[1]!.length);
    } else if (anchor.startsWith('MTUS')) {
      // "MTUS Chronic Pain Guidelines": the words name the guideline.
      guideline = named;
    } else if (named) {
      // "ODG Physical Therapy Guidelines": the source stays ODG; the words name its topic.
      topics.push(named);
    }
    at += words[0].length;
  }
  const ch = CHAPTER.exec(t.slice(at, limit));
  if (ch) {
    const numEnd = at + ch[0].length;
    chapter = located(field.text, ch[1]!, numEnd - ch[1]!.length, numEnd);
    at = numEnd;
  } else if (anchor === 'ODG' || anchor.startsWith('Official') || anchor.startsWith('MTUS')) {
    const lead = ODG_CHAPTER_LEAD.exec(t.slice(at, limit));
    const from = at + (lead ? lead[0].length : 0);
    const chEnd = matchOdgChapter(t, from, limit);
    if (chEnd > from && /\b(?:chapter|Chapter|section|Section)$/.test(t.slice(from, chEnd))) {
      chapter = locatedString(field.text, from, chEnd);
      at = chEnd;
      const topic = TOPIC.exec(t.slice(at, limit));
      if (topic) {
        const a = at + topic[0].indexOf(topic[1]!);
        const tl = locatedString(field.text, a, a + topic[1]!.length);
        if (tl) topics.push(tl);
        at += topic[0].length;
      }
    }
  }
  const table = TABLE.exec(t.slice(at, limit));
  if (table) at += table[0].length;
  const pg = PAGES.exec(t.slice(at, limit));
  if (pg) {
    const a = at + pg[0].length - pg[1]!.length;
    pages = readPages(field.text, a, at + pg[0].length);
    at += pg[0].length;
  }
  const citation: Citation = {
    ...emptyCitation(field, 'guideline', anchor.startsWith('MTUS') ? 'MTUS' : null),
    guideline,
    edition,
    chapter,
    topics,
    pages,
    span: field.text.spanToSource(start, at),
  };
  return { citation, end: at };
}

/** Offset from the match start to the guideline's own name (past "CA " or "California "). */
function anchorStart(t: string, start: number): number {
  const m = /^(?:CA|California)[\s-]{1,3}/.exec(t.slice(start, start + 16));
  return m ? m[0].length : 0;
}
