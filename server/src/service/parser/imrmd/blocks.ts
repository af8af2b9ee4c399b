/**
 * Classifies each line of the body: blank, comment, heading, field label or text. One pass, no
 * backtracking; the structure (sections, items, fields) is built from these in structure.ts.
 */
import type { FieldKind, ParseProblem, Span, Suppression } from '../../model/types';
import { isBlankChar, type Line, trimSpan } from './lines';
import { readDirective } from './suppressions';

export type Block =
  | { readonly type: 'blank'; readonly line: Line }
  | { readonly type: 'comment'; readonly line: Line }
  | { readonly type: 'heading'; readonly line: Line; readonly level: number; readonly content: Span }
  | {
      readonly type: 'label';
      readonly line: Line;
      readonly kind: FieldKind;
      readonly label: string;
      readonly labelSpan: Span;
      /** The text after the colon on the label's line. */
      readonly content: Span;
    }
  | { readonly type: 'text'; readonly line: Line; readonly content: Span };

export interface Blocks {
  readonly blocks: readonly Block[];
  readonly suppressions: readonly Suppression[];
  readonly problems: readonly ParseProblem[];
}

/** Field labels as the letters write them, lower-cased; matched case-insensitively at a line's start. */
const LABELS: readonly { readonly prefix: string; readonly kind: FieldKind }[] = [
  { prefix: 'claims administrator guideline:', kind: 'claimsAdministratorGuideline' },
  { prefix: 'maximus guideline:', kind: 'reviewerGuideline' },
  { prefix: 'reviewer guideline:', kind: 'reviewerGuideline' },
  { prefix: 'decision rationale:', kind: 'rationale' },
];
const MAX_LABEL = Math.max(...LABELS.map((l) => l.prefix.length));

const OPEN = '<!--';
const CLOSE = '-->';

export function classifyLines(text: string, lines: readonly Line[], firstLine: number): Blocks {
  const blocks: Block[] = [];
  const suppressions: Suppression[] = [];
  const problems: ParseProblem[] = [];
  const directive = (body: string, span: Span) => {
    const r = readDirective(body, span);
    if (r && 'suppression' in r) suppressions.push(r.suppression);
    else if (r) problems.push(r.problem);
  };
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i]!;
    const content = trimSpan(text, line.start, line.end);
    if (content.start === content.end) {
      blocks.push({ type: 'blank', line });
      continue;
    }
    if (text.startsWith(OPEN, content.start)) {
      // A comment may run over several lines; every line it covers is a comment line.
      const close = text.indexOf(CLOSE, content.start + OPEN.length);
      const end = close < 0 ? text.length : close + CLOSE.length;
      if (close < 0) {
        problems.push({
          code: 'comment-unclosed',
          message: 'This comment has no closing -->; the rest of the document is inside it.',
          span: { start: content.start, end: line.end },
        });
      }
      directive(text.slice(content.start + OPEN.length, close < 0 ? text.length : close), {
        start: content.start,
        end,
      });
      blocks.push({ type: 'comment', line });
      while (i + 1 < lines.length && lines[i + 1]!.start < end)
        blocks.push({ type: 'comment', line: lines[++i]! });
      // Text after the comment on its last line is not read: comments stand on their own lines.
      continue;
    }
    // An escaped line is text through to its end, a trailing comment included.
    const escaped = text.charCodeAt(content.start) === 92; /* \ */
    const body = escaped ? content : cutTrailingDirective(text, content, directive);
    blocks.push(classify(text, line, body));
  }
  return { blocks, suppressions, problems };
}

/** `text <!-- imr-lint-disable-line rule -- reason -->`: the directive is read and cut from the text. */
function cutTrailingDirective(
  text: string,
  content: Span,
  directive: (body: string, span: Span) => void,
): Span {
  if (!text.endsWith(CLOSE, content.end)) return content;
  // Searched within the line only: an unbounded lastIndexOf would rescan the document per line.
  const inLine = text.slice(content.start, content.end - CLOSE.length).lastIndexOf(OPEN);
  if (inLine <= 0) return content;
  const open = content.start + inLine;
  const body = text.slice(open + OPEN.length, content.end - CLOSE.length);
  if (!body.trimStart().startsWith('imr-lint-')) return content;
  directive(body, { start: open, end: content.end });
  return trimSpan(text, content.start, open);
}

function classify(text: string, line: Line, content: Span): Block {
  const first = text.charCodeAt(content.start);
  if (first === 92 /* \ */) {
    // An escaped line is plain text: the backslash is dropped (docs/format.md, "Escapes").
    return { type: 'text', line, content: trimSpan(text, content.start + 1, content.end) };
  }
  if (first === 35 /* # */) {
    let level = 0;
    while (level < 7 && text.charCodeAt(content.start + level) === 35) level++;
    const after = content.start + level;
    if (level <= 6 && (after === content.end || isBlankChar(text.charCodeAt(after)))) {
      return { type: 'heading', line, level, content: trimSpan(text, after, content.end) };
    }
  }
  const head = text.slice(content.start, Math.min(content.end, content.start + MAX_LABEL)).toLowerCase();
  for (const { prefix, kind } of LABELS) {
    if (head.startsWith(prefix)) {
      const colon = content.start + prefix.length - 1;
      return {
        type: 'label',
        line,
        kind,
        label: text.slice(content.start, colon),
        labelSpan: { start: content.start, end: colon },
        content: trimSpan(text, colon + 1, content.end),
      };
    }
  }
  return { type: 'text', line, content };
}
