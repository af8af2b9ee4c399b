/**
 * A published letter cut into lines, with what the reader needs to know of each: where its visible
 * text starts and ends (centring spaces and form feeds aside), and whether it is a paragraph break
 * or an artefact to skip.
 *
 * Why a separate pass: pdftotext output mixes artefacts (form feeds anywhere, centring spaces,
 * double-spaced lines in 2014-2015 letters) with structure; every later step works on these lines
 * and never on raw offsets, so all of them share one notion of "blank".
 */

export interface Line {
  readonly index: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just past the line's content, before its line break. */
  readonly end: number;
  /** Offset of the first visible character (== end for a blank line). */
  readonly textStart: number;
  /** Offset just past the last visible character. */
  readonly textEnd: number;
  /** The visible text: no leading or trailing spaces, no form feeds at either end. */
  readonly text: string;
  /** Spaces before the visible text (form feeds not counted): centred titles have many. */
  readonly indent: number;
  /** A real paragraph break. */
  readonly blank: boolean;
  /** An artefact to ignore entirely: the empty line after every line of a double-spaced letter. */
  readonly skip: boolean;
}

export interface LetterLines {
  readonly source: string;
  readonly lines: readonly Line[];
  /** 2014-2015 letters: every text line is followed by an empty line; breaks are lines holding a space. */
  readonly doubleSpaced: boolean;
}

const FF = 12;

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === FF || c === 0xa0 || c === 11;
}

/**
 * A letter is double-spaced when nearly every line with text is followed by an empty one. Judged
 * on the text rather than the layout so a mislabelled letter still reads. Counted without
 * allocating: this runs on every keystroke.
 */
function looksDoubleSpaced(source: string): boolean {
  let texts = 0;
  let followedByEmpty = 0;
  let prevHadText = false;
  forEachLine(source, (start, end) => {
    const empty = end === start;
    if (prevHadText && empty) followedByEmpty++;
    if (!empty && end < source.length) texts++;
    prevHadText = !empty && end < source.length;
  });
  return texts >= 4 && followedByEmpty >= texts * 0.8;
}

/**
 * Calls `line(start, end)` for every line (the last one may be empty), where `end` is the offset of
 * its line break (\n, \r\n or a lone \r) or the text's length. Without a \r in the text, lines are
 * found with indexOf (native, much faster than reading every character); the result is the same.
 */
function forEachLine(source: string, line: (start: number, end: number) => void): void {
  let start = 0;
  if (source.indexOf('\r') < 0) {
    for (;;) {
      const nl = source.indexOf('\n', start);
      if (nl < 0) break;
      line(start, nl);
      start = nl + 1;
    }
    line(start, source.length);
    return;
  }
  for (let i = 0; i <= source.length; i++) {
    const c = i < source.length ? source.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    line(start, i);
    if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
}

export function splitLines(source: string): LetterLines {
  const doubleSpaced = looksDoubleSpaced(source);
  const lines: Line[] = [];
  forEachLine(source, (start, end) => {
    lines.push(makeLine(source, lines.length, start, end, doubleSpaced));
  });
  return { source, lines, doubleSpaced };
}

function makeLine(source: string, index: number, start: number, end: number, doubleSpaced: boolean): Line {
  let a = start;
  let indent = 0;
  let pageBreak = false;
  while (a < end && isSpaceCode(source.charCodeAt(a))) {
    if (source.charCodeAt(a) === FF) pageBreak = true;
    else indent++;
    a++;
  }
  let z = end;
  while (z > a && isSpaceCode(source.charCodeAt(z - 1))) {
    if (source.charCodeAt(z - 1) === FF) pageBreak = true;
    z--;
  }
  const empty = a === z;
  // A line holding only a form feed is the page's end, not a paragraph break.
  const onlyPageBreak = empty && pageBreak && indent === 0;
  const skip = empty && ((doubleSpaced && end === start) || onlyPageBreak);
  const text = source.slice(a, z);
  return {
    index,
    start,
    end,
    textStart: a,
    textEnd: z,
    text,
    indent,
    blank: empty && !skip,
    skip,
  };
}

/** The previous line at or before `i` that carries text, or -1 at or after `floor`. */
export function prevTextLine(lines: readonly Line[], i: number, floor = 0): number {
  for (; i >= floor; i--) if (lines[i]!.textStart < lines[i]!.textEnd) return i;
  return -1;
}
