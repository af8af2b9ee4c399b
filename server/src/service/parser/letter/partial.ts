/**
 * Partial certifications: an item line that tells the story of the request before naming what is
 * left for review. Two wordings are published:
 *   "X was the original request. Y was authorized by the Claims Administrator. The remaining IMR
 *    eligible portion of the original request, Z is: Upheld"
 *   "X was the original request. The Claims Administrator authorized Y, leaving the original request
 *    IMR eligible. The original request, Z is: Overturned"
 * The item's request is Z; X and Y go to `partial`. Matching is by plain substring search.
 */
import type { MappedText } from '../../model/mappedText';
import type { PartialCertification } from '../../model/types';

const ORIGINAL = ' was the original request';
const AUTHORIZED_AFTER = ' was authorized by the claims administrator';
const AUTHORIZED_BEFORE = 'the claims administrator authorized ';
const LEAVING = ', leaving the original request';
const REMAINING = 'original request,';

export interface ReadRequest {
  readonly request: MappedText;
  readonly partial?: PartialCertification;
}

/** Drops a trailing " is" (the request is followed by "is: Upheld"). */
function withoutTrailingIs(t: MappedText): MappedText {
  const s = t.text;
  if (s.length > 3 && s.toLowerCase().endsWith(' is')) return t.sub(0, s.length - 3).trim();
  return t;
}

function authorizedPart(heading: MappedText, lower: string, from: number): MappedText | undefined {
  const after = lower.indexOf(AUTHORIZED_AFTER, from);
  if (after >= 0) return heading.sub(from, after).trim();
  const before = lower.indexOf(AUTHORIZED_BEFORE, from);
  if (before < 0) return undefined;
  const start = before + AUTHORIZED_BEFORE.length;
  const leaving = lower.indexOf(LEAVING, start);
  return heading.sub(start, leaving >= 0 ? leaving : lower.indexOf('.', start)).trim();
}

/** Reads `heading` (the item text before its decision, colon dropped). */
export function readRequest(heading: MappedText): ReadRequest {
  const lower = heading.text.toLowerCase();
  const original = lower.indexOf(ORIGINAL);
  const remaining = lower.lastIndexOf(REMAINING);
  if (original < 0 || remaining < original) return { request: withoutTrailingIs(heading) };
  let afterOriginal = original + ORIGINAL.length;
  if (lower.charCodeAt(afterOriginal) === 46 /* . */) afterOriginal++;
  const authorized = authorizedPart(heading, lower, afterOriginal);
  const request = withoutTrailingIs(heading.sub(remaining + REMAINING.length, heading.text.length).trim());
  return {
    request,
    partial: {
      originalRequest: heading.sub(0, original).trim(),
      ...(authorized && authorized.text.length > 0 ? { authorized } : {}),
      text: heading,
    },
  };
}
