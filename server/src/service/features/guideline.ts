/**
 * What the editor's guideline commands show: the catalog entry behind a citation or an item, and the
 * criteria checklist a reviewer pastes under an item. Our own words from the catalog, never letter text.
 */
import type { Position } from 'vscode-languageserver-types';
import type { Analysis, ItemAnalysis } from '../analysis';
import type { CatalogEntry } from '../catalog/types';

function itemAt(analysis: Analysis, position: Position): ItemAnalysis | undefined {
  const offset = analysis.lines.offsetAt(position);
  return analysis.items.find((i) => i.item.span.start <= offset && offset <= i.item.span.end);
}

function entryForItem(analysis: Analysis, item: ItemAnalysis | undefined): CatalogEntry | undefined {
  const id = item?.treatment?.entryIds[0];
  return id ? analysis.catalog.entry(id) : undefined;
}

/** The catalog entry a citation under the cursor names, else the one for the item's treatment. */
export function guidelineAt(analysis: Analysis, position: Position): CatalogEntry | undefined {
  const offset = analysis.lines.offsetAt(position);
  const item = itemAt(analysis, position);
  const citation = item?.citations.find((c) => c.span.start <= offset && offset <= c.span.end);
  if (citation) {
    const topics = [...citation.topics.map((t) => t.value), ...citation.sections.map((s) => s.value)];
    const pages = new Set(citation.pages.map((p) => p.value));
    const named = analysis.catalog.entries.find(
      (e) =>
        topics.some((t) => e.topic.toLowerCase() === t.toLowerCase() || e.sections.includes(t)) ||
        e.pages.some((p) => pages.has(p)),
    );
    if (named) return named;
  }
  return entryForItem(analysis, item);
}

/** A markdown page about one catalog entry. */
export function guidelineMarkdown(entry: CatalogEntry, catalogVersion: string): string {
  const where = [
    entry.pages.length ? `Page(s): ${entry.pages.join(', ')}` : '',
    entry.sections.length ? `Section(s): ${entry.sections.join('; ')}` : '',
  ].filter(Boolean);
  return [
    `# ${entry.topic}`,
    '',
    `${entry.source}, ${entry.chapter}${where.length ? ` (${where.join('; ')})` : ''}`,
    '',
    entry.summary,
    '',
    ...(entry.criteria.length ? ['## Criteria', '', ...entry.criteria.map((c) => `- ${c}`), ''] : []),
    `Cite as: ${entry.citationForm}`,
    '',
    `_Catalog ${catalogVersion}; confidence ${entry.provenance.confidence}${entry.provenance.confirmed ? ', confirmed' : ''}._`,
    '',
  ].join('\n');
}

/** A checklist of the criteria for the item under the cursor, or null when the catalog knows none. */
export function criteriaChecklist(analysis: Analysis, position: Position): string | null {
  const entry = entryForItem(analysis, itemAt(analysis, position));
  if (!entry || entry.criteria.length === 0) return null;
  return [
    `Criteria (${entry.topic}, ${entry.citationForm}):`,
    ...entry.criteria.map((c) => `- [ ] ${c}`),
    '',
  ].join('\n');
}

/** The skeleton of a new determination (docs/format.md). */
export function newDeterminationTemplate(): string {
  return [
    '---',
    'case: CM00-0000000',
    'decision-date: ',
    'date-of-injury: ',
    'ur-denial-date: ',
    'reviewer:',
    '  licensure: ',
    '  specialty: ',
    '---',
    '',
    '# Clinical Case Summary',
    '',
    '',
    '',
    '# IMR Issues, Decisions and Rationales',
    '',
    '## Request: Upheld',
    '',
    'Claims Administrator guideline: Decision based on ',
    '',
    'MAXIMUS guideline: Decision based on ',
    '',
    'Decision rationale: ',
    '',
  ].join('\n');
}
