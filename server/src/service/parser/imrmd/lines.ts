/**
 * The `.imr.md` text as lines with their offsets, and the joining of lines into `MappedText`.
 * Everything else in this reader works on these lines, so each step is one linear pass.
 */
import { MappedText, MappedTextBuilder } from '../../model/mappedText';
import type { Span } from '../../model/types';

export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past the line's content, before its line break. */
  readonly end: number;
}

/** Splits on \n, \r\n and lone \r, as LSP does. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  if (text.indexOf('\r') < 0) {
    // Without a carriage return, line breaks are found with indexOf (native): the same lines.
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      lines.push({ index: lines.length, start, end: nl });
      start = nl + 1;
    }
    lines.push({ index: lines.length, start, end: text.length });
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ index: lines.length, start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: text.length });
  return lines;
}

export function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 0xa0 || c === 0xfeff;
}

/** The span of `[start, end)` without leading and trailing blanks (empty at `start` when all blank). */
export function trimSpan(text: string, start: number, end: number): Span {
  let a = start;
  let z = end;
  while (a < z && isBlankChar(text.charCodeAt(a))) a++;
  while (z > a && isBlankChar(text.charCodeAt(z - 1))) z--;
  return { start: a, end: z };
}

/**
 * Joins content spans into one text as read: spans in the same paragraph with one space, paragraphs
 * (spans separated by `null`) with `paragraphSeparator`.
 */
export function joinSpans(
  text: string,
  spans: readonly (Span | null)[],
  paragraphSeparator: string,
  emptyAt: number,
): MappedText {
  const b = new MappedTextBuilder();
  let pendingBreak = false;
  let end = emptyAt;
  for (const span of spans) {
    if (span === null) {
      pendingBreak = b.length > 0;
      continue;
    }
    if (span.end <= span.start) continue;
    if (b.length > 0) b.appendSynthetic(pendingBreak ? paragraphSeparator : ' ');
    pendingBreak = false;
    b.appendSource(text.slice(span.start, span.end), span.start);
    end = span.end;
  }
  return b.length === 0 ? MappedText.empty(emptyAt) : b.build(end);
}
