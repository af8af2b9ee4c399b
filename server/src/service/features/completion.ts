/**
 * Citation completion from the catalog. The context is read from the text before the cursor on the
 * current field: after "Decision based on " the programs, after "MTUS " the guidelines with their
 * editions, after "Section(s): " and "Page(s): " the edition's sections and pages, after "ODG " the
 * ODG chapters and after an ODG chapter its topics; decision words after an `.imr.md` item heading's
 * colon; field labels at the start of a paragraph in an item. Values covering the item's treatment
 * come first (sortText). Each suggestion costs at most one pass over one edition's entries.
 */
import {
  type CompletionItem,
  CompletionItemKind,
  type CompletionList,
  type MarkupContent,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { Analysis, ItemAnalysis } from '../analysis';
import type { Catalog } from '../catalog/catalog';
import type { Treatment } from '../catalog/classify';
import { resolveCitation } from '../catalog/resolve';
import type { CatalogEntry, GuidelineEdition } from '../catalog/types';
import { coversTreatment } from '../citations/resolved';
import type { Field } from '../model/types';
import { entryMarkdown } from './hover';

/** How far back the context is read: a guideline sentence is shorter than this. */
const LOOK_BACK = 400;

const FIELD_LABELS = ['Claims Administrator guideline: ', 'MAXIMUS guideline: ', 'Decision rationale: '];
const DECISIONS = ['Upheld', 'Overturned'];

interface Context {
  readonly analysis: Analysis;
  readonly item: ItemAnalysis | undefined;
  readonly offset: number;
  /** The field the cursor is in: the last one starting before it (trailing spaces are not in its span). */
  readonly field: Field | undefined;
  /** Text of the current field (or line) up to the cursor, at most LOOK_BACK characters. */
  readonly before: string;
}

export function getCompletions(analysis: Analysis, position: Position): CompletionList {
  const items = completionItems(analysis, position);
  return { isIncomplete: false, items };
}

function completionItems(analysis: Analysis, position: Position): CompletionItem[] {
  const { determination, lines } = analysis;
  const offset = lines.offsetAt(position);
  const lineStart = lines.lineStart(position.line);
  const line = determination.text.slice(lineStart, offset);
  const item = analysis.items.find((ia) => ia.item.span.start <= offset && offset <= ia.item.span.end);
  if (determination.layout === 'imr-md' && /^##\s/.test(line)) return decisionWords(line, position);
  const field = item?.item.fields.filter((f) => f.span.start <= offset).at(-1);
  const from = Math.max(field?.span.start ?? lineStart, offset - LOOK_BACK);
  const context: Context = { analysis, item, offset, field, before: determination.text.slice(from, offset) };
  const cited = citationCompletions(context, position);
  if (cited) return cited;
  const previous =
    position.line > 0 ? determination.text.slice(lines.lineStart(position.line - 1), lineStart) : '';
  if (item && /^[A-Za-z ]{0,30}$/.test(line) && previous.trim() === '')
    return FIELD_LABELS.map((label, i) => ({
      label: label.slice(0, -2),
      kind: CompletionItemKind.Field,
      sortText: String(i),
      textEdit: { range: rangeBack(position, line.length), newText: label },
    }));
  return [];
}

/** `## Diazepam 10mg #30: |` offers the decision words. */
function decisionWords(line: string, position: Position): CompletionItem[] {
  const colon = line.lastIndexOf(':');
  if (colon < 0 || !/^\s*[A-Za-z]*$/.test(line.slice(colon + 1))) return [];
  const typed = line.slice(colon + 1).trimStart();
  return DECISIONS.map((d, i) => ({
    label: d,
    kind: CompletionItemKind.EnumMember,
    sortText: String(i),
    textEdit: { range: rangeBack(position, typed.length), newText: d },
  }));
}

/** The latest trigger before the cursor decides what is offered. */
function citationCompletions(c: Context, position: Position): CompletionItem[] | null {
  const b = c.before;
  const triggers: { at: number; run: () => CompletionItem[] | null }[] = [
    { at: b.lastIndexOf('Section(s):'), run: () => sectionItems(c, position) },
    { at: b.lastIndexOf('Page(s):'), run: () => pageItems(c, position) },
    { at: b.lastIndexOf('Decision based on'), run: () => programItems(c, position) },
    {
      at: Math.max(b.lastIndexOf('ODG'), b.lastIndexOf('Official Disability Guidelines')),
      run: () => odgItems(c, position),
    },
    { at: b.lastIndexOf('MTUS'), run: () => guidelineItems(c, position, b.lastIndexOf('MTUS') + 4) },
  ];
  const latest = triggers.filter((t) => t.at >= 0).sort((x, y) => y.at - x.at)[0];
  return latest ? latest.run() : null;
}

/** The partial value being typed: after the last list separator, without leading spaces. */
function typedValue(before: string, start: number): string {
  const tail = before.slice(start);
  const cut = Math.max(tail.lastIndexOf(','), tail.lastIndexOf(':'));
  return tail.slice(cut + 1).trimStart();
}

function rangeBack(position: Position, length: number): Range {
  return {
    start: { line: position.line, character: Math.max(0, position.character - length) },
    end: position,
  };
}

/** The citation the cursor stands in (the last one starting before it in its field), resolved. */
function citedEdition(c: Context): { edition: GuidelineEdition | null; chapterNumber?: number } {
  const { analysis } = c;
  const citation = c.item?.citations
    .filter((x) => x.kind === 'guideline' && x.field === c.field?.kind && x.span.start <= c.offset)
    .at(-1);
  if (!citation) return { edition: null };
  const r = resolveCitation(analysis.catalog, citation, analysis.asOf);
  return { edition: r.edition, chapterNumber: r.chapter?.number };
}

function sectionItems(c: Context, position: Position): CompletionItem[] {
  const { edition, chapterNumber } = citedEdition(c);
  const typed = typedValue(c.before, c.before.lastIndexOf('Section(s):') + 'Section(s):'.length);
  const editions = edition ? [edition] : sectionEditions(c.analysis);
  const out: CompletionItem[] = [];
  for (const ed of editions) {
    for (const entry of c.analysis.catalog.entriesOf(ed.source)) {
      if (
        chapterNumber !== undefined &&
        entry.chapterNumber !== undefined &&
        entry.chapterNumber !== chapterNumber
      )
        continue;
      for (const section of entry.sections.slice(0, 1))
        out.push(entryItem(c, entry, section, rangeBack(position, typed.length), out.length));
    }
  }
  return dedupe(out);
}

/** Editions cited by section that were in force on the date (all of them when undated). */
function sectionEditions(analysis: Analysis): GuidelineEdition[] {
  return analysis.catalog.editions.filter(
    (e) => e.citedBy.includes('section') && (!analysis.asOf || analysis.catalog.inForce(e, analysis.asOf)),
  );
}

function pageItems(c: Context, position: Position): CompletionItem[] {
  const { edition, chapterNumber } = citedEdition(c);
  const typed = typedValue(c.before, c.before.lastIndexOf('Page(s):') + 'Page(s):'.length);
  const source = pagedEdition(c.analysis, edition)?.source ?? 'MTUS-CPMTG-2009';
  const out: CompletionItem[] = [];
  for (const entry of c.analysis.catalog.entriesOf(source)) {
    if (chapterNumber !== undefined && entry.chapterNumber !== chapterNumber) continue;
    for (const page of entry.pages)
      out.push(entryItem(c, entry, String(page), rangeBack(position, typed.length), out.length));
  }
  return dedupe(out);
}

/**
 * Pages come from an edition cited by page. A name without a year can resolve to a later edition cited
 * by section (the 2016 CPMTG for a 2016 decision); "Page(s):" then means the paged edition of that name.
 */
function pagedEdition(analysis: Analysis, edition: GuidelineEdition | null): GuidelineEdition | null {
  if (!edition || edition.citedBy.includes('page')) return edition;
  return (
    analysis.catalog.editions.find(
      (e) => e.citedBy.includes('page') && e.names.some((n) => edition.names.includes(n)),
    ) ?? null
  );
}

function programItems(c: Context, position: Position): CompletionItem[] | null {
  const tail = c.before.slice(c.before.lastIndexOf('Decision based on') + 'Decision based on'.length);
  if (!/^\s[A-Za-z-]{0,20}$/.test(tail)) return null;
  const typed = tail.trimStart();
  return ['MTUS ', 'Non-MTUS Citation '].map((p, i) => ({
    label: p.trim(),
    kind: CompletionItemKind.Module,
    sortText: String(i),
    textEdit: { range: rangeBack(position, typed.length), newText: p },
    command: { title: 'Suggest', command: 'editor.action.triggerSuggest' },
  }));
}

/** After "MTUS ": guidelines as letters name them, with the edition year (ACOEM by chapter). */
function guidelineItems(c: Context, position: Position, start: number): CompletionItem[] | null {
  const tail = c.before.slice(start);
  if (!/^\s[A-Za-z ,&-]{0,60}$/.test(tail)) return null;
  const typed = tail.trimStart();
  const { catalog, asOf } = c.analysis;
  const treatment = c.item?.treatment ?? null;
  const out: CompletionItem[] = [];
  for (const ed of catalog.editions) {
    if (ed.program !== 'MTUS') continue;
    const inForce = !asOf || catalog.inForce(ed, asOf);
    const labels =
      ed.source === 'MTUS-ACOEM-2004'
        ? acoemChapters(catalog, ed)
        : [`${ed.names[0]} ${ed.edition ?? ''}`.trim()];
    const covers =
      treatment !== null && catalog.entriesOf(ed.source).some((e) => coversTreatment(e, treatment));
    for (const label of labels)
      out.push({
        label,
        kind: CompletionItemKind.Reference,
        detail: `${ed.title}${inForce ? '' : ' (not in force on the decision date)'}`,
        sortText: `${inForce ? 0 : 1}${covers ? 0 : 1}${String(out.length).padStart(4, '0')}`,
        textEdit: { range: rangeBack(position, typed.length), newText: label },
      });
  }
  return out;
}

function acoemChapters(catalog: Catalog, ed: GuidelineEdition): string[] {
  return catalog
    .chaptersOf(ed.source)
    .filter((ch) => ch.number !== undefined)
    .map((ch) => `${ch.names[0] ?? ch.name} ${ch.year ?? ed.edition ?? ''}`.trim());
}

/** After "ODG " a chapter; after "ODG <chapter>, " the chapter's topics. */
function odgItems(c: Context, position: Position): CompletionItem[] | null {
  const b = c.before;
  const odg = b.lastIndexOf('Official Disability Guidelines');
  const at = Math.max(b.lastIndexOf('ODG'), odg);
  let tail = b.slice(at + (at === odg ? 'Official Disability Guidelines'.length : 3));
  tail = tail.replace(/^\s*\(ODG\)/, '');
  if (tail.includes('.') || tail.length > 160) return null;
  const { catalog } = c.analysis;
  const parts = tail.split(/[,;]/);
  const typed = parts[parts.length - 1]!.trimStart();
  const range = rangeBack(position, typed.length);
  const chapterName = parts.length > 1 ? parts[parts.length - 2]!.trim() : '';
  const chapter = chapterName ? catalog.chaptersNamed(chapterName, 'ODG')[0] : undefined;
  if (chapter) {
    const names = [chapter.name, ...chapter.names];
    const entries = catalog.entriesOf('ODG').filter((e) => names.some((n) => e.chapter.startsWith(n)));
    return dedupe(entries.map((e, i) => entryItem(c, e, e.topic, range, i)));
  }
  if (parts.length > 2) return null;
  return catalog.chaptersOf('ODG').map((ch, i) => ({
    label: ch.name,
    kind: CompletionItemKind.Folder,
    sortText: String(i).padStart(4, '0'),
    textEdit: { range, newText: ch.name },
  }));
}

/** One value of an entry, ranked first when the entry covers the item's treatment. */
function entryItem(
  c: Context,
  entry: CatalogEntry,
  label: string,
  range: Range,
  order: number,
): CompletionItem {
  const treatment: Treatment | null = c.item?.treatment ?? null;
  const covers = treatment !== null && coversTreatment(entry, treatment);
  const documentation: MarkupContent = {
    kind: 'markdown',
    value: entryMarkdown(c.analysis, entry, treatment),
  };
  return {
    label,
    kind: CompletionItemKind.Value,
    detail: `${entry.topic} (${entry.provenance.confirmed ? 'confirmed' : `unconfirmed, ${entry.provenance.confidence} confidence`})`,
    documentation,
    sortText: `${covers ? 0 : 1}${String(order).padStart(5, '0')}`,
    textEdit: { range, newText: label },
  };
}

/** One suggestion per label: the best ranked. */
function dedupe(items: CompletionItem[]): CompletionItem[] {
  const best = new Map<string, CompletionItem>();
  for (const item of items) {
    const seen = best.get(item.label);
    if (!seen || (item.sortText ?? '') < (seen.sortText ?? '')) best.set(item.label, item);
  }
  return [...best.values()].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}
