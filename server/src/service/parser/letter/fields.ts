/**
 * Field labels ("Decision rationale:") and the fields they open. A field runs from its label over
 * wraps and page breaks to the line before the next label, item or section.
 */
import type { Field, FieldKind } from '../../model/types';
import { sameIgnoringAsciiCase } from '../asciiCase';
import { joinLines } from './join';
import type { LetterLines } from './lines';

export interface LabelMatch {
  readonly kind: FieldKind;
  /** The label as written, without the colon. */
  readonly label: string;
  readonly line: number;
  readonly labelStart: number;
  /** Offset just past the colon: the field's text starts here. */
  readonly textStart: number;
}

/** Labels of 2014+ letters, lower-case, without the colon. */
const LABELS_2014: readonly (readonly [string, FieldKind])[] = [
  ['claims administrator guideline', 'claimsAdministratorGuideline'],
  ['maximus guideline', 'reviewerGuideline'],
  ['reviewer guideline', 'reviewerGuideline'],
  ['expert reviewer guideline', 'reviewerGuideline'],
  ['decision rationale', 'rationale'],
];

/** Labels of 2013 letters. */
const LABELS_2013: readonly (readonly [string, FieldKind])[] = [
  ['medical treatment guideline(s) relied upon by the claims administrator', 'claimsAdministratorGuideline'],
  ['medical treatment guideline relied upon by the claims administrator', 'claimsAdministratorGuideline'],
  ['medical treatment guideline(s) relied upon by the expert reviewer', 'reviewerGuideline'],
  ['medical treatment guideline relied upon by the expert reviewer', 'reviewerGuideline'],
  ['rationale for the decision', 'rationale'],
];

export type LabelSet = 'letter-2013' | 'letter-2014';

/** The label that opens line `i`, if any. Labels are matched case-insensitively at the line's start. */
export function matchLabel(doc: LetterLines, i: number, set: LabelSet): LabelMatch | null {
  const line = doc.lines[i]!;
  // Every label ends with a colon within the first 90 characters; most lines have none there
  // (lower-casing never makes a colon, so the test on the line as written is the same).
  const colon = line.text.indexOf(':');
  if (colon < 0 || colon >= 90) return null;
  // Compared in place, not on a lower-cased copy of the line's head: the labels are lower-case ASCII
  // without "k", none ends in "i" (asciiCase.ts), so the answer is the same.
  const text = line.text;
  const limit = Math.min(90, text.length);
  for (const [label, kind] of set === 'letter-2013' ? LABELS_2013 : LABELS_2014) {
    if (label.length > limit || !sameIgnoringAsciiCase(text, 0, label)) continue;
    let k = label.length;
    while (k < limit && text.charCodeAt(k) === 32) k++;
    if (k >= limit || text.charCodeAt(k) !== 58 /* : */) continue;
    return {
      kind,
      label: line.text.slice(0, label.length),
      line: i,
      labelStart: line.textStart,
      textStart: line.textStart + k + 1,
    };
  }
  return null;
}

/** The field opened by `label`, running to the line before `to`. */
export function buildField(doc: LetterLines, label: LabelMatch, to: number): Field {
  const text = joinLines(doc.source, doc.lines, { from: label.line, to, startAt: label.textStart });
  const end = Math.max(label.textStart, text.sourceSpan.end);
  return {
    kind: label.kind,
    label: label.label,
    labelSpan: { start: label.labelStart, end: label.labelStart + label.label.length },
    text,
    span: { start: label.labelStart, end },
  };
}

/** The first field of each kind, as the Item's named fields. */
export function namedFields(fields: readonly Field[]): {
  claimsAdministratorGuideline?: Field;
  reviewerGuideline?: Field;
  rationale?: Field;
} {
  const out: { claimsAdministratorGuideline?: Field; reviewerGuideline?: Field; rationale?: Field } = {};
  for (const f of fields) if (!out[f.kind]) out[f.kind] = f;
  return out;
}
