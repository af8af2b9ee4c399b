import { documented, relatedFact } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { esiGuideline, guidelineOf } from '../criteria/guideline';
import { approvedOfKind, itemsOfKind, requestSpan } from '../criteria/items';
import type { Rule } from './types';

const FACET_KINDS = new Set(['facet-injection', 'medial-branch-block']);
const ROOT_KINDS = new Set(['epidural-steroid-injection', 'selective-nerve-root-block']);
// A facet criterion named as such; "facet arthropathy" on imaging is a finding, not a criterion.
const FACET_CRITERIA =
  /\b(?:facet (?:joint )?(?:diagnostic |therapeutic |intra-articular )?(?:blocks?|injections?)|medial branch (?:diagnostic )?blocks?|facet[- ]mediated)\b/i;

const example = (summary: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request: 'Lumbar medial branch block at L4-5 and L5-S1',
    decision,
    guideline: 'MTUS ACOEM Chapter 12 Low Back Complaints, Page(s): 300-301',
    rationale: 'The worker has axial low back pain with facet tenderness.',
  });

/** A facet block approved for radicular pain, or a nerve root block judged by facet criteria. */
export const facetRadicular: Rule = {
  id: 'facet-radicular',
  category: 'clinical',
  title: 'Facet blocks are for non-radicular pain, and nerve root blocks are not judged by facet criteria',
  description: [
    'Two checks. First, an approved (Overturned) facet injection or medial branch block while the record',
    'documents radicular findings on exam or a radiculopathy (negated, possible and past findings such',
    'as "no radicular findings" do not count). Second, on any decision, a selective nerve root block or',
    'epidural injection whose MAXIMUS guideline or rationale applies facet block criteria ("facet joint',
    'diagnostic blocks", "medial branch blocks"): the two procedures have different criteria, and',
    'radicular findings support one and exclude the other. Both are warnings.',
  ].join('\n'),
  rationale:
    "Facet joint blocks are limited to patients with non-radicular pain; a nerve root block is indicated for radicular pain. Judging one by the other's criteria reaches a decision on the wrong standard.",
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {},
  defaultOptions: {},
  invalid: [
    {
      code: example(
        'Examination showed a positive straight leg raise on the left and decreased sensation in the L5 dermatome.',
      ),
    },
    {
      note: 'A nerve root block judged by facet block criteria.',
      code: exampleLetter({
        summary: 'He reports neck pain radiating to the right arm.',
        request: 'Right C7 selective nerve root block',
        decision: 'Upheld',
        guideline:
          'Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back, Facet joint diagnostic blocks',
        rationale: 'Facet joint diagnostic blocks are limited to patients with non-radicular pain.',
      }),
    },
  ],
  valid: [
    {
      code: example(
        'There are no radicular findings. Sensation is normal. He has a history of lumbar fusion at L2-3.',
      ),
    },
    {
      note: 'Upheld.',
      code: example('Examination showed a positive straight leg raise on the left.', 'Upheld'),
    },
  ],
  check({ analysis, report }) {
    const facet = guidelineOf(
      analysis.catalog,
      'acoem-ch12-facet-injections-and-facet-neurotomy',
      'MTUS ACOEM Chapter 12, Facet injections, pp. 300-301',
    );
    for (const it of approvedOfKind(analysis, FACET_KINDS)) {
      const radicular = [
        ...documented(analysis, it, 'radicular-exam'),
        ...documented(analysis, it, 'radiculopathy'),
      ];
      if (radicular.length === 0) continue;
      report({
        span: requestSpan(it.item),
        message: `Radicular findings are documented, yet a facet block is approved. Facet blocks are limited to non-radicular pain (${facet}).`,
        itemIndex: it.item.index,
        related: [relatedFact(radicular[0]!, 'The radicular finding.')],
      });
    }
    const esi = esiGuideline(analysis.catalog);
    for (const it of itemsOfKind(analysis, ROOT_KINDS)) {
      const fields = [it.item.reviewerGuideline, it.item.rationale];
      const field = fields.find((f) => f && FACET_CRITERIA.test(f.text.text.slice(0, 4000)));
      if (!field) continue;
      const m = FACET_CRITERIA.exec(field.text.text.slice(0, 4000))!;
      report({
        span: requestSpan(it.item),
        message: `A nerve root or epidural block is judged by facet block criteria. Its criteria are those for radicular pain (${esi}).`,
        itemIndex: it.item.index,
        related: [
          {
            span: field.text.spanToSource(m.index, m.index + m[0].length),
            message: 'The facet criteria applied.',
          },
        ],
      });
    }
  },
};
