import type { Catalog } from '../catalog/catalog';
import { perCatalog } from '../catalog/memo';
import { containsWords, editDistance, nameKey } from '../catalog/normalize';
import type { CatalogEntry, GuidelineEdition } from '../catalog/types';
import { esiLetter as esi } from '../citations/exampleLetter';
import { type ResolvedCitation, reviewerCitations } from '../citations/resolved';
import type { Span } from '../model/types';
import type { Fix, Report, Rule } from './types';

/** A guideline, edition, chapter, section or page of an MTUS citation that the catalog does not know. */
export const citationUnknown: Rule = {
  id: 'citation-unknown',
  category: 'citation',
  title: 'A cited guideline, edition, chapter, section or page is not in the catalog',
  description: [
    "The rule resolves each MTUS citation in the reviewer's guideline line and the rationale against the",
    'catalog and reports the part that names nothing: a guideline name, an edition year the guideline',
    'never had, an ACOEM chapter number it does not have, a section it does not have, or a page outside',
    'all of its topics. The finding points at that part and suggests the nearest known name.',
    '',
    'Non-MTUS citations (ODG topics, journals, web pages) are not judged: the catalog holds only part',
    "of ODG. Topics named in the rationale's prose are not judged either, nor the Claims Administrator",
    'line (it reports what utilization review cited). A misspelling of a known name is',
    '`citation-spelling`, not this rule. The catalog is incomplete and its pages are unconfirmed, so a',
    'finding is a warning: check the guideline, and add the fact to a team catalog file if it is right.',
  ].join('\n'),
  rationale:
    'A citation that names no real part of the guideline cannot be checked by the parties or on appeal (8 CCR 9792.21.1 asks for the guideline actually applied).',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: true,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: esi('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 460.') }],
  valid: [
    { code: esi('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 46.') },
    {
      note: 'Non-MTUS citations are not judged.',
      code: esi('Decision based on Non-MTUS Citation Spine Journal 2012, Epidural injections review.'),
    },
  ],
  check({ analysis, report }) {
    const { catalog } = analysis;
    for (const ia of analysis.items) {
      for (const r of reviewerCitations(analysis, ia)) {
        const { citation: c, resolution } = r;
        if (c.kind !== 'guideline' || c.program === 'Non-MTUS') continue;
        const reports: Report[] = [];
        if (resolution.edition?.program === 'Non-MTUS') continue;
        if (resolution.edition) {
          unknownEdition(catalog, r, reports);
          unknownChapter(catalog, r, reports);
          // Read once per citation, not once per unresolved section: a long list stays linear.
          const heads = resolution.unresolved.some((u) => u.part === 'section')
            ? new Set(c.sections.map((s) => nameKey(s.value.split(',')[0] ?? '')))
            : new Set<string>();
          for (const u of resolution.unresolved) {
            if (u.part === 'topic' && c.field === 'rationale') continue;
            if (u.part === 'guideline') continue;
            if (u.part === 'section' && continuesSection(catalog, resolution.edition, heads, String(u.value)))
              continue;
            const near =
              u.part === 'page' ? null : nearestEntry(catalog, resolution.edition, String(u.value));
            const suggestion = near ? displayName(near, String(u.value)) : null;
            // The name exists, in another chapter than the one cited: no spelling to suggest.
            const elsewhere = suggestion !== null && nameKey(suggestion) === nameKey(String(u.value));
            const where =
              elsewhere && resolution.chapter ? resolution.chapter.name : resolution.edition.title;
            reports.push(
              withSuggestion(
                u.span,
                `${partWord(u.part)} ${quote(u.value)} is not in the catalog's ${where}`,
                elsewhere ? null : suggestion,
              ),
            );
          }
        } else if (c.field === 'reviewerGuideline' && c.program === 'MTUS') {
          for (const u of resolution.unresolved) {
            if (u.part !== 'guideline' || closeToEdition(catalog, String(u.value))) continue;
            if (namesKnownGuideline(catalog, String(u.value))) continue;
            const near = nearestEdition(catalog, String(u.value));
            reports.push(
              withSuggestion(
                u.span,
                `The guideline ${quote(u.value)} is not an MTUS guideline the catalog knows`,
                near,
              ),
            );
          }
        }
        for (const x of reports) report({ ...x, itemIndex: ia.item.index });
      }
    }
  },
};

