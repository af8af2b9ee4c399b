/** Builds fields and items the way the readers do (hard wraps joined by a space), for citation tests. */
import { readCitations } from '../../../server/src/service/citations/read';
import type { Citation } from '../../../server/src/service/model/citation';
import { MappedTextBuilder } from '../../../server/src/service/model/mappedText';
import type { Field, FieldKind, Item } from '../../../server/src/service/model/types';

/** A field whose source is `lines` joined by newlines (hard wraps), read as one line joined by spaces. */
export function field(kind: FieldKind, lines: readonly string[]): { field: Field; source: string } {
  const source = lines.join('\n');
  const b = new MappedTextBuilder();
  let at = 0;
  lines.forEach((line, i) => {
    if (i > 0) b.appendSynthetic(' ');
    b.appendSource(line, at);
    at += line.length + 1;
  });
  const text = b.build(source.length);
  return {
    field: {
      kind,
      label: kind,
      labelSpan: { start: 0, end: 0 },
      text,
      span: { start: 0, end: source.length },
    },
    source,
  };
}

export function item(fields: Field[]): Item {
  return {
    index: 0,
    request: new MappedTextBuilder().build(0),
    decision: null,
    fields,
    headingSpan: { start: 0, end: 0 },
    span: { start: 0, end: 0 },
  };
}

/** The citations of one field made of `lines`. */
export function cite(kind: FieldKind, ...lines: string[]): { citations: Citation[]; source: string } {
  const f = field(kind, lines);
  return { citations: readCitations(item([f.field])), source: f.source };
}
