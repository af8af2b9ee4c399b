/**
 * A field's citations reused from the document's last version when the field is the same text with
 * the same map, only moved (an edit above it): the citations are read again only for fields an edit
 * touched. Safe by construction: `readFieldCitations` is a function of the field's kind, text, map
 * and span alone, and reaches source offsets only through the map and the span, so the key below (all
 * of those, offsets relative to the field's start) gives the same citations moved by the difference
 * of the starts.
 */
import type { VersionMemo } from '../memo';
import type { Citation } from '../model/citation';
import type { Field, Span } from '../model/types';
import { readFieldCitations } from './read';

/** A field's citations with the offset the field started at when they were read. */
export interface PlacedCitations {
  readonly base: number;
  readonly citations: readonly Citation[];
}

export function reusedFieldCitations(field: Field, memo: VersionMemo<PlacedCitations>): readonly Citation[] {
  const base = field.span.start;
  const key = `${field.kind}\0${field.span.end - base}\0${field.text.shapeKey(base)}\0${field.text.text}`;
  const found = memo.get(key, () => ({ base, citations: readFieldCitations(field) }));
  const delta = base - found.base;
  return delta === 0 ? found.citations : found.citations.map((c) => moved(c, delta));
}

/** A copy with every span (an object under a `span` key) moved by `delta`; citations are plain data. */
function moved<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((v: unknown) => moved(v, delta)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'span' && isSpan(v) ? { start: v.start + delta, end: v.end + delta } : moved(v, delta);
  }
  return out as T;
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && 'start' in v && 'end' in v;
}
