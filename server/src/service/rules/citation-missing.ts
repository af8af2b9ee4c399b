import type { Analysis, ItemAnalysis } from '../analysis';
import { BENZO_RATIONALE, exampleLetter } from '../citations/exampleLetter';
import { mtusEntriesFor, reviewerCitations } from '../citations/resolved';
import type { Span } from '../model/types';
import type { Fix, Rule } from './types';

const heading = 'Diazepam 10mg #30: Upheld';

/**
 * A rationale that decides the item by another one ("As the requested surgical intervention is not
 * medically necessary, the requested ancillary service is not medically necessary"): no guideline is
 * needed for an associated service of a denied procedure.
 */
const DEPENDENT =
  /\b(?:as|because|since) the (?:requested |proposed |primary )?(?:surgery|surgical (?:intervention|procedure)|procedure|operation)\b[^.]{0,80}\bnot (?:medically )?(?:necessary|certified|supported)/i;

/** An item whose reviewer cites no guideline, or whose MAXIMUS line says no evidence was cited. */
export const citationMissing: Rule = {
  id: 'citation-missing',
  category: 'citation',
  title: 'The reviewer cites no guideline for the item',
  description: [
    "Each determination rests on medical evidence, cited in the MAXIMUS guideline line (the reviewer's)",
    'and discussed in the rationale. The rule reports, once per item, one of two things:',
    '',
    '- the MAXIMUS line says "The Expert Reviewer did not cite any medical evidence for its decision"',
    '  (reported on that sentence, whatever the rationale says: the line should name what was used);',
    '- otherwise, neither the MAXIMUS line nor the rationale cites a guideline or other evidence',
    "  (reported on the line's label).",

    '',
    'Both are one rule because both mean the same thing to the parties: the decision names no basis.',
    'An item decided by another (an assistant or post-operative therapy for a surgery found not',
    'medically necessary, "As the requested surgery is not medically necessary, ...") needs no',
    'guideline and is not reported.',
    'The Claims Administrator line is not counted: it reports what utilization review cited. An item',
    'without a MAXIMUS line is left to `field-missing`.',
    '',
    "The quick fix (not applied automatically) writes the catalog's usual citation for the item's",
    'treatment, from an MTUS edition in force on the decision date, for the reviewer to check.',
  ].join('\n'),
  rationale:
    'Labor Code 4610.6 and 8 CCR 9792.21.1 ask the reviewer to base the determination on the medical evidence in a set order (MTUS first) and to name it; a decision that cites nothing cannot be checked against the guideline it applied.',
  defaultSeverity: 'warning',
  precision: 'high',
  fixable: true,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: exampleLetter({
        heading,
        reviewerLine: 'The Expert Reviewer did not cite any medical evidence for its decision.',
        rationale: BENZO_RATIONALE,
      }),
    },
  ],
  valid: [
    {
      code: exampleLetter({
        heading,
        reviewerLine:
          'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines.',
        rationale: BENZO_RATIONALE,
      }),
    },
    {
      note: 'A citation in the rationale counts when the MAXIMUS line is absent.',
      code: exampleLetter({
        heading,
        rationale: `The MTUS Chronic Pain Medical Treatment Guidelines, page 24, state that ${BENZO_RATIONALE}`,
      }),
    },
  ],
  check({ analysis, report }) {
    for (const ia of analysis.items) {
      const { item } = ia;
      // Without a MAXIMUS line `field-missing` speaks; this rule judges what the line says.
      if (!item.reviewerGuideline) continue;
      const cited = reviewerCitations(analysis, ia);
      const noEvidence = cited.find(
        (r) => r.citation.kind === 'no-evidence' && r.citation.field === 'reviewerGuideline',
      );
      const guidelines = cited.filter((r) => r.citation.kind === 'guideline');
      const reported = noEvidence && !guidelines.some((r) => r.citation.field === 'reviewerGuideline');
      // A dependent item is never reported: the rationale is searched only for an item that would
      // be (most items cite a guideline, and the search reads the whole rationale).
      if ((reported || guidelines.length === 0) && DEPENDENT.test(item.rationale?.text.text ?? '')) continue;
      if (reported) {
        const span = noEvidence.citation.span;
        report({
          span,
          message:
            guidelines.length > 0
              ? 'The MAXIMUS guideline line says no medical evidence was cited, but the rationale cites some: name it in the line.'
              : 'The MAXIMUS guideline line says no medical evidence was cited, and the rationale cites none.',
          itemIndex: item.index,
          fixes: citationFix(analysis, ia, span, ''),
        });
      } else if (guidelines.length === 0) {
        const line = item.reviewerGuideline;
        const end = line.text.trim().sourceSpan.end;
        report({
          span: line.labelSpan,
          message:
            'Neither the MAXIMUS guideline line nor the rationale cites a guideline or other evidence.',
          itemIndex: item.index,
          fixes: citationFix(analysis, ia, { start: end, end }, ' '),
        });
      }
    }
  },
};

/** "Decision based on <the catalog's usual citation>." for the item's treatment, when the catalog has one. */
function citationFix(analysis: Analysis, ia: ItemAnalysis, span: Span, before: string): Fix[] {
  if (!ia.treatment) return [];
  const entry = mtusEntriesFor(analysis, ia.treatment).find((e) => e.citationForm);
  if (!entry) return [];
  const form = entry.citationForm.replace(/\.$/, '');
  return [
    {
      title: `Cite ${entry.topic} (${entry.source})`,
      edits: [{ span, newText: `${before}Decision based on ${form}.` }],
      safe: false,
    },
  ];
}
