/**
 * Items of 2013 letters. The decisions stand in a numbered list near the top ("1. MAXIMUS Federal
 * Services, Inc. has determined the request for X is [not] medically necessary and appropriate."),
 * repeated under "Independent Medical Review Decision and Rationale"; the fields stand later, one
 * block per item ("1) Regarding the request for X:" then "Medical Treatment Guideline(s) Relied Upon
 * by the Claims Administrator:", "... by the Expert Reviewer:", "Rationale for the Decision:").
 * The n-th determination and the n-th block make the n-th item. A single determination may go
 * unnumbered.
 */
import type { MappedText } from '../../model/mappedText';
import type { Decision, Field, Item, Located, ParseProblem } from '../../model/types';
import { buildField, type LabelMatch, matchLabel, namedFields } from './fields';
import { joinLines } from './join';
import type { LetterLines } from './lines';
import { titleKind } from './sections';

const DETERMINED = 'maximus federal services, inc. has determined the request for ';
const REGARDING = 'regarding the request for ';
const NOT_NECESSARY = ' is not medically necessary';
const NECESSARY = ' is medically necessary';
/** A numbered determination or an item line wraps over no more than this many lines. */
const MAX_LINES = 6;

interface Heading {
  readonly from: number;
  readonly to: number;
  readonly request: MappedText;
}

interface Determined extends Heading {
  readonly number: string;
  readonly decision: Located<Decision> | null;
}

/** "12. " or "3) " at the start of `text`: the length of the prefix, or 0. */
function numberPrefix(text: string): number {
  let k = 0;
  while (k < 2 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  if (k === 0 || (text[k] !== '.' && text[k] !== ')')) return 0;
  k++;
  while (text.charCodeAt(k) === 32) k++;
  return k;
}

/** Lines [i, end) of a paragraph that ends with `stop` at a line end (or at a break). */
function paragraphEnd(doc: LetterLines, i: number, stop: (text: string) => boolean): number {
  let end = i;
  while (end < doc.lines.length && end - i < MAX_LINES) {
    const line = doc.lines[end]!;
    if (end > i && (line.blank || numberPrefix(line.text) > 0 || matchLabel(doc, end, 'letter-2013'))) break;
    end++;
    if (!line.skip && stop(line.text)) break;
  }
  return end;
}

/**
 * The paragraph at line `i` that opens (after an optional "1." / "1)") with `lead` and ends on a
 * line ending with `last`: its lines, its text after the lead, and its number.
 */
function ledParagraph(doc: LetterLines, i: number, lead: string, last: string) {
  const line = doc.lines[i]!;
  const k = numberPrefix(line.text);
  if (line.text.slice(k, k + lead.length).toLowerCase() !== lead) return null;
  const to = paragraphEnd(doc, i, (t) => t.endsWith(last));
  const text = joinLines(doc.source, doc.lines, { from: i, to, startAt: line.textStart + k + lead.length });
  return { number: line.text.slice(0, k).trim(), from: i, to, text };
}

function determinationAt(doc: LetterLines, i: number): Determined | null {
  const p = ledParagraph(doc, i, DETERMINED, '.');
  if (!p) return null;
  const lower = p.text.text.toLowerCase();
  const not = lower.lastIndexOf(NOT_NECESSARY);
  const cut = not >= 0 ? not : lower.lastIndexOf(NECESSARY);
  let decision: Located<Decision> | null = null;
  if (cut >= 0) {
    // The decision's words: "not medically necessary" or "medically necessary".
    const phrase = p.text.sub(cut + 4, cut + (not >= 0 ? NOT_NECESSARY : NECESSARY).length);
    decision = { value: not >= 0 ? 'Upheld' : 'Overturned', raw: phrase.text, span: phrase.sourceSpan };
  }
  const request = cut >= 0 ? p.text.sub(0, cut).trim() : p.text;
  return { number: p.number, from: p.from, to: p.to, request, decision };
}

function regardingAt(doc: LetterLines, i: number): Heading | null {
  const p = ledParagraph(doc, i, REGARDING, ':');
  if (!p) return null;
  const t = p.text.text;
  return { from: p.from, to: p.to, request: t.endsWith(':') ? p.text.sub(0, t.length - 1).trim() : p.text };
}

interface Block extends Heading {
  readonly fields: Field[];
}

function spanOf(doc: LetterLines, h: Heading): { start: number; end: number } {
  return { start: doc.lines[h.from]!.textStart, end: doc.lines[h.to - 1]!.textEnd };
}

export function readItems2013(doc: LetterLines, problems: ParseProblem[]): Item[] {
  const determined = new Map<string, Determined>();
  const blocks: Block[] = [];
  let open: LabelMatch | null = null;
  const close = (to: number) => {
    if (open && blocks.length > 0) blocks[blocks.length - 1]!.fields.push(buildField(doc, open, to));
    open = null;
  };
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.skip || line.blank) continue;
    const label = matchLabel(doc, i, 'letter-2013');
    if (label) {
      close(i);
      open = label;
      continue;
    }
    const d = determinationAt(doc, i);
    const r = d ? null : regardingAt(doc, i);
    if (d || r || titleKind(line)) close(i);
    // The list is repeated under "Independent Medical Review Decision and Rationale": keep the first.
    const key = d ? `${d.number} ${d.request.text.toLowerCase()}` : '';
    if (d && !determined.has(key)) determined.set(key, d);
    if (r) blocks.push({ ...r, fields: [] });
    if (d || r) i = (d ?? r)!.to - 1;
  }
  close(doc.lines.length);
  const list = [...determined.values()];
  const items: Item[] = [];
  for (let n = 0; n < Math.max(list.length, blocks.length); n++) {
    const d = list[n];
    const b = blocks[n];
    const heading = b ?? d!;
    const fields = b?.fields ?? [];
    const headingSpan = spanOf(doc, heading);
    if (!d?.decision) {
      problems.push({
        code: 'item-without-decision',
        message: 'No numbered determination gives this item a decision ("is [not] medically necessary").',
        span: headingSpan,
      });
    }
    items.push({
      index: n,
      request: heading.request,
      decision: d?.decision ?? null,
      ...namedFields(fields),
      fields,
      headingSpan,
      span: {
        start: headingSpan.start,
        end: fields.reduce((e, f) => Math.max(e, f.span.end), headingSpan.end),
      },
    });
  }
  return items;
}
