import type { Analysis, ItemAnalysis } from '../analysis';
import type { CatalogEntry } from '../catalog/types';
import { esiLetter as esi } from '../citations/exampleLetter';
import {
  coversTreatment,
  isGeneralTopic,
  labelInSentence,
  namedEntriesOf,
  type ResolvedCitation,
  reviewerCitations,
} from '../citations/resolved';
import type { Located } from '../model/types';
import type { Report, Rule } from './types';

/** A cited page the catalog lists for another topic than the one named, or than the item's treatment. */
export const citationPageMismatch: Rule = {
  id: 'citation-page-mismatch',
  category: 'citation',
  title: 'A cited page belongs to another topic',
  description: [
    'For guidelines cited by page (the 2009 Chronic Pain Medical Treatment Guidelines, ACOEM chapters),',
    "the rule compares each citation's pages in the reviewer's guideline line and the rationale with the",
    "catalog's pages:",
    '',
    '- when the citation names its topic or section and none of its pages is one the catalog lists for',
    '  that topic ("Epidural steroid injections, Page(s): 24");',
    "- when it names no topic, none of its pages belongs to a topic covering the item's treatment, the",
    '  catalog lists pages for such a topic, and no page is a general one (an ESI item citing page 24,',
    '  Benzodiazepines).',
    '',
    'The pages in the catalog are unconfirmed (no public copy of the books was checked), so the rule',
    "is a warning and its message says so. The fix writes the catalog's page; it is not applied",
    'automatically.',
  ].join('\n'),
  rationale:
    'A page cited for the wrong topic sends the parties to a passage that does not support the decision; the citation is the only pointer the letter gives to the guideline it applied.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: true,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: esi('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.') }],
  valid: [
    { code: esi('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 46.') },
    {
      note: 'Pages of a general topic (the introduction) are not judged against the treatment.',
      code: esi('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 1, 46.'),
    },
  ],
  check({ analysis, report }) {
    for (const ia of analysis.items) {
      for (const r of reviewerCitations(analysis, ia)) {
        const found = pageMismatch(analysis, ia, r);
        if (found) report({ ...found, itemIndex: ia.item.index });
      }
    }
  },
};

function pageMismatch(analysis: Analysis, ia: ItemAnalysis, r: ResolvedCitation): Report | null {
  const { citation: c, resolution } = r;
  const edition = resolution.edition;
  if (c.kind !== 'guideline' || !edition || c.pages.length === 0) return null;
  const { catalog } = analysis;
  const chapterNumber = resolution.chapter?.number;
  const onPage = (p: Located<number>) => catalog.entriesForPage(edition.source, p.value, chapterNumber);
  const paged = (es: readonly CatalogEntry[]) => es.filter((e) => e.pages.length > 0);
  const named = paged(namedEntriesOf(analysis, r).filter((e) => e.source === edition.source));
  if (named.length > 0) {
    if (c.pages.some((p) => named.some((e) => e.pages.includes(p.value)))) return null;
    const target = named[0]!;
    return mismatch(c.pages[0]!, onPage(c.pages[0]!), target, `"${target.topic}"`);
  }
  const treatment = ia.treatment;
  if (!treatment) return null;
  const fitting = paged(catalog.entriesOf(edition.source).filter((e) => coversTreatment(e, treatment)));
  const target = fitting.find((e) => chapterNumber === undefined || e.chapterNumber === chapterNumber);
  if (!target) return null;
  for (const p of c.pages) {
    const here = onPage(p);
    if (here.length === 0 || here.some((e) => coversTreatment(e, treatment) || isGeneralTopic(e)))
      return null;
  }
  const first = c.pages.find((p) => onPage(p).length > 0);
  return first
    ? mismatch(first, onPage(first), target, `${labelInSentence(treatment.label)} (the request)`)
    : null;
}

function mismatch(
  page: Located<number>,
  here: readonly CatalogEntry[],
  target: CatalogEntry,
  what: string,
): Report {
  const other =
    here.length > 0 ? `the catalog lists it for "${here[0]!.topic}"` : 'the catalog lists no topic there';
  const pages = target.pages.join(', ');
  const firstPage = String(target.pages[0]);
  return {
    span: page.span,
    message: `Page ${page.value} does not match ${what}: ${other}, and ${target.topic} is on page(s) ${pages} (catalog pages are unconfirmed).`,
    fixes: [
      {
        title: `Cite page ${firstPage} (unconfirmed)`,
        edits: [{ span: page.span, newText: firstPage }],
        safe: false,
      },
    ],
  };
}
