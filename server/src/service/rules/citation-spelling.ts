import type { Catalog } from '../catalog/catalog';
import { BoundedMemo } from '../catalog/memo';
import { editDistance, nameKey, typoBudget } from '../catalog/normalize';
import { BENZO_RATIONALE, exampleLetter } from '../citations/exampleLetter';
import { resolvedCitations, singularKey } from '../citations/resolved';
import type { Located } from '../model/types';
import type { Report, Rule } from './types';

const benzo = (reviewerLine: string) =>
  exampleLetter({ heading: 'Diazepam 10mg #30: Upheld', reviewerLine, rationale: BENZO_RATIONALE });

/** A guideline or topic name one or two letters away from the catalog's name. */
export const citationSpelling: Rule = {
  id: 'citation-spelling',
  category: 'citation',
  title: 'A guideline or topic name is misspelt',
  description: [
    'Reports a guideline name, chapter, section or topic in a citation that is not spelt as the',
    'guideline spells it but is within a typo or two of a name the catalog knows ("Chronic Pain',
    'Medical Treatmen Guidelines", "Benzodiazapines"). Case, punctuation, "&" for "and", filler words',
    '("Guidelines", "Chapter") and a plural "s" do not count as misspellings. Every guideline line is',
    'checked, the Claims Administrator line too (the letter repeats it), and guideline names in the',
    'rationale.',
    '',
    "The fix writes the catalog's spelling; it is safe and applied by `--fix`.",
  ].join('\n'),
  rationale:
    'A determination is a legal document sent to the injured worker and the parties; a misspelt guideline name makes the citation harder to find and the letter look careless.',
  defaultSeverity: 'warning',
  precision: 'high',
  fixable: true,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: benzo('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazapines.'),
    },
  ],
  valid: [
    {
      code: benzo('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines.'),
    },
    {
      note: 'A plural is not a misspelling.',
      code: benzo('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepine.'),
    },
  ],
  check({ analysis, report }) {
    const { catalog } = analysis;
    for (const ia of analysis.items) {
      for (const { citation: c, resolution } of resolvedCitations(analysis, ia)) {
        if (c.kind !== 'guideline') continue;
        const found: Report[] = [];
        if (c.guideline) {
          const near = misspeltMemo(c.guideline, guidelineNames(catalog));
          if (near) found.push(spellingReport(c.guideline, near, 'guideline name'));
        }
        // Parts are spelt against the edition the citation resolved to; free-text topics are prose.
        const source = resolution.edition?.source;
        if (source) {
          const names = entryNames(catalog, source);
          const parts = c.field === 'rationale' ? c.sections : [...c.sections, ...c.topics];
          for (const part of parts) {
            const near = misspeltMemo(part, names);
            if (near) found.push(spellingReport(part, near, 'name'));
          }
        }
        for (const r of found) report({ ...r, itemIndex: ia.item.index });
      }
    }
  },
};

function spellingReport(part: Located<string>, near: string, what: string): Report {
  return {
    span: part.span,
    message: `The ${what} "${part.raw.slice(0, 60)}" looks misspelt; the guideline writes "${near}".`,
    fixes: [{ title: `Change to "${near}"`, edits: [{ span: part.span, newText: near }], safe: true }],
  };
}

/** A catalog name with its matching keys, computed once (this rule runs on every citation). */
interface KeyedName {
  readonly name: string;
  readonly key: string;
  readonly singular: string;
}

const keyed = (names: Iterable<string>): KeyedName[] =>
  [...new Set(names)].map((name) => {
    const key = nameKey(name);
    return { name, key, singular: singularKey(key) };
  });

const namesBySource = new WeakMap<Catalog, Map<string, readonly KeyedName[]>>();
const guidelineNamesOf = new WeakMap<Catalog, readonly KeyedName[]>();

/** Edition and chapter names, built once per catalog. */
function guidelineNames(catalog: Catalog): readonly KeyedName[] {
  let names = guidelineNamesOf.get(catalog);
  if (!names) {
    names = keyed([
      ...catalog.editions.flatMap((e) => e.names),
      ...catalog.chapters.flatMap((ch) => ch.names),
    ]);
    guidelineNamesOf.set(catalog, names);
  }
  return names;
}

/** Topics, sections and aliases of one source's entries (and its chapters), built once per catalog. */
function entryNames(catalog: Catalog, source: string): readonly KeyedName[] {
  let bySource = namesBySource.get(catalog);
  if (!bySource) {
    bySource = new Map();
    namesBySource.set(catalog, bySource);
  }
  let names = bySource.get(source);
  if (!names) {
    names = keyed([
      ...catalog.entriesOf(source).flatMap((e) => [e.topic, ...e.sections, ...e.aliases]),
      ...catalog.chaptersOf(source).flatMap((ch) => [ch.name, ...ch.names]),
    ]);
    bySource.set(source, names);
  }
  return names;
}

/**
 * `misspelt`, remembered per list of names: the answer depends only on the part's value and the list,
 * and each list is built once per catalog (above), so a memo held by the list is one catalog's alone.
 */
const nearByNames = new WeakMap<readonly KeyedName[], BoundedMemo<string | null>>();

function misspeltMemo(part: Located<string>, names: readonly KeyedName[]): string | null {
  let memo = nearByNames.get(names);
  if (!memo) {
    memo = new BoundedMemo();
    nearByNames.set(names, memo);
  }
  return memo.get(part.value, () => misspelt(part, names));
}

/**
 * The name a part was meant to be, when it is not a known name itself but one is within the typo
 * budget of its length (and differs by more than a plural).
 */
export function misspelt(part: Located<string>, names: readonly KeyedName[]): string | null {
  const key = nameKey(part.value);
  if (key.length < 5 || key.length > 120) return null;
  const budget = typoBudget(key.length);
  const singular = singularKey(part.value);
  let best: { name: string; d: number } | null = null;
  for (const { name, key: k, singular: s } of names) {
    if (k === key || s === singular) return null;
    const d = editDistance(key, k, budget);
    if (d <= budget && (!best || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}
