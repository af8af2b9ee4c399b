/**
 * Reader for published letters (pdftotext -layout text) in the 2013, 2014-2015 and 2016+ layouts.
 *
 * Passes, each linear in the text: lines (lines.ts), section titles (sections.ts), the header block
 * (header.ts) and credentials (credentials.ts), then the items (items.ts, or letter2013.ts). Nothing
 * here throws on purpose; what cannot be read becomes a ParseProblem.
 *
 * The case summary (`summary`) leaves out the stock lead-in "The expert reviewer developed the
 * following clinical case summary based on a review of the case file, including all medical
 * records:": it is the same in every letter and is not the reviewer's summary. The section's `body`
 * keeps it.
 */
import type { MappedText } from '../../model/mappedText';
import type { Determination, Header, Item, ParseProblem } from '../../model/types';
import { readCredentials } from './credentials';
import { readHeaderBlock } from './header';
import { readItems } from './items';
import { joinLines } from './join';
import { detectLetterLayout, type LetterLayout } from './layout';
import { readItems2013 } from './letter2013';
import { type LetterLines, splitLines } from './lines';
import { bodyOf, buildSections, findHeadings, type Heading } from './sections';

export { detectLetterLayout } from './layout';

const LEAD_IN = 'the expert reviewer developed the following clinical case summary';
/** Header labels stand within the letter's first lines. */
const HEADER_LINES = 40;

function withoutLeadIn(body: MappedText): MappedText {
  const lower = body.text.slice(0, 400).toLowerCase();
  if (!lower.startsWith(LEAD_IN)) return body;
  const colon = lower.indexOf(':', LEAD_IN.length);
  return colon < 0 ? body : body.sub(colon + 1, body.text.length).trim();
}

/** Where the header block ends: the first section of the letter's body (2013 letters open with titles). */
function headerEnd(doc: LetterLines, headings: readonly Heading[]): number {
  const first = headings.find((h) => h.kind === 'how-made' || h.kind === 'summary' || h.kind === 'issues');
  return Math.min(first ? first.line : doc.lines.length, HEADER_LINES);
}

function readHeader(doc: LetterLines, headings: readonly Heading[], problems: ParseProblem[]): Header {
  const header = readHeaderBlock(doc, 0, headerEnd(doc, headings), problems);
  const section = bodyOf(doc, headings, 'how-made') ?? { from: 0, to: Math.min(doc.lines.length, 80) };
  return { ...readCredentials(doc, section.from, section.to), ...header };
}

function readLetterItems(
  doc: LetterLines,
  layout: LetterLayout,
  headings: readonly Heading[],
  problems: ParseProblem[],
): Item[] {
  if (layout === 'letter-2013') return readItems2013(doc, problems);
  // Every issues section counts (a title repeated after a page break must not hide items); without
  // one (a fragment, a damaged file), items are looked for everywhere.
  const ranges = headings.flatMap((h, i) =>
    h.kind === 'issues' ? [{ from: h.line + 1, to: headings[i + 1]?.line ?? doc.lines.length }] : [],
  );
  if (ranges.length === 0) ranges.push({ from: 0, to: doc.lines.length });
  const items = ranges.flatMap((r) => readItems(doc, r.from, r.to, problems));
  return items.map((item, index) => (item.index === index ? item : { ...item, index }));
}

export function readLetter(text: string, layout: LetterLayout = detectLetterLayout(text)): Determination {
  const doc = splitLines(text);
  const problems: ParseProblem[] = [];
  const headings = findHeadings(doc);
  const sections = buildSections(doc, headings);
  const header = readHeader(doc, headings, problems);
  const items = readLetterItems(doc, layout, headings, problems);
  if (items.length === 0) {
    const issues = sections.find((s) => s.kind === 'issues');
    problems.push({
      code: 'no-items',
      message: 'No disputed item with a decision was found in this letter.',
      span: issues ? issues.headingSpan : { start: 0, end: 0 },
    });
  }
  // The first summary section's body, joined from the lines at hand (its section joins it lazily).
  const summaryLines = bodyOf(doc, headings, 'summary');
  return {
    layout,
    text,
    header,
    sections,
    summary: summaryLines ? withoutLeadIn(joinLines(doc.source, doc.lines, summaryLines)) : null,
    items,
    suppressions: [],
    problems: problems.sort((a, b) => a.span.start - b.span.start),
  };
}
