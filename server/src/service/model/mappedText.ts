/**
 * Text as a person reads it (hard wraps joined, page breaks and centring spaces dropped), with a map
 * from every character back to its offset in the original document.
 *
 * Why: rules match phrases across the letters' hard wraps ("not medically\nnecessary"), but every
 * finding must land on the right line and column of the original text.
 */

/**
 * The map is kept as flat runs, three small integers for each piece of text copied verbatim from the
 * source (textStart, sourceStart, length), not one object per piece: the language server keeps the
 * model of every open letter, and a field has a piece per line. The runs are read only here.
 */
const RUN = 3;

export class MappedText {
  /** Prefer `MappedText.slice`, `MappedText.empty` or `MappedTextBuilder`. */
  constructor(
    /** The joined, readable text. */
    readonly text: string,
    /** Pieces as flat runs: textStart, sourceStart, length for each, in text order. */
    private readonly runs: readonly number[],
    /** Offset in the source just past the last character (for empty text: where it would be). */
    private readonly sourceEnd: number,
  ) {}

  /** An empty text located at `sourceOffset`. */
  static empty(sourceOffset: number): MappedText {
    return new MappedText('', [], sourceOffset);
  }

  /** A text that is one verbatim slice of the source. */
  static slice(source: string, start: number, end: number): MappedText {
    if (end <= start) return MappedText.empty(start);
    return new MappedText(source.slice(start, end), [0, start, end - start], end);
  }

  /** The source offset of text index `i` (0 <= i <= text.length). */
  toSource(i: number): number {
    const runs = this.runs;
    if (runs.length === 0) return this.sourceEnd;
    if (i >= this.text.length) return this.sourceEnd;
    if (i <= 0) return runs[1]!;
    let lo = 0;
    let hi = runs.length / RUN - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid * RUN]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const at = lo * RUN;
    const within = i - runs[at]!;
    const sourceStart = runs[at + 1]!;
    const length = runs[at + 2]!;
    // Characters that were synthesised (a joining space) map to the end of the previous piece.
    return within < length ? sourceStart + within : sourceStart + length;
  }

  /** Source span `[start, end)` of the text span `[start, end)`. */
  spanToSource(start: number, end: number): Span {
    if (end <= start) {
      const at = this.toSource(start);
      return { start: at, end: at };
    }
    const s = this.toSource(start);
    const last = this.toSource(end - 1);
    return { start: s, end: Math.max(s, last + 1) };
  }

  /** The source span the whole text came from. */
  get sourceSpan(): Span {
    if (this.runs.length === 0) return { start: this.sourceEnd, end: this.sourceEnd };
    return { start: this.runs[1]!, end: this.sourceEnd };
  }

  /**
   * The map written relative to `base`: two texts with equal `text` and equal shape keys for bases
   * `a` and `b` are the same text and map, moved by `b - a` in the source, so anything computed from
   * one gives the other's answer with its offsets moved by as much.
   */
  shapeKey(base: number): string {
    const runs = this.runs;
    let key = `${this.sourceEnd - base}`;
    for (let k = 0; k < runs.length; k += RUN) key += `;${runs[k]},${runs[k + 1]! - base},${runs[k + 2]}`;
    return key;
  }

  /** A sub-text, keeping the map. */
  sub(start: number, end: number): MappedText {
    start = Math.max(0, Math.min(start, this.text.length));
    end = Math.max(start, Math.min(end, this.text.length));
    if (start === end) return MappedText.empty(this.toSource(start));
    const b = new MappedTextBuilder();
    const runs = this.runs;
    for (let k = 0; k < runs.length; k += RUN) {
      const textStart = runs[k]!;
      const a = Math.max(start, textStart);
      const z = Math.min(end, textStart + runs[k + 2]!);
      if (a < z) {
        if (b.length < a - start) b.appendSynthetic(this.text.slice(start + b.length, a));
        b.appendSource(this.text.slice(a, z), runs[k + 1]! + (a - textStart));
      }
    }
    if (b.length < end - start) b.appendSynthetic(this.text.slice(start + b.length, end));
    return b.build(this.spanToSource(start, end).end);
  }

  /** The text with leading and trailing white space removed, keeping the map. */
  trim(): MappedText {
    const t = this.text;
    let a = 0;
    let z = t.length;
    while (a < z && isSpace(t.charCodeAt(a))) a++;
    while (z > a && isSpace(t.charCodeAt(z - 1))) z--;
    return a === 0 && z === t.length ? this : this.sub(a, z);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private parts: string[] = [];
  /** Flat runs, as MappedText keeps them. */
  private runs: number[] = [];
  length = 0;

  /** Append `chunk`, which stands verbatim at `sourceStart` in the source. */
  appendSource(chunk: string, sourceStart: number): this {
    if (chunk.length === 0) return this;
    const runs = this.runs;
    const last = runs.length - RUN;
    if (
      last >= 0 &&
      runs[last]! + runs[last + 2]! === this.length &&
      runs[last + 1]! + runs[last + 2]! === sourceStart
    ) {
      runs[last + 2]! += chunk.length;
    } else {
      runs.push(this.length, sourceStart, chunk.length);
    }
    this.parts.push(chunk);
    this.length += chunk.length;
    return this;
  }

  /** Append characters that are not in the source (a space joining two wrapped lines). */
  appendSynthetic(chunk: string): this {
    this.parts.push(chunk);
    this.length += chunk.length;
    return this;
  }

  /** The last character appended, or '' when empty. */
  lastChar(): string {
    const p = this.parts[this.parts.length - 1];
    return p ? p.charAt(p.length - 1) : '';
  }

  build(sourceEnd?: number): MappedText {
    const runs = this.runs;
    const last = runs.length - RUN;
    const end = sourceEnd ?? (last >= 0 ? runs[last + 1]! + runs[last + 2]! : 0);
    // A copy of exactly the runs' length: a pushed array keeps spare room, and the text is kept long.
    return new MappedText(this.parts.join(''), runs.slice(), end);
  }
}

/** A half-open range of offsets `[start, end)` into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
