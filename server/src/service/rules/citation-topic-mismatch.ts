import { BENZO_RATIONALE, exampleLetter } from '../citations/exampleLetter';
import {
  coversTreatment,
  isGeneralTopic,
  labelInSentence,
  namedEntriesOf,
  reviewerCitations,
  wholeGuidelineCovers,
} from '../citations/resolved';
import type { Rule } from './types';

const benzo = (reviewerLine: string, rationale = BENZO_RATIONALE) =>
  exampleLetter({ heading: 'Diazepam 10mg #30: Upheld', reviewerLine, rationale });

/** Words by which a rationale explains why it cites a topic about another treatment. */
const EXPLAINED =
  /\b(?:by analogy|analogous|extrapolat\w*|(?:does|do) not (?:specifically )?address\w*|not (?:specifically )?addressed|is silent|are silent|applies (?:equally )?to|same class)\b/i;

/** The item's citations name topics, and none of them covers the item's treatment. */
export const citationTopicMismatch: Rule = {
  id: 'citation-topic-mismatch',
  category: 'citation',
  title: "The cited topics do not cover the item's treatment",
  description: [
    'The rule classifies the request (a benzodiazepine, an epidural steroid injection, a lumbar MRI) and',
    "reads the topics and sections the reviewer's guideline line and the rationale cite. It reports when",
    'they name topics and none of them covers the treatment: a benzodiazepine item citing only "Muscle',
    'relaxants (for pain)". It stays silent when',
    '',
    '- any cited topic covers the treatment, or is general (Introduction, Summary, Initial Care, Special',
    '  Studies, Physical medicine...): letters often cite several topics and one fitting is enough;',
    '- a whole guideline is cited that covers it ("MTUS Acupuncture Treatment 2007" beside a section);',
    '- the catalog has no topic for the treatment, or the request could not be classified;',
    '- the rationale explains the choice ("by analogy", "the MTUS does not address ...").',
    '',
    "No fix: which topic applies is the reviewer's call; hover and completion show the candidates.",
  ].join('\n'),
  rationale:
    'The reviewer must apply the guideline that addresses the requested treatment (8 CCR 9792.21.1); a topic about something else does not support the decision.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: benzo(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
      ),
    },
  ],
  valid: [
    {
      note: 'One fitting topic among several is enough.',
      code: benzo(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain), Benzodiazepines.',
      ),
    },
    {
      note: 'The rationale explains why another topic is cited.',
      code: benzo(
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
        `The guideline on muscle relaxants applies to diazepam by analogy. ${BENZO_RATIONALE}`,
      ),
    },
  ],
  check({ analysis, report }) {
    const { catalog } = analysis;
    for (const ia of analysis.items) {
      const treatment = ia.treatment;
      if (!treatment || catalog.entriesForTreatment(treatment.kind).length === 0) continue;
      const cited = reviewerCitations(analysis, ia).filter((r) => r.citation.kind === 'guideline');
      const named = cited.flatMap((r) => namedEntriesOf(analysis, r).map((e) => ({ r, e })));
      // Pages count too: a page that belongs to a fitting topic is a fitting citation.
      const paged = cited.flatMap((r) => r.resolution.entries);
      if (named.length === 0 || cited.some((r) => wholeGuidelineCovers(catalog, r, treatment))) continue;
      if (
        [...named.map((n) => n.e), ...paged].some((e) => coversTreatment(e, treatment) || isGeneralTopic(e))
      )
        continue;
      if (EXPLAINED.test(ia.item.rationale?.text.text ?? '')) continue;
      const first = named[0]!;
      const part = [...first.r.citation.sections, ...first.r.citation.topics][0];
      const topics = [...new Set(named.map((n) => n.e.topic))].slice(0, 3).join('", "');
      const source = first.r.resolution.edition?.source;
      const candidates = catalog.entriesForTreatment(treatment.kind);
      const better = candidates.find((e) => e.source === source) ?? candidates[0];
      report({
        span: part?.span ?? first.r.citation.span,
        message: `The cited topic${named.length > 1 ? 's' : ''} ("${topics}") do${named.length > 1 ? '' : 'es'} not cover ${labelInSentence(treatment.label)}, the request's treatment${
          better ? `; the catalog's topic for it is "${better.topic}"` : ''
        }.`,
        itemIndex: ia.item.index,
      });
    }
  },
};
