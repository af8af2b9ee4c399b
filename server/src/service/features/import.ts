/**
 * A Determination (typically read from a published letter) written as `.imr.md` (docs/format.md).
 * Reading the output back gives the same header values, items, decisions, request text and field
 * text. Paragraphs are written one per line (no re-wrapping), so no hard wrap can be misread, and a
 * line that would read as a heading, label or comment is escaped with a leading backslash.
 */
import { stringify } from 'yaml';
import type { Determination, Field, FieldKind, Header, Item } from '../model/types';
import { isoDate } from '../serialize';

/** The labels the format reads (docs/format.md, "Fields"); a letter's other spellings map to these. */
const CANONICAL_LABEL: Readonly<Record<FieldKind, string>> = {
  claimsAdministratorGuideline: 'Claims Administrator guideline',
  reviewerGuideline: 'MAXIMUS guideline',
  rationale: 'Decision rationale',
};
const READ_LABELS = new Set([
  'claims administrator guideline',
  'maximus guideline',
  'reviewer guideline',
  'decision rationale',
]);
const FIELD_ORDER: readonly FieldKind[] = ['claimsAdministratorGuideline', 'reviewerGuideline', 'rationale'];

export function toImrMd(determination: Determination): string {
  const out: string[] = [];
  const front = frontMatter(determination.header);
  if (front) out.push('---', front.trimEnd(), '---', '');
  if (determination.summary) {
    out.push('# Clinical Case Summary', '');
    for (const p of paragraphs(determination.summary.text)) out.push(escapeLine(p), '');
  }
  if (determination.items.length > 0 || determination.sections.some((s) => s.kind === 'issues')) {
    out.push('# IMR Issues, Decisions and Rationales', '');
    for (const item of determination.items) out.push(...itemLines(item));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function itemLines(item: Item): string[] {
  const out = [heading(item), ''];
  if (item.partial) for (const p of paragraphs(item.partial.text.text)) out.push(escapeLine(p), '');
  for (const kind of FIELD_ORDER) {
    const field = fieldOf(item, kind);
    if (!field) continue;
    const text = oneLine(field.text.text);
    out.push(text ? `${labelOf(field)}: ${text}` : `${labelOf(field)}:`, '');
  }
  return out;
}

function fieldOf(item: Item, kind: FieldKind): Field | undefined {
  if (kind === 'claimsAdministratorGuideline') return item.claimsAdministratorGuideline;
  return kind === 'reviewerGuideline' ? item.reviewerGuideline : item.rationale;
}

function labelOf(field: Field): string {
  const label = oneLine(field.label);
  return READ_LABELS.has(label.toLowerCase()) ? label : CANONICAL_LABEL[field.kind];
}

/**
 * `## <request>: <decision>`. The reader splits on the last ": ", so a request that itself holds
 * ": Upheld" still reads back whole.
 */
function heading(item: Item): string {
  const request = oneLine(item.request.text);
  const decision = item.decision ? oneLine(item.decision.value ?? item.decision.raw) : '';
  return decision ? `## ${request}: ${decision}` : `## ${request}`;
}

function frontMatter(header: Header): string | null {
  const data: Record<string, unknown> = {};
  const put = (key: string, value: string | null | undefined) => {
    if (value) data[key] = value;
  };
  put('case', header.caseNumber?.value);
  put('decision-date', isoDate(header.decisionDate?.value));
  put('date-of-injury', isoDate(header.dateOfInjury?.value));
  put('ur-denial-date', isoDate(header.urDenialDate?.value));
  put('date-assigned', isoDate(header.dateAssigned?.value));
  put('application-received', isoDate(header.applicationReceived?.value));
  put('priority', header.priority?.value);
  const reviewer: Record<string, string> = {};
  if (header.reviewerLicensure?.value) reviewer.licensure = oneLine(header.reviewerLicensure.value);
  if (header.reviewerSpecialty?.value) reviewer.specialty = oneLine(header.reviewerSpecialty.value);
  if (Object.keys(reviewer).length > 0) data.reviewer = reviewer;
  if (header.pinnedGuidelines?.length) data.guidelines = header.pinnedGuidelines.map((g) => g.value);
  return Object.keys(data).length > 0 ? stringify(data, { lineWidth: 0 }) : null;
}

/** Paragraphs of a text as read: split at blank lines, each on one line. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n|\r|\n|\f/)) {
    const t = line.trim();
    if (t) current.push(t);
    else if (current.length) {
      out.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

/** Line breaks become single spaces; other spacing is kept as read. */
export function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n|\f/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(' ');
}

/** Would this line, written at a line start, read as something other than text? */
function escapeLine(line: string): string {
  const lower = line.toLowerCase();
  const special =
    line.startsWith('#') ||
    line.startsWith('\\') ||
    line.startsWith('<!--') ||
    line.startsWith('---') ||
    line.endsWith('-->') ||
    [...READ_LABELS].some((l) => lower.startsWith(`${l}:`));
  return special ? `\\${line}` : line;
}
