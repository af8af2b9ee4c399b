/**
 * The model as plain JSON (what `imr-lint parse` prints). Lines and columns are 1-based, columns
 * in UTF-16 code units, as editors count them.
 */
import type { Analysis } from './analysis';
import type { Citation } from './model/citation';
import type { LineIndex } from './model/lineIndex';
import type { CalendarDate, Located, Span } from './model/types';

export interface JsonRange {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}

export function toJsonRange(lines: LineIndex, span: Span): JsonRange {
  const r = lines.rangeOf(span);
  return {
    start: { line: r.start.line + 1, column: r.start.character + 1 },
    end: { line: r.end.line + 1, column: r.end.character + 1 },
  };
}

export function isoDate(d: CalendarDate | undefined | null): string | null {
  if (!d) return null;
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function citationJson(lines: LineIndex, c: Citation) {
  return {
    kind: c.kind,
    field: c.field,
    program: c.program,
    guideline: c.guideline?.value ?? null,
    edition: c.edition?.value ?? null,
    chapter: c.chapter?.value ?? null,
    topics: c.topics.map((t) => t.value),
    pages: [...new Set(c.pages.map((p) => p.value))],
    sections: c.sections.map((s) => s.value),
    range: toJsonRange(lines, c.span),
  };
}

const value = <T>(l: Located<T> | undefined) => l?.value ?? null;

export function analysisToJson(analysis: Analysis, file: string) {
  const { determination: det, lines } = analysis;
  const h = det.header;
  return {
    file,
    layout: det.layout,
    case: value(h.caseNumber),
    decisionDate: isoDate(h.decisionDate?.value),
    dateOfInjury: isoDate(h.dateOfInjury?.value),
    urDenialDate: isoDate(h.urDenialDate?.value),
    items: analysis.items.map(({ item, citations, treatment, rationaleFacts }) => ({
      request: item.request.text,
      decision: item.decision?.value ?? null,
      treatment: treatment
        ? { kind: treatment.kind, label: treatment.label, entries: treatment.entryIds }
        : null,
      claimsAdministratorGuideline: item.claimsAdministratorGuideline?.text.text ?? null,
      reviewerGuideline: item.reviewerGuideline?.text.text ?? null,
      rationale: item.rationale?.text.text ?? null,
      citations: citations.map((c) => citationJson(lines, c)),
      facts: rationaleFacts.map((f) => ({
        kind: f.kind,
        status: f.status,
        attributes: f.attributes,
        range: toJsonRange(lines, f.span),
      })),
      range: toJsonRange(lines, item.span),
    })),
    facts: analysis.summaryFacts.map((f) => ({
      kind: f.kind,
      status: f.status,
      attributes: f.attributes,
      range: toJsonRange(lines, f.span),
    })),
    problems: det.problems.map((p) => {
      const pos = lines.positionAt(p.span.start);
      return { code: p.code, message: p.message, line: pos.line + 1, column: pos.character + 1 };
    }),
  };
}
