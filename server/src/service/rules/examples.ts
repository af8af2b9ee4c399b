/**
 * Building blocks for the rules' invalid/valid examples, so each example shows only what it is
 * about. Examples are complete `.imr.md` documents (docs/format.md).
 */

export const EXAMPLE_SUMMARY = [
  '# Clinical Case Summary',
  '',
  'The injured worker is a 48 year old male.',
  '',
];
export const EXAMPLE_ISSUES = ['# IMR Issues, Decisions and Rationales', ''];
export const EXAMPLE_GUIDELINE =
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.';
export const EXAMPLE_RATIONALE =
  'Decision rationale: Benzodiazepines are not recommended for long-term use. Therefore the request is not medically necessary.';

/** One item: its heading, then the guideline line and the rationale unless left out. */
export function exampleItem(
  heading: string,
  fields: readonly string[] = [EXAMPLE_GUIDELINE, EXAMPLE_RATIONALE],
): string[] {
  return [heading, '', ...fields.flatMap((f) => [f, ''])];
}

/** A whole document: optional front matter lines, the summary (unless left out), the issues. */
export function exampleDocument(
  options: { frontMatter?: readonly string[]; summary?: boolean; items?: readonly string[] } = {},
): string {
  const front = options.frontMatter ? ['---', ...options.frontMatter, '---', ''] : [];
  const summary = options.summary === false ? [] : EXAMPLE_SUMMARY;
  const items = options.items ?? exampleItem('## Diazepam 10mg #30: Upheld');
  return [...front, ...summary, ...EXAMPLE_ISSUES, ...items].join('\n');
}
