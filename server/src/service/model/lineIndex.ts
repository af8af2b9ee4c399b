import type { Position, Range } from 'vscode-languageserver-types';
import type { Span } from './mappedText';

/**
 * Converts between offsets and LSP positions (0-based line, UTF-16 character) for one text.
 * Line breaks are \n, \r\n and lone \r, as in LSP; a form feed is not a line break.
 */
export class LineIndex {
  /**
   * Line starts, computed on the first position look-up: most analyses (the CLI's counts, a letter
   * with no findings) never ask for a position, and the starts depend only on `text`, which never
   * changes, so computing them later gives the same answer.
   */
  private lazyStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  private get starts(): number[] {
    if (this.lazyStarts === undefined) this.lazyStarts = lineStarts(this.text);
    return this.lazyStarts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where 0-based `line` starts (clamped). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line]!;
  }

  /** Offset just past the content of `line`, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(this.lineStart(line), end);
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}

/** Offsets where each line starts: 0, then just past every \n, \r\n and lone \r. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}
