import { anyLevelMatches } from '../clinical/levels';
import { parseRequestQuantity } from '../clinical/quantity';
import type { ClinicalFact } from '../clinical/types';
import { documented, relatedFact, relatedUnasserted } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { esiGuideline } from '../criteria/guideline';
import { approvedOfKind, requestSpan } from '../criteria/items';
import type { RelatedInfo, Rule } from './types';

const KINDS = new Set(['epidural-steroid-injection', 'selective-nerve-root-block']);

interface Options {
  /** Report when exam findings and corroboration name levels and none matches the request's. */
  readonly checkLevels: boolean;
}

const levelsOf = (f: ClinicalFact): string[] => {
  const v = f.attributes.levels;
  return Array.isArray(v) ? (v as string[]) : [];
};

const example = (summary: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request: 'Lumbar epidural steroid injection at L5-S1',
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 46',
    rationale: 'Guidelines support an epidural injection for radicular pain.',
  });

/** An ESI or selective nerve root block approved without radiculopathy on exam that imaging or EDX corroborates. */
export const esiRadiculopathy: Rule<Options> = {
  id: 'esi-radiculopathy',
  category: 'clinical',
  title: 'An approved epidural injection needs radiculopathy on exam, corroborated at a matching level',
  description: [
    'For an approved (Overturned) epidural steroid injection or selective nerve root block, the case',
    'summary or the rationale must document radiculopathy on physical examination (a dermatomal sensory',
    'deficit, a reflex change, myotomal weakness, a positive straight leg raise or Spurling test), and',
    'imaging or electrodiagnostic testing must corroborate it. When the request names a level and the',
    'findings name levels, at least one must match (L5-S1 matches L5, S1 and L5-S1, not L4-5).',
    '',
    'Findings that are negated ("no radicular findings", "normal sensation", "denies numbness"),',
    'possible ("rule out herniated nucleus pulposus", "possible radiculopathy") or past ("history of")',
    'do not count. Complaints of radiating pain are symptoms, not exam findings. The rule reports the',
    'first criterion that fails and stays silent on Upheld decisions. It is a warning: the facts engine',
    'may miss an exam finding written in an unusual way.',
  ].join('\n'),
  rationale:
    'The MTUS criteria for epidural steroid injections begin with radiculopathy documented by physical examination and corroborated by imaging or electrodiagnostic studies; an approval without them does not rest on the guideline it cites.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      checkLevels: {
        type: 'boolean',
        description: "Report when findings name levels and none matches the request's.",
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { checkLevels: true },
  invalid: [
    {
      note: 'Radiating pain is a symptom; the exam shows normal sensation.',
      code: example(
        'He reports low back pain radiating to the left leg. Sensation is normal. An MRI showed a disc protrusion at L5-S1.',
      ),
    },
  ],
  valid: [
    {
      code: example(
        'Examination showed decreased sensation in the left L5 dermatome and a positive straight leg raise on the left. An MRI showed a disc protrusion at L5-S1 with left foraminal narrowing.',
      ),
    },
    {
      note: 'An Upheld decision is not judged by this rule.',
      code: example('He reports low back pain. There are no radicular findings.', 'Upheld'),
    },
  ],
  check({ analysis, options, report }) {
    const guideline = esiGuideline(analysis.catalog);
    for (const it of approvedOfKind(analysis, KINDS)) {
      const exam = documented(analysis, it, 'radicular-exam');
      const corroboration = [
        ...documented(analysis, it, 'imaging-finding'),
        ...documented(analysis, it, 'edx-finding').filter((f) => f.attributes.result === 'radiculopathy'),
      ];
      const requested = parseRequestQuantity(it.item.request.text).levels;
      let problem: string | null = null;
      const related: RelatedInfo[] = [];
      if (exam.length === 0) {
        problem = 'No radicular finding on physical examination is documented';
        related.push(...relatedUnasserted(analysis, it, 'radicular-exam'));
      } else if (corroboration.length === 0) {
        problem =
          'Radicular exam findings are documented, but no imaging or electrodiagnostic finding corroborates them';
        related.push(relatedFact(exam[0]!, 'The exam finding.'));
      } else if (options.checkLevels && requested.length > 0) {
        const found = [...exam, ...corroboration].flatMap(levelsOf);
        if (found.length > 0 && !anyLevelMatches(requested, found)) {
          problem = `The documented findings name ${[...new Set(found)].join(', ')}, which does not match the requested ${requested.join(', ')}`;
          related.push(relatedFact(exam[0]!, 'The exam finding.'));
          related.push(relatedFact(corroboration[0]!, 'The corroborating finding.'));
        }
      }
      if (!problem) continue;
      report({
        span: requestSpan(it.item),
        message: `${problem}. The guideline requires radiculopathy on exam corroborated by imaging or electrodiagnostic testing at the requested level (${guideline}).`,
        itemIndex: it.item.index,
        related,
      });
    }
  },
};
