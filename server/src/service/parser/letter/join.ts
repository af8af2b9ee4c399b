/**
 * Joins letter lines as a person reads them: one space between wrapped lines, page-break form feeds
 * and centring spaces dropped, a word or URL broken at a hyphen joined without a space
 * ("electro-\nmyography" reads "electro-myography"). Every character keeps its source offset.
 */
import { MappedText, MappedTextBuilder } from '../../model/mappedText';
import { isSpaceCode, type Line } from './lines';

export interface JoinRange {
  /** First line (index into `lines`). */
  readonly from: number;
  /** Line after the last. */
  readonly to: number;
  /** Source offset where reading starts on the first line (after a label), if not its start. */
  readonly startAt?: number;
  /** Source offset where reading stops on the last line (before a decision), if not its end. */
  readonly endAt?: number;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/**
 * Whether the line break after `tail` (the end of the previous line) joins without a space: a
 * hyphen right after a word ("electro-"), or a URL cut after a slash. `tail` is at most 200
 * characters long, so this costs the same on any line.
 */
function joinsTight(tail: string, nextFirst: number): boolean {
  const n = tail.length;
  if (n < 2 || !isWordCode(nextFirst)) return false;
  const last = tail.charCodeAt(n - 1);
  if (last === 45 /* - */) return !isSpaceCode(tail.charCodeAt(n - 2));
  if (last !== 47 /* / */) return false;
  const token = tail.slice(tail.lastIndexOf(' ') + 1);
  return token.includes('://') || token.startsWith('www.');
}

/**
 * Where the next form feed is, found with indexOf and kept while lines move forward (they only do):
 * each part of the text is searched once, however many lines are joined.
 */
class FormFeeds {
  private readonly source: string;
  private at = -2;

  constructor(source: string) {
    this.source = source;
  }

  /** The first form feed at or after `from`, or -1. `from` never decreases between calls. */
  next(from: number): number {
    if (this.at === -2 || (this.at >= 0 && this.at < from)) this.at = this.source.indexOf('\f', from);
    return this.at;
  }
}

/** Appends source[a, z) to the builder, leaving out form feeds. */
function appendVisible(b: MappedTextBuilder, source: string, a: number, z: number, feeds: FormFeeds): void {
  let run = a;
  for (let ff = feeds.next(a); ff >= 0 && ff < z; ff = feeds.next(run)) {
    if (ff > run) b.appendSource(source.slice(run, ff), run);
    run = ff + 1;
  }
  if (z > run) b.appendSource(source.slice(run, z), run);
}

export function joinLines(source: string, lines: readonly Line[], range: JoinRange): MappedText {
  const b = new MappedTextBuilder();
  const feeds = new FormFeeds(source);
  let tail = '';
  let end = range.startAt ?? lines[range.from]?.textStart ?? 0;
  const to = Math.min(range.to, lines.length);
  for (let i = range.from; i < to; i++) {
    const line = lines[i]!;
    let a = line.textStart;
    let z = line.textEnd;
    if (i === range.from && range.startAt !== undefined) a = Math.max(a, range.startAt);
    if (i === to - 1 && range.endAt !== undefined) z = Math.min(z, range.endAt);
    while (a < z && isSpaceCode(source.charCodeAt(a))) a++;
    while (z > a && isSpaceCode(source.charCodeAt(z - 1))) z--;
    if (a >= z) continue;
    if (b.length > 0 && !joinsTight(tail, source.charCodeAt(a))) b.appendSynthetic(' ');
    appendVisible(b, source, a, z, feeds);
    // Only the end of what was built matters for the next join; keep it short.
    tail = source.slice(Math.max(a, z - 200), z);
    end = z;
  }
  return b.length === 0 ? MappedText.empty(end) : b.build(end);
}
