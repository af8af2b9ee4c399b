/**
 * Items of 2014+ letters: in the issues section, an item line ending in its decision (or "...:" and
 * the decision on the next line), then labelled fields. One pass over the lines, with a bounded look
 * back to find where an item line starts (it may follow a field with no blank line across a page
 * break, and a partial certification spans several lines).
 */
import type { Decision, Field, FieldKind, Item, Located, ParseProblem } from '../../model/types';
import { sameIgnoringAsciiCase } from '../asciiCase';
import { decisionOf, endsWithColon, trailingWord } from './decision';
import { buildField, type LabelMatch, matchLabel, namedFields } from './fields';
import { joinLines } from './join';
import { type LetterLines, type Line, prevTextLine } from './lines';
import { readRequest } from './partial';

/** An item line (with a partial certification) is never longer than this many lines. */
const MAX_HEADING_LINES = 10;
const INTRO = 'the final determination was based on';

interface Draft {
  readonly from: number;
  /** Source offset where the heading text stops (before ": Upheld" or "Upheld"). */
  readonly headingEnd: number;
  /** The line `headingEnd` is on. */
  readonly headingLine: number;
  /** The item line's last line (the decision's line). */
  readonly lastLine: number;
  readonly decision: Located<Decision | null> | null;
  readonly fields: Field[];
}

function endsSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  const before = text.charCodeAt(text.length - 2);
  return c === 46 || ((c === 34 || c === 41 || c === 0x201d) && before === 46);
}

interface ItemsState {
  readonly doc: LetterLines;
  readonly problems: ParseProblem[];
  readonly drafts: Draft[];
  cur: Draft | null;
  open: LabelMatch | null;
  /** No item line starts before this line. */
  floor: number;
}

/**
 * First line of the item line ending at `last`. Stops at a paragraph break; when the item line is
 * glued to an open field's text, starts after that text's last sentence.
 */
function headingStart(s: ItemsState, last: number): { start: number; glued: boolean } {
  const lines = s.doc.lines;
  const floor = Math.max(s.floor, s.open ? s.open.line + 1 : 0, last - MAX_HEADING_LINES);
  let start = last;
  let broke = false;
  for (let j = last - 1; j >= floor; j--) {
    const line = lines[j]!;
    if (line.skip) continue;
    if (line.blank) {
      broke = true;
      break;
    }
    start = j;
  }
  if (broke || !s.open) return { start, glued: false };
  for (let j = last - 1; j >= start; j--) {
    const line = lines[j]!;
    if (!line.skip && !line.blank && endsSentence(line.text)) return { start: j + 1, glued: true };
  }
  return { start, glued: true };
}

function closeField(s: ItemsState, to: number): void {
  if (s.open && s.cur) s.cur.fields.push(buildField(s.doc, s.open, to));
  s.open = null;
}

/** The decision at the end of line `i`, or on it alone after a line ending in a colon. */
function decisionAt(s: ItemsState, i: number): Omit<Draft, 'from' | 'fields'> | null {
  const line = s.doc.lines[i]!;
  const tail = trailingWord(line.text);
  if (!tail) return null;
  const value = decisionOf(tail.word);
  if (!value) return null;
  const at = line.textStart + tail.wordStart;
  const decision = { value, raw: tail.word, span: { start: at, end: at + tail.word.length } };
  if (tail.colon >= 0)
    return { headingEnd: line.textStart + tail.colon, headingLine: i, lastLine: i, decision };
  const prev = prevTextLine(s.doc.lines, i - 1, Math.max(s.floor, i - 3));
  if (prev < 0 || !endsWithColon(s.doc.lines[prev]!.text)) return null;
  return { headingEnd: s.doc.lines[prev]!.textEnd - 1, headingLine: prev, lastLine: i, decision };
}

/**
 * A label where an item should have started: the paragraph before it is an item line without a
 * (valid) decision. Returns false when there is no such paragraph.
 */
