import { exampleLetter } from '../citations/exampleLetter';
import { isCatchAllKind, labelInSentence, mtusEntriesFor, reviewerCitations } from '../citations/resolved';
import type { Rule } from './types';

const RATIONALE =
  'The ODG recommends epidural steroid injections for radicular pain corroborated by imaging. No radiculopathy is documented. Therefore, the request is not medically necessary.';
const NOT_MTUS =
  'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back, Epidural steroid injections (ESIs), therapeutic.';

const esi = (rationale: string) =>
  exampleLetter({
    heading: 'Lumbar epidural steroid injection L4-5: Upheld',
    reviewerLine: NOT_MTUS,
    rationale,
  });

/**
 * A reason for going past the MTUS, as rationales give it. Bounded alternatives only (no nested
 * quantifiers): "the MTUS does not address", "MTUS is silent", "not addressed by the MTUS", "ODG was
 * consulted because", "outside the MTUS".
 */
const REASON =
  /\b(?:MTUS|guidelines?|ACOEM)\b[^.]{0,80}\b(?:(?:does|do|did) not (?:specifically |directly )?(?:address|discuss|mention|cover)|(?:is|are) silent|(?:is|are) not addressed|(?:has|have) no (?:specific )?recommendations?)|\bnot (?:specifically )?(?:addressed|discussed|covered) (?:in|by) the (?:CA |California )?MTUS|\b(?:ODG|Official Disability Guidelines)\b[^.]{0,40}\b(?:consulted|used|referenced|cited) (?:because|as|since)|\boutside (?:of )?the MTUS|\bMTUS\b[^.]{0,40}\b(?:silent|lacks?|no guidance)/i;

/** Non-MTUS evidence as the reviewer's basis where the MTUS addresses the treatment, with no reason. */
export const evidenceHierarchy: Rule = {
  id: 'evidence-hierarchy',
  category: 'citation',
  title: 'Non-MTUS evidence used where the MTUS addresses the treatment, without a reason',
  description: [
    '8 CCR 9792.21.1 sets the Medical Evidence Search Sequence: the MTUS first, other evidence-based',
    'guidelines (ODG) and studies only when the MTUS does not address the treatment or its',
    'presumption is rebutted. The rule reports an item whose MAXIMUS line says the reviewer did not',
    'base the decision on the MTUS, or cites only Non-MTUS evidence, when',
    '',
    "- the catalog has an MTUS topic covering the item's treatment in an edition in force on the date;",
    '- and the rationale gives no reason ("the MTUS does not address ...", "the MTUS is silent",',
    '  "not addressed by the MTUS", "ODG was consulted because ...").',
    '',
    'Requests the classifier can place only in a catch-all kind (other medication, other surgery,',
    'durable equipment) are not judged: the MTUS covering the kind says nothing about this request.',
    'The catalog cannot know every reason a reviewer had, so the finding is information only.',
  ].join('\n'),
  rationale:
    'The MTUS is presumptively correct on the extent and scope of medical treatment (Labor Code 4604.5); going past it without saying why invites the objection that the wrong standard was applied.',
  defaultSeverity: 'info',
  precision: 'medium',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [{ code: esi(RATIONALE) }],
  valid: [
    {
      code: esi(`The MTUS does not specifically address repeat injections in this setting. ${RATIONALE}`),
    },
    {
      note: 'MTUS cited in the MAXIMUS line.',
      code: exampleLetter({
        heading: 'Lumbar epidural steroid injection L4-5: Upheld',
        reviewerLine:
          'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs).',
        rationale: RATIONALE,
      }),
    },
  ],
  check({ analysis, report }) {
    for (const ia of analysis.items) {
      const line = ia.item.reviewerGuideline;
      const treatment = ia.treatment;
      if (!line || !treatment || isCatchAllKind(treatment.kind)) continue;
      const own = reviewerCitations(analysis, ia).filter((r) => r.citation.field === 'reviewerGuideline');
      const notMtus = own.find((r) => r.citation.kind === 'not-mtus');
      const guidelines = own.filter((r) => r.citation.kind === 'guideline');
      const mtusCited = guidelines.some(
        (r) => r.citation.program === 'MTUS' || r.resolution.edition?.program === 'MTUS',
      );
      if (mtusCited || (!notMtus && guidelines.length === 0)) continue;
      const mtus = mtusEntriesFor(analysis, treatment);
      if (mtus.length === 0) continue;
      if (REASON.test(ia.item.rationale?.text.text ?? '')) continue;
      const where = notMtus ?? guidelines[0]!;
      const topic = mtus[0]!;
      report({
        span: where.citation.span,
        message: `The decision rests on Non-MTUS evidence, but the MTUS addresses ${labelInSentence(treatment.label)} ("${topic.topic}", ${
          analysis.catalog.edition(topic.source)?.title ?? topic.source
        }) and the rationale gives no reason for going past it.`,
        itemIndex: ia.item.index,
      });
    }
  },
};
