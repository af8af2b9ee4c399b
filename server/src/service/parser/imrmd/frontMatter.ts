/**
 * The YAML front matter between `---` lines at the top of an `.imr.md` file, read into the Header
 * with every value's position, so findings land on the key or value a reviewer has to change.
 * Problems found here have codes starting `front-matter-`; the `front-matter` rule reports them.
 */
import { isMap, isScalar, isSeq, type Node, parseDocument, type Scalar } from 'yaml';
import type { CalendarDate, Header, Located, ParseProblem, Span } from '../../model/types';
import { parseDate } from '../dates';
import { simpleFrontMatter } from './fastYaml';
import type { Line } from './lines';

export interface FrontMatter {
  readonly header: Header;
  readonly problems: readonly ParseProblem[];
  /** The first line after the front matter (0 when there is none). */
  readonly bodyLine: number;
}

type DateKey = 'decisionDate' | 'dateOfInjury' | 'urDenialDate' | 'dateAssigned' | 'applicationReceived';
type TextKey = 'caseNumber' | 'priority';

const DATE_KEYS: Readonly<Record<string, DateKey>> = {
  'decision-date': 'decisionDate',
  'date-of-injury': 'dateOfInjury',
  'ur-denial-date': 'urDenialDate',
  'date-assigned': 'dateAssigned',
  'application-received': 'applicationReceived',
};
const TEXT_KEYS: Readonly<Record<string, TextKey>> = { case: 'caseNumber', priority: 'priority' };
const REVIEWER_KEYS: Readonly<Record<string, 'reviewerLicensure' | 'reviewerSpecialty'>> = {
  licensure: 'reviewerLicensure',
  specialty: 'reviewerSpecialty',
};

/** Every key the front matter may hold, for messages and completion. */
export const FRONT_MATTER_KEYS: readonly string[] = [
  ...Object.keys(TEXT_KEYS),
  ...Object.keys(DATE_KEYS),
  'reviewer',
  'guidelines',
];

// A byte order mark may precede the first fence (editors on Windows write one).
const isFence = (text: string, line: Line) =>
  text
    .slice(line.start, line.end)
    .replace(/^\uFEFF/, '')
    .trimEnd() === '---';

export function readFrontMatter(text: string, lines: readonly Line[]): FrontMatter {
  const first = lines[0];
  if (!first || !isFence(text, first)) return { header: {}, problems: [], bodyLine: 0 };
  const close = lines.findIndex(
    (l, i) => i > 0 && (isFence(text, l) || text.slice(l.start, l.end).trimEnd() === '...'),
  );
  if (close < 0) {
    const problem = {
      code: 'front-matter-unclosed',
      message: 'The front matter has no closing --- line.',
      span: { start: first.start, end: first.end },
    };
    return { header: {}, problems: [problem], bodyLine: 1 };
  }
  const start = lines[1]!.start;
  const end = lines[close]!.start;
  return { ...readYaml(text.slice(start, end), start), bodyLine: close + 1 };
}

/** The YAML parser's reading (any front matter), its errors added to `problems`. */
function parsed(source: string, offset: number, problems: ParseProblem[]): Node | null | undefined {
  // The yaml package checks unique keys pairwise (quadratic); a Set below does it in linear time.
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false });
  for (const e of doc.errors) {
    problems.push({
      code: 'front-matter-yaml',
      message: `The front matter is not valid YAML (${e.code}).`,
      span: { start: offset + e.pos[0], end: offset + e.pos[1] },
    });
  }
  return doc.contents;
}

/** `useParser` reads every front matter with the YAML parser (tests compare it with the fast reading). */
export function readYaml(source: string, offset: number, useParser = false): Omit<FrontMatter, 'bodyLine'> {
  const problems: ParseProblem[] = [];
  const header: Record<string, unknown> = {};
  const keys: Located<string>[] = [];
  const seen = new Set<string>();
  const at = (
    node: Node | { range?: readonly number[] | null } | null | undefined,
    fallback: number,
  ): Span => {
    const r = node?.range;
    return r
      ? { start: offset + r[0]!, end: offset + r[1]! }
      : { start: offset + fallback, end: offset + fallback };
  };
  const problem = (code: string, message: string, span: Span) => problems.push({ code, message, span });
  const root = (useParser ? null : simpleFrontMatter(source)) ?? parsed(source, offset, problems);
  if (root === null || root === undefined) return { header: {}, problems };
  if (!isMap(root)) {
    problem('front-matter-yaml', 'The front matter must be a list of `key: value` lines.', at(root, 0));
    return { header: {}, problems };
  }
  const located = (node: unknown, keySpan: Span): Located<string> | null => {
    if (
      isScalar(node) &&
      node.value !== null &&
      node.value !== undefined &&
      String(node.value).trim() !== ''
    ) {
      const span = at(node, 0);
      return {
        value: String(node.value).trim(),
        raw: source.slice(span.start - offset, span.end - offset),
        span,
      };
    }
    if (isSeq(node) && node.items.every((i) => isScalar(i))) {
      // `licensure: [California, Ohio]` reads as the letters write it: "California, Ohio".
      const span = at(node, 0);
      const value = node.items.map((i) => String((i as Scalar).value)).join(', ');
      if (value.trim() !== '')
        return { value, raw: source.slice(span.start - offset, span.end - offset), span };
    }
    const span = node ? at(node as Node, 0) : keySpan;
    problem('front-matter-value', 'This key needs a value: one line of text.', span);
    return null;
  };
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const name = isScalar(keyNode) ? String(keyNode.value) : '';
    const keySpan = at(keyNode, 0);
    if (seen.has(name)) {
      problem('front-matter-duplicate-key', 'This key is already set above.', keySpan);
      continue;
    }
    seen.add(name);
    keys.push({ value: name, raw: name, span: keySpan });
    const dateKey = DATE_KEYS[name];
    const textKey = TEXT_KEYS[name];
    if (dateKey) {
      const value = located(pair.value, keySpan);
      if (value) {
        const date = parseDate(value.value);
        if (date) header[dateKey] = { ...value, value: date } satisfies Located<CalendarDate>;
        else
          problem(
            'front-matter-date',
            `${name} is not a date this reader knows (use 2016-12-09).`,
            value.span,
          );
      }
    } else if (textKey) {
      const value = located(pair.value, keySpan);
      if (value) header[textKey] = value;
    } else if (name === 'reviewer') {
      readReviewer(pair.value, keySpan);
    } else if (name === 'guidelines') {
      const node = pair.value;
      const list = isSeq(node) ? node.items : [node];
      const pinned = list.map((n) => located(n, keySpan)).filter((l): l is Located<string> => l !== null);
      header.pinnedGuidelines = pinned;
    } else {
      problem(
        'front-matter-unknown-key',
        `Unknown front matter key. Known keys: ${FRONT_MATTER_KEYS.join(', ')}.`,
        keySpan,
      );
    }
  }
  header.keys = keys;
  return { header: header as Header, problems };

  function readReviewer(node: unknown, keySpan: Span): void {
    if (!isMap(node)) {
      problem('front-matter-value', 'reviewer holds `licensure:` and `specialty:` lines.', keySpan);
      return;
    }
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const span = at(pair.key as Node, 0);
      const target = REVIEWER_KEYS[name];
      if (!target) {
        problem('front-matter-unknown-key', 'Unknown reviewer key. Known keys: licensure, specialty.', span);
        continue;
      }
      const value = located(pair.value, span);
      if (value) header[target] = value;
    }
  }
}