function inferItem(s: ItemsState, label: number): boolean {
  const last = prevTextLine(s.doc.lines, label - 1, s.floor);
  if (last < 0) return false;
  const { start, glued } = headingStart(s, last);
  // Text glued to an open field is that field's text, and a paragraph ending a sentence is prose:
  // neither is an item line.
  if (glued || (s.open && start <= s.open.line) || endsSentence(s.doc.lines[last]!.text)) return false;
  closeField(s, start);
  const line = s.doc.lines[last]!;
  const tail = trailingWord(line.text);
  let decision: Located<null> | null = null;
  // "Diazepam 10mg #30:" with its decision missing: the colon is not part of the request.
  let headingEnd = endsWithColon(line.text) ? line.textEnd - 1 : line.textEnd;
  if (tail && tail.colon >= 0) {
    const at = line.textStart + tail.wordStart;
    decision = { value: null, raw: tail.word, span: { start: at, end: at + tail.word.length } };
    headingEnd = line.textStart + tail.colon;
    s.problems.push({
      code: 'decision-invalid',
      message: `The decision "${tail.word}" is neither Upheld nor Overturned.`,
      span: decision.span,
    });
  } else {
    s.problems.push({
      code: 'item-without-decision',
      message: 'This item line has no decision: it should end with ": Upheld" or ": Overturned".',
      span: { start: s.doc.lines[start]!.textStart, end: line.textEnd },
    });
  }
  s.cur = { from: start, headingEnd, headingLine: last, lastLine: last, decision, fields: [] };
  s.drafts.push(s.cur);
  s.floor = last + 1;
  return true;
}

const ORDER: Record<FieldKind, number> = {
  claimsAdministratorGuideline: 0,
  reviewerGuideline: 1,
  rationale: 2,
};

/** Field names for messages (fixed words, never the letter's own text). */
const FIELD_NAMES: Record<FieldKind, string> = {
  claimsAdministratorGuideline: 'Claims Administrator guideline',
  reviewerGuideline: 'MAXIMUS guideline',
  rationale: 'Decision rationale',
};

/** A label that cannot continue the current item (none yet, or a field kind already passed). */
function startsNewItem(s: ItemsState, label: LabelMatch): boolean {
  if (!s.cur) return true;
  const last = s.open?.kind ?? s.cur.fields[s.cur.fields.length - 1]?.kind;
  return last !== undefined && ORDER[label.kind] <= ORDER[last];
}

function onLabel(s: ItemsState, label: LabelMatch): void {
  if (startsNewItem(s, label) && !inferItem(s, label.line) && !s.cur) {
    s.problems.push({
      code: 'field-outside-item',
      message: `A "${FIELD_NAMES[label.kind]}" field stands outside any item.`,
      span: { start: label.labelStart, end: label.textStart },
    });
  }
  closeField(s, label.line);
  s.open = label;
}

function toItem(doc: LetterLines, d: Draft, index: number): Item {
  const first = doc.lines[d.from]!;
  let heading = joinLines(doc.source, doc.lines, {
    from: d.from,
    to: d.headingLine + 1,
    endAt: d.headingEnd,
  });
  // The same test as on the lower-cased heading, without making it (asciiCase.ts).
  if (sameIgnoringAsciiCase(heading.text, 0, 'decision for ')) heading = heading.sub(13, heading.text.length);
  const { request, partial } = readRequest(heading);
  const headingEnd = d.decision ? d.decision.span.end : doc.lines[d.lastLine]!.textEnd;
  const end = d.fields.reduce((e, f) => Math.max(e, f.span.end), headingEnd);
  return {
    index,
    request,
    decision: d.decision,
    ...(partial ? { partial } : {}),
    ...namedFields(d.fields),
    fields: d.fields,
    headingSpan: { start: first.textStart, end: headingEnd },
    span: { start: first.textStart, end },
  };
}

/** Reads the items in lines [from, to). */
export function readItems(doc: LetterLines, from: number, to: number, problems: ParseProblem[]): Item[] {
  const s: ItemsState = { doc, problems, drafts: [], cur: null, open: null, floor: from };
  for (let i = from; i < to; i++) {
    const line: Line = doc.lines[i]!;
    if (line.skip || line.blank) continue;
    const label = matchLabel(doc, i, 'letter-2014');
    if (label) {
      onLabel(s, label);
      continue;
    }
    const found = decisionAt(s, i);
    if (found) {
      const { start } = headingStart(s, i);
      closeField(s, start);
      s.cur = { from: start, ...found, fields: [] };
      s.drafts.push(s.cur);
      s.floor = i + 1;
      continue;
    }
    if (!s.cur && sameIgnoringAsciiCase(line.text, 0, INTRO)) s.floor = i + 1;
  }
  closeField(s, to);
  return s.drafts.map((d, index) => toItem(doc, d, index));
}