function unknownEdition(catalog: Catalog, r: ResolvedCitation, out: Report[]): void {
  const { citation: c, resolution } = r;
  const edition = resolution.edition;
  if (!edition || edition.edition === null || !c.edition) return;
  const year = c.edition.value;
  const chapterYear = resolution.chapter?.year;
  // The cheap tests first: the editions of the same name are looked up only when neither decides.
  if (chapterYear === year || edition.edition === year) return;
  const sameName = c.guideline ? catalog.editionsNamed(c.guideline.value) : [edition];
  if (sameName.some((e) => e.edition === year)) return;
  out.push(
    withSuggestion(
      c.edition.span,
      `${edition.title} has no ${year} edition in the catalog`,
      String(chapterYear ?? edition.edition),
    ),
  );
}

function unknownChapter(catalog: Catalog, r: ResolvedCitation, out: Report[]): void {
  const { citation: c, resolution } = r;
  if (!resolution.edition || resolution.chapter || !c.chapter || !/^\d{1,3}$/.test(c.chapter.value)) return;
  const chapters = catalog.chaptersOf(resolution.edition.source);
  if (chapters.length === 0) return;
  const numbers = chapters.flatMap((ch) => (ch.number === undefined ? [] : [ch.number]));
  out.push(
    withSuggestion(
      c.chapter.span,
      `${resolution.edition.title} has no chapter ${c.chapter.value} in the catalog (chapters ${numbers.join(', ')})`,
      null,
    ),
  );
}

function withSuggestion(span: Span, message: string, suggestion: string | null): Report {
  const fixes: Fix[] = suggestion
    ? [{ title: `Change to "${suggestion}"`, edits: [{ span, newText: suggestion }], safe: false }]
    : [];
  return { span, message: suggestion ? `${message}; did you mean "${suggestion}"?` : `${message}.`, fixes };
}

function partWord(part: string): string {
  return part === 'page' ? 'Page' : part === 'section' ? 'Section' : 'Topic';
}

const quote = (v: string | number) => (typeof v === 'number' ? String(v) : `"${v.slice(0, 60)}"`);

/** The closest section or topic of the edition, when one is close enough to be what was meant. */
function nearestEntry(catalog: Catalog, edition: GuidelineEdition, value: string): CatalogEntry | null {
  return catalog.findEntries(value, { source: edition.source, minScore: 0.5 })[0]?.entry ?? null;
}

function displayName(entry: CatalogEntry, value: string): string {
  const key = nameKey(value);
  return entry.sections.find((s) => nameKey(s).includes(key)) ?? entry.sections[0] ?? entry.topic;
}

/** Within a typo or two of an edition's name: `citation-spelling` reports it. */
export function closeToEdition(catalog: Catalog, name: string): boolean {
  const key = nameKey(name);
  return catalog.editions.some((e) =>
    e.names.some((n) => {
      const k = nameKey(n);
      return k !== key && editDistance(key, k, 2) <= 2;
    }),
  );
}

function nearestEdition(catalog: Catalog, name: string): string | null {
  const key = nameKey(name);
  let best: { name: string; d: number } | null = null;
  for (const e of catalog.editions) {
    if (e.program !== 'MTUS') continue;
    for (const n of e.names) {
      const d = editDistance(key, nameKey(n), 8);
      if (d <= 8 && (!best || d < best.d)) best = { name: n, d };
    }
  }
  return best?.name ?? null;
}

/** A catalog section written "Head, tail" split as two: each one's keys, per catalog and source. */
const splitSectionsOf = perCatalog<readonly { readonly head: string; readonly tail: string }[]>();

/**
 * "Opioids, criteria for use, On-Going Management": the list repeats no head, so "On-Going Management"
 * stands for "Opioids, on-going management" when another cited section starts with "Opioids".
 */
function continuesSection(
  catalog: Catalog,
  edition: GuidelineEdition,
  citedHeads: ReadonlySet<string>,
  value: string,
): boolean {
  const key = nameKey(value);
  const split = splitSectionsOf(catalog).get(edition.source, () =>
    catalog.entriesOf(edition.source).flatMap((e) =>
      e.sections.flatMap((s) => {
        const parts = s.split(',');
        return parts.length > 1
          ? [{ head: nameKey(parts[0]!), tail: nameKey(parts[parts.length - 1]!) }]
          : [];
      }),
    ),
  );
  return split.some((s) => s.tail === key && citedHeads.has(s.head));
}

/** "ACOEM Low Back Complaints": a known edition or chapter name inside the name, as whole words. */
function namesKnownGuideline(catalog: Catalog, name: string): boolean {
  const key = nameKey(name);
  const names = [...catalog.editions.flatMap((e) => e.names), ...catalog.chapters.flatMap((ch) => ch.names)];
  return names.some((n) => {
    const k = nameKey(n);
    return k.length >= 3 && containsWords(key, k);
  });
}
