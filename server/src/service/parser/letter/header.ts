/**
 * The header block: two columns of "Label:   value" pairs, one label wrapped over two lines
 * ("Application" / "Received:"), read by label position rather than by column widths, which vary.
 */
import type { CalendarDate, Header, Located, ParseProblem } from '../../model/types';
import { parseDate } from '../dates';
import type { LetterLines, Line } from './lines';

type DateKey = 'decisionDate' | 'dateOfInjury' | 'urDenialDate' | 'dateAssigned' | 'applicationReceived';
type TextKey = 'caseNumber' | 'priority';
type Key = DateKey | TextKey;

const LABELS: readonly (readonly [string, Key])[] = [
  ['imr case number', 'caseNumber'],
  ['case number', 'caseNumber'],
  ['date assigned', 'dateAssigned'],
  ['date of injury', 'dateOfInjury'],
  ['decision date', 'decisionDate'],
  ['ur denial date', 'urDenialDate'],
  ['priority', 'priority'],
  ['application received', 'applicationReceived'],
  // 2013 notices open with "Dated: <decision date>".
  ['dated', 'decisionDate'],
];

/** The date labels, with their names for messages. */
const DATE_NAMES: Record<DateKey, string> = {
  decisionDate: 'Decision Date',
  dateOfInjury: 'Date of Injury',
  urDenialDate: 'UR Denial Date',
  dateAssigned: 'Date Assigned',
  applicationReceived: 'Application Received date',
};

/** Header lines are short; past this, a line is prose or noise. */
const MAX_HEADER_LINE = 300;

interface Hit {
  readonly key: Key;
  readonly labelAt: number;
  readonly valueAt: number;
}

/** Where a label may start: the line's start or after a gap of two spaces (the second column). */
function atColumn(lower: string, at: number): boolean {
  return at === 0 || (at >= 2 && lower.charCodeAt(at - 1) === 32 && lower.charCodeAt(at - 2) === 32);
}

function hitsOn(line: Line, next: Line | undefined): Hit[] {
  const lower = line.text.slice(0, MAX_HEADER_LINE).toLowerCase();
  const hits: Hit[] = [];
  for (const [label, key] of LABELS) {
    const at = lower.indexOf(label);
    if (at < 0 || !atColumn(lower, at)) continue;
    if (hits.some((h) => h.labelAt <= at && at < h.valueAt)) continue;
    let k = at + label.length;
    while (lower.charCodeAt(k) === 32) k++;
    // A label without its colon is prose ("the decision date was ...").
    if (lower.charCodeAt(k) === 58) hits.push({ key, labelAt: at, valueAt: k + 1 });
  }
  // "Application" with "Received:" below it, in the same column.
  const app = lower.indexOf('application');
  const nextLower = next?.text.slice(0, 20).toLowerCase() ?? '';
  if (app >= 0 && atColumn(lower, app) && nextLower.startsWith('received:') && next) {
    const column = line.textStart - line.start + app;
    if (Math.abs(next.textStart - next.start - column) <= 4) {
      hits.push({ key: 'applicationReceived', labelAt: app, valueAt: app + 'application'.length });
    }
  }
  return hits.sort((a, b) => a.labelAt - b.labelAt);
}

type MutableHeader = { -readonly [K in keyof Header]: Header[K] };

function locate(line: Line, from: number, to: number): Located<string> | null {
  let a = from;
  let z = Math.min(to, line.text.length);
  while (a < z && line.text.charCodeAt(a) === 32) a++;
  while (z > a && line.text.charCodeAt(z - 1) === 32) z--;
  if (a >= z) return null;
  const raw = line.text.slice(a, z);
  return { value: raw, raw, span: { start: line.textStart + a, end: line.textStart + z } };
}

function store(header: MutableHeader, key: Key, value: Located<string>, problems: ParseProblem[]): void {
  if (header[key]) return;
  if (!(key in DATE_NAMES)) {
    (header as Record<TextKey, Located<string>>)[key as TextKey] = value;
    return;
  }
  const date = parseDate(value.raw);
  if (date) {
    (header as Record<DateKey, Located<CalendarDate>>)[key as DateKey] = { ...value, value: date };
  } else {
    problems.push({
      code: 'date-unreadable',
      message: `The header's ${DATE_NAMES[key as DateKey]} could not be read as a date.`,
      span: value.span,
    });
  }
}

/** Reads header pairs from lines [from, to). */
export function readHeaderBlock(
  doc: LetterLines,
  from: number,
  to: number,
  problems: ParseProblem[],
): Header {
  const header: MutableHeader = {};
  for (let i = from; i < to; i++) {
    const line = doc.lines[i]!;
    if (line.skip || line.blank) continue;
    const hits = hitsOn(line, doc.lines[i + 1]);
    hits.forEach((hit, n) => {
      const value = locate(line, hit.valueAt, hits[n + 1]?.labelAt ?? MAX_HEADER_LINE);
      if (value) store(header, hit.key, value, problems);
    });
  }
  return header;
}
