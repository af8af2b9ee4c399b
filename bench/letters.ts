/**
 * Cuts published letters into the parts the corpus generator recombines: the opening (header block
 * and "how the determination was made"), the case summary, the lead-in of the issues section, and
 * one block per disputed item (item line, fields, rationale).
 *
 * This is deliberately a line-level cut that does not use the project's readers: the benchmark must
 * not depend on the code it measures, and a reader bug must not change the corpus.
 */

/** Lines as they are in the published text, form feeds removed (the generator paginates again). */
export interface LetterParts {
  readonly file: string;
  /** '2014' (double-spaced seeds) or '2016' (corpus letters with a header block). */
  readonly layout: '2014' | '2016';
  readonly opening: readonly string[];
  readonly summary: readonly string[];
  readonly issuesLeadIn: readonly string[];
  readonly items: readonly (readonly string[])[];
}

const SUMMARY_TITLE = /^\s*CLINICAL CASE SUMMARY\s*$/;
const ISSUES_TITLE = /^\s*IMR ISSUES, DECISIONS AND RATIONALES\s*$/;
// The decision closes the item line: "Norflex 100mg #60: Upheld", "Diazepam 10mg, QTY: 60:  Upheld ".
const DECISION_AT_END = /:[ \t]{0,8}(?:Upheld|Overturned)[ \t]{0,8}$/;
// Or stands on its own line after a (possibly wrapped) request or partial-certification paragraph.
const DECISION_ALONE = /^[ \t]{0,8}(?:Upheld|Overturned)[ \t]{0,8}$/;

const FIELD_LABEL = /^\s*(?:Decision rationale|Claims Administrator guideline|MAXIMUS guideline):/;
const LEAD_IN = /^\s*The Final Determination was based on/;
const isBlank = (line: string) => line.trim() === '';

/** The parts of one letter, or undefined when its sections cannot be found. */
export function cutLetter(file: string, text: string): LetterParts | undefined {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '').split('\n');
  const summaryAt = lines.findIndex((l) => SUMMARY_TITLE.test(l));
  const issuesAt = lines.findIndex((l) => ISSUES_TITLE.test(l));
  if (summaryAt < 1 || issuesAt <= summaryAt) return undefined;
  const heads = itemHeads(lines, issuesAt + 1);
  if (heads.length === 0) return undefined;
  const end = trimTrailingBlank(lines, lines.length);
  const items = heads.map((start, i) => lines.slice(start, trimTrailingBlank(lines, heads[i + 1] ?? end)));
  return {
    file,
    layout: /^\s*Case Number:/.test(lines[0] ?? '') ? '2016' : '2014',
    opening: lines.slice(0, summaryAt),
    summary: lines.slice(summaryAt, issuesAt),
    issuesLeadIn: lines.slice(issuesAt, heads[0]),
    items,
  };
}

/**
 * Where each item starts: the paragraph that ends with the decision (an item line, a wrapped request
 * or a partial-certification paragraph). A page break can glue an item line to the end of the
 * previous rationale; a walk back that meets a field label stops at the decision's own line.
 */
function itemHeads(lines: readonly string[], from: number): number[] {
  const heads: number[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const alone = DECISION_ALONE.test(line);
    if (!alone && !DECISION_AT_END.test(line)) continue;
    let start = i;
    while (start > from && !isBlank(lines[start - 1]!) && !FIELD_LABEL.test(lines[start - 1]!)) {
      if (LEAD_IN.test(lines[start - 1]!)) break;
      start--;
    }
    const gluedToRationale = start > from && FIELD_LABEL.test(lines[start - 1]!);
    heads.push(gluedToRationale ? (alone ? i - 1 : i) : start);
  }
  return heads;
}

function trimTrailingBlank(lines: readonly string[], end: number): number {
  while (end > 0 && isBlank(lines[end - 1]!)) end--;
  return end;
}
