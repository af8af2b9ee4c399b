/**
 * Item headings (`## <request>: <decision>`) and partial-certification paragraphs.
 */
import { MappedText } from '../../model/mappedText';
import type { Decision, Located, ParseProblem, PartialCertification, Span } from '../../model/types';
import { trimSpan } from './lines';

export interface ItemHeading {
  readonly request: MappedText;
  readonly decision: Located<Decision | null> | null;
  readonly problem?: ParseProblem;
}

const DECISIONS: Readonly<Record<string, Decision>> = { upheld: 'Upheld', overturned: 'Overturned' };
/** A lone word after the last ": " is meant as a decision, even when it is not one ("Approved"). */
const ONE_WORD = /^[A-Za-z]{1,20}\.?$/;

/**
 * Splits the heading on its LAST ": ", since requests contain colons ("Diazepam 10mg, QTY: 60: Upheld").
 * Whatever precedes it is the request, as written.
 */
export function readItemHeading(text: string, content: Span): ItemHeading {
  const colon = content.end - content.start >= 2 ? text.lastIndexOf(': ', content.end - 2) : -1;
  if (colon >= content.start) {
    const word = trimSpan(text, colon + 1, content.end);
    const raw = text.slice(word.start, word.end);
    const request = trimmedText(text, content.start, colon);
    const decision = DECISIONS[raw.toLowerCase()];
    if (decision) return { request, decision: { value: decision, raw, span: word } };
    if (ONE_WORD.test(raw)) {
      return {
        request,
        decision: { value: null, raw, span: word },
        problem: {
          code: 'decision-invalid',
          message: 'The decision must be Upheld or Overturned.',
          span: word,
        },
      };
    }
  }
  return {
    request: trimmedText(text, content.start, content.end),
    decision: null,
    problem: {
      code: 'item-without-decision',
      message:
        'An item heading ends with its decision: `## <request>: Upheld` or `## <request>: Overturned`.',
      span: content.end > content.start ? content : { start: content.start, end: content.start },
    },
  };
}

function trimmedText(text: string, start: number, end: number): MappedText {
  const s = trimSpan(text, start, end);
  return MappedText.slice(text, s.start, s.end);
}

const ORIGINAL = ' was the original request';
const AUTHORIZED = ' was authorized by the claims administrator';
const AUTHORIZED_BY = 'the claims administrator authorized ';
const LEAVING = ', leaving';

/**
 * "X was the original request. Y was authorized by the Claims Administrator. The remaining ..." or
 * "... The Claims Administrator authorized Y, leaving ...": the parts are picked out when present.
 */
export function readPartial(text: MappedText): PartialCertification {
  const lower = text.text.toLowerCase();
  const original = lower.indexOf(ORIGINAL);
  const afterOriginal = original < 0 ? 0 : lower.indexOf('.', original) + 1;
  let authorized: MappedText | undefined;
  const passive = lower.indexOf(AUTHORIZED, afterOriginal);
  if (passive > afterOriginal) authorized = text.sub(afterOriginal, passive).trim();
  else {
    const active = lower.indexOf(AUTHORIZED_BY, afterOriginal);
    if (active >= 0) {
      const from = active + AUTHORIZED_BY.length;
      const leaving = lower.indexOf(LEAVING, from);
      const stop = leaving >= 0 ? leaving : lower.indexOf('.', from);
      if (stop > from) authorized = text.sub(from, stop).trim();
    }
  }
  return {
    ...(original > 0 ? { originalRequest: text.sub(0, original).trim() } : {}),
    ...(authorized ? { authorized } : {}),
    text,
  };
}
