/**
 * Hover on citations and item headings. On a page, section, topic or guideline name of a recognised
 * citation: the catalog entry's topic, summary, criteria, provenance ("page unconfirmed" unless
 * confirmed) and the treatments it covers; on an item heading: the kind of treatment the request is.
 */
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import type { Analysis, ItemAnalysis } from '../analysis';
import type { Treatment } from '../catalog/classify';
import type { CatalogEntry } from '../catalog/types';
import {
  coversTreatment,
  namedEntries,
  type ResolvedCitation,
  resolvedCitations,
} from '../citations/resolved';
import type { Located, Span } from '../model/types';

const MAX_CRITERIA = 6;
const MAX_ENTRIES = 3;

export function getHover(analysis: Analysis, position: Position): Hover | null {
  const offset = analysis.lines.offsetAt(position);
  const item = analysis.items.find((ia) => ia.item.span.start <= offset && offset <= ia.item.span.end);
  if (!item) return null;
  if (within(item.item.headingSpan, offset)) return headingHover(analysis, item);
  for (const r of resolvedCitations(analysis, item)) {
    if (!within(r.citation.span, offset)) continue;
    const found = citationHover(analysis, item, r, offset);
    if (found) return found;
  }
  return null;
}

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

function hover(value: string, span: Span, analysis: Analysis): Hover {
  const contents: MarkupContent = { kind: 'markdown', value };
  return { contents, range: analysis.lines.rangeOf(span) };
}

function headingHover(analysis: Analysis, ia: ItemAnalysis): Hover {
  const t = ia.treatment;
  if (!t) return hover('**Treatment:** not recognised by the classifier.', ia.item.headingSpan, analysis);
  const topics = t.entryIds
    .slice(0, MAX_ENTRIES)
    .map((id) => analysis.catalog.entry(id))
    .filter((e): e is CatalogEntry => e !== undefined)
    .map((e) => `- ${e.topic} (${analysis.catalog.edition(e.source)?.title ?? e.source})`);
  const lines = [`**Treatment:** ${t.label} (\`${t.kind}\`)`];
  if (topics.length > 0) lines.push('', 'Guideline topics covering it:', ...topics);
  return hover(lines.join('\n'), ia.item.headingSpan, analysis);
}

function citationHover(
  analysis: Analysis,
  ia: ItemAnalysis,
  r: ResolvedCitation,
  offset: number,
): Hover | null {
  const { catalog, asOf } = analysis;
  const { citation: c, resolution } = r;
  const edition = resolution.edition;
  if (!edition) return null;
  const chapterNumber = resolution.chapter?.number;
  const at = <T>(parts: readonly Located<T>[]) => parts.find((p) => within(p.span, offset));
  const page = at(c.pages);
  if (page) {
    const entries = catalog.entriesForPage(edition.source, page.value, chapterNumber);
    return entriesHover(analysis, ia, entries, page.span, `Page ${page.value} of ${edition.title}`);
  }
  const part = at(c.sections) ?? at(c.topics);
  if (part) {
    const only = {
      ...c,
      sections: c.sections.includes(part) ? [part] : [],
      topics: c.topics.includes(part) ? [part] : [],
    };
    const entries = namedEntries(catalog, only, asOf);
    return entriesHover(analysis, ia, entries, part.span, `"${part.value.slice(0, 60)}" in ${edition.title}`);
  }
  if (c.guideline && within(c.guideline.span, offset)) {
    const dates = `${edition.inForceFrom ?? 'undated'} to ${edition.inForceUntil ?? 'today'}`;
    const lines = [
      `**${edition.title}** (${edition.program})`,
      '',
      `In force: ${dates}; cited by ${edition.citedBy.join(' or ')}.`,
      '',
      provenanceLine(edition.provenance, false),
    ];
    return hover(lines.join('\n'), c.guideline.span, analysis);
  }
  return null;
}

function entriesHover(
  analysis: Analysis,
  ia: ItemAnalysis,
  entries: readonly CatalogEntry[],
  span: Span,
  title: string,
): Hover {
  if (entries.length === 0) return hover(`${title}: not in the catalog.`, span, analysis);
  const body = entries
    .slice(0, MAX_ENTRIES)
    .map((e) => entryMarkdown(analysis, e, ia.treatment))
    .join('\n\n---\n\n');
  return hover(body, span, analysis);
}

/** An entry as markdown: topic, summary, criteria, what it covers, provenance. */
export function entryMarkdown(analysis: Analysis, entry: CatalogEntry, treatment: Treatment | null): string {
  const { catalog } = analysis;
  const edition = catalog.edition(entry.source);
  const where = [
    edition?.title ?? entry.source,
    entry.pages.length > 0 ? `page(s) ${entry.pages.join(', ')}` : '',
    entry.sections.length > 0 ? `section ${entry.sections[0]}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const covered = entry.treatments.map((k) => catalog.treatmentKind(k)?.label ?? k);
  const lines = [`**${entry.topic}** (${where})`, '', entry.summary];
  if (entry.criteria.length > 0)
    lines.push('', ...entry.criteria.slice(0, MAX_CRITERIA).map((x) => `- ${x}`));
  if (covered.length > 0) lines.push('', `Covers: ${covered.join(', ')}.`);
  if (treatment)
    lines.push(
      coversTreatment(entry, treatment)
        ? `Covers this request (${treatment.label}).`
        : `Does not cover this request (${treatment.label}).`,
    );
  lines.push('', provenanceLine(entry.provenance, entry.pages.length > 0));
  return lines.join('\n');
}

function provenanceLine(p: CatalogEntry['provenance'], paged: boolean): string {
  const sure = p.confirmed ? 'confirmed' : paged ? 'page unconfirmed' : 'unconfirmed';
  return `_Source: ${p.sources.join('; ')}. Confidence: ${p.confidence}; ${sure}._`;
}
