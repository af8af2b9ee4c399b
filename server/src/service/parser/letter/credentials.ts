/**
 * The reviewer's credentials: the 2016+ block ("State(s) of Licensure: ..." / "Certification(s)/
 * Specialty: ...", a value wrapping onto the next line) or, in 2013-2015 letters, the prose "is Board
 * Certified in X and is licensed to practice in Y".
 */
import type { MappedText } from '../../model/mappedText';
import type { Located } from '../../model/types';
import { sameIgnoringAsciiCase } from '../asciiCase';
import { joinLines } from './join';
import type { LetterLines } from './lines';

export interface Credentials {
  reviewerLicensure?: Located<string>;
  reviewerSpecialty?: Located<string>;
}

const BLOCK: readonly (readonly [string, keyof Credentials])[] = [
  ['state(s) of licensure:', 'reviewerLicensure'],
  ['certification(s)/specialty:', 'reviewerSpecialty'],
];

function located(t: MappedText): Located<string> | undefined {
  const v = t.trim();
  return v.text.length > 0 ? { value: v.text, raw: v.text, span: v.sourceSpan } : undefined;
}

/**
 * The block label `text` starts with, any case. Compared in place, not on a lower-cased copy of the
 * line's head: the labels are lower-case ASCII without "k" and do not end in "i", so the answer is
 * the same (asciiCase.ts).
 */
function blockLabelOf(text: string): (typeof BLOCK)[number] | undefined {
  return BLOCK.find(([label]) => sameIgnoringAsciiCase(text, 0, label));
}

/** The credentials block in lines [from, to); a value runs on until a blank line or the next label. */
function readBlock(doc: LetterLines, from: number, to: number): Credentials {
  const out: Credentials = {};
  for (let i = from; i < to; i++) {
    const line = doc.lines[i]!;
    const hit = blockLabelOf(line.text);
    if (!hit || out[hit[1]]) continue;
    let end = i + 1;
    while (end < to && end - i < 4) {
      const next = doc.lines[end]!;
      if (next.blank || next.indent >= 8 || blockLabelOf(next.text)) break;
      end++;
    }
    const value = located(
      joinLines(doc.source, doc.lines, { from: i, to: end, startAt: line.textStart + hit[0].length }),
    );
    if (value) out[hit[1]] = value;
  }
  return out;
}

/** The phrase after `lead` up to the first of `stops` (or a period), from prose. */
function phrase(
  body: MappedText,
  lower: string,
  lead: string,
  stops: readonly string[],
): Located<string> | undefined {
  const at = lower.indexOf(lead);
  if (at < 0) return undefined;
  const from = at + lead.length;
  let end = lower.indexOf('.', from);
  if (end < 0 || end - from > 200) end = Math.min(lower.length, from + 200);
  for (const stop of stops) {
    const s = lower.indexOf(stop, from);
    if (s >= 0 && s < end) end = s;
  }
  return located(body.sub(from, end));
}

function readProse(body: MappedText): Credentials {
  const lower = body.text.toLowerCase();
  const out: Credentials = {};
  const specialty = phrase(body, lower, 'board certified in ', [
    ', and is licensed',
    ' and is licensed',
    ', has ',
    ' and is ',
  ]);
  const licensure = phrase(body, lower, 'licensed to practice in ', [' and has', ' and is', '; ']);
  if (specialty) out.reviewerSpecialty = specialty;
  if (licensure) out.reviewerLicensure = licensure;
  return out;
}

/** Credentials from lines [from, to) (the section that states them), block first, prose second. */
export function readCredentials(doc: LetterLines, from: number, to: number): Credentials {
  const block = readBlock(doc, from, to);
  if (block.reviewerLicensure || block.reviewerSpecialty) return block;
  return readProse(joinLines(doc.source, doc.lines, { from, to }));
}
