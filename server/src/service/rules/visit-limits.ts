import type { Analysis, ItemAnalysis } from '../analysis';
import { parseRequestQuantity } from '../clinical/quantity';
import type { ClinicalFact } from '../clinical/types';
import { documented, relatedFact } from '../criteria/evidence';
import { exampleLetter } from '../criteria/example';
import { guidelineOf } from '../criteria/guideline';
import { approvedOfKind, requestLower, requestSpan } from '../criteria/items';
import type { RelatedInfo, Rule } from './types';

const THERAPY_OF_KIND: Readonly<Record<string, string>> = {
  acupuncture: 'acupuncture',
  chiropractic: 'chiropractic',
  'physical-therapy': 'physical therapy',
};
const CONTINUED = /\b(?:additional|continued|continuation|continue|further|more|extension|renewal)\b/;
// Post-operative and inpatient courses follow other schedules (PSTG, facility care).
const OTHER_SCHEDULE =
  /\b(?:post[- ]?op(?:erative)?|post[- ]?surgical|inpatient|aquatic|work (?:hardening|conditioning))\b/;
const NO_MANIPULATION = /\b(?:ankle|foot|feet|knee|wrist|hand|carpal tunnel|forearm|finger)s?\b/;
// A reviewer who judged the request under the Postsurgical Treatment Guidelines applied their visit
// counts, which differ by surgery (the CPMTG course does not apply).
const POSTSURGICAL_GUIDELINE = /\bpost[- ]?(?:surgical|operative)\b/i;
// The CPMTG course for CRPS (reflex sympathetic dystrophy) is 24 visits over 16 weeks. A mention is
// enough to use it, even "no signs of CRPS": the larger limit can only silence the rule.
const CRPS = /\b(?:crps|complex regional pain syndrome|reflex sympathetic dystrophy|rsd)\b/i;

interface Options {
  readonly acupunctureInitial: number;
  readonly chiropracticInitial: number;
  readonly chiropracticTotal: number;
  readonly physicalTherapyTotal: number;
  readonly physicalTherapyCrpsTotal: number;
}

const example = (summary: string, request: string, decision: 'Upheld' | 'Overturned' = 'Overturned') =>
  exampleLetter({
    summary,
    request,
    decision,
    guideline: 'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 98-99',
    rationale: 'The worker has chronic low back pain with myalgia.',
  });

/** PT, chiropractic or acupuncture approved beyond the guideline's visit counts. */
export const visitLimits: Rule<Options> = {
  id: 'visit-limits',
  category: 'clinical',
  title: 'Approved therapy visits stay within the guideline counts',
  description: [
    'For approved (Overturned) physical therapy, chiropractic or acupuncture, the rule computes the visits',
    'requested ("2x4" is 8, "2-3 times a week for 6 weeks" is at most 18, "#6", "times six") and the',
    'visits already completed of the same therapy, and reports: an initial acupuncture course over 6',
    'treatments; an initial chiropractic course over 6 visits or a total over 18; physical therapy whose',
    'total exceeds 10 visits (the CPMTG course for myalgia and radiculitis; 24 when the letter names',
    'CRPS or reflex sympathetic dystrophy); and manipulation of the',
    'ankle, foot, knee, wrist, hand or forearm, which the guideline does not recommend. A course is',
    'initial when no prior visits or use of that therapy are documented and the request does not say',
    '"additional"; a total beyond the course is allowed when functional improvement is documented.',
    'Post-operative, inpatient and aquatic courses follow other schedules and are not judged, nor is an',
    'item whose guideline line or rationale names the Postsurgical Treatment Guidelines (the reviewer',
    'applied their visit counts). All limits are options. A warning: prior visit counts are often vague.',
  ].join('\n'),
  rationale:
    'The MTUS sets visit counts for a trial and a course of each therapy (acupuncture 3 to 6 treatments to show functional improvement; manipulation 6 visits, then up to 18 with improvement; physical medicine 9 to 10 visits for myalgia or radiculitis); approvals beyond them need documented functional improvement.',
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      acupunctureInitial: { type: 'integer', minimum: 1 },
      chiropracticInitial: { type: 'integer', minimum: 1 },
      chiropracticTotal: { type: 'integer', minimum: 1 },
      physicalTherapyTotal: { type: 'integer', minimum: 1 },
      physicalTherapyCrpsTotal: { type: 'integer', minimum: 1 },
    },
    additionalProperties: false,
  },
  defaultOptions: {
    acupunctureInitial: 6,
    chiropracticInitial: 6,
    chiropracticTotal: 18,
    physicalTherapyTotal: 10,
    physicalTherapyCrpsTotal: 24,
  },
  invalid: [
    {
      code: example(
        'He has completed 12 sessions of physical therapy.',
        'Physical therapy 2 times a week for 4 weeks',
      ),
    },
  ],
  valid: [
    {
      code: example('He has not had therapy for this injury.', 'Physical therapy 2 times a week for 4 weeks'),
    },
    {
      note: 'CRPS: the course is 24 visits.',
      code: example(
        'He has complex regional pain syndrome of the right hand and has completed 12 sessions of physical therapy.',
        'Physical therapy 2 times a week for 4 weeks',
      ),
    },
    {
      note: 'Judged under the Postsurgical Treatment Guidelines, whose visit counts differ by surgery.',
      code: exampleLetter({
        summary: 'He underwent a knee arthroscopy and has completed 12 sessions of physical therapy.',
        request: 'Physical therapy 2 times a week for 4 weeks',
        decision: 'Overturned',
        guideline: 'MTUS Postsurgical Treatment Guidelines, Knee',
        rationale: 'The postsurgical treatment period has not ended.',
      }),
    },
    {
      note: 'Upheld.',
      code: example('He has completed 12 sessions of physical therapy.', 'Physical therapy x 8', 'Upheld'),
    },
  ],
  check({ analysis, options, report }) {
    for (const it of approvedOfKind(analysis, new Set(Object.keys(THERAPY_OF_KIND)))) {
      const request = requestLower(it.item);
      if (OTHER_SCHEDULE.test(request) || namesPostsurgicalGuideline(it)) continue;
      const kind = it.treatment!.kind;
      const therapy = THERAPY_OF_KIND[kind]!;
      const requested = parseRequestQuantity(it.item.request.text).visits;
      const prior = priorVisits(analysis, it, therapy);
      const initial =
        prior === null &&
        !CONTINUED.test(request) &&
        // The summary, not the rationale: a rationale discusses the therapy it judges.
        !analysis.summaryFacts.some(
          (f) => f.kind === 'conservative-care' && f.status === 'present' && f.attributes.therapy === therapy,
        );
      const total = (prior?.count ?? 0) + (requested ?? 0);
      // A total beyond the course is allowed with documented functional improvement.
      const improved = documented(analysis, it, 'functional-improvement').length > 0;
      const related: RelatedInfo[] = prior ? [relatedFact(prior.fact, 'The visits already completed.')] : [];
      const course =
        kind === 'physical-therapy' ? physicalTherapyCourse(analysis, it, options) : Number.POSITIVE_INFINITY;
      let problem: string | null = null;
      let entry = '';
      if (kind === 'chiropractic' && NO_MANIPULATION.test(request)) {
        problem = 'Manipulation of a part the guideline does not recommend it for is approved';
        entry = 'cpmtg-manual-therapy-and-manipulation';
      } else if (requested === undefined) {
        continue;
      } else if (kind === 'acupuncture' && initial && requested > options.acupunctureInitial) {
        problem = `An initial course of ${requested} acupuncture treatments is approved (at most ${options.acupunctureInitial} to show functional improvement)`;
        entry = 'mtus-acupuncture-mtg';
      } else if (kind === 'chiropractic' && initial && requested > options.chiropracticInitial) {
        problem = `An initial trial of ${requested} chiropractic visits is approved (at most ${options.chiropracticInitial})`;
        entry = 'cpmtg-manual-therapy-and-manipulation';
      } else if (kind === 'chiropractic' && !improved && total > options.chiropracticTotal) {
        problem = `${total} chiropractic visits in all would follow this approval (at most ${options.chiropracticTotal})`;
        entry = 'cpmtg-manual-therapy-and-manipulation';
      } else if (kind === 'physical-therapy' && !improved && total > course) {
        problem = `${total} physical therapy visits in all would follow this approval (the course is ${course} visits)`;
        entry = 'cpmtg-physical-medicine';
      }
      if (!problem) continue;
      report({
        span: requestSpan(it.item),
        message: `${problem}. Visits beyond the guideline need documented objective functional improvement (${guidelineOf(analysis.catalog, entry, entry)}).`,
        itemIndex: it.item.index,
        related,
      });
    }
  },
};

function namesPostsurgicalGuideline(it: ItemAnalysis): boolean {
  const { reviewerGuideline, rationale } = it.item;
  return [reviewerGuideline, rationale].some(
    (f) => f !== undefined && POSTSURGICAL_GUIDELINE.test(f.text.text),
  );
}

/** The CPMTG physical medicine course that applies: the CRPS one when the letter names CRPS. */
function physicalTherapyCourse(analysis: Analysis, it: ItemAnalysis, options: Options): number {
  const texts = [analysis.determination.summary?.text, it.item.request.text, it.item.rationale?.text.text];
  return texts.some((t) => t !== undefined && CRPS.test(t))
    ? Math.max(options.physicalTherapyTotal, options.physicalTherapyCrpsTotal)
    : options.physicalTherapyTotal;
}

/** The largest count of completed visits of `therapy` the record documents. */
function priorVisits(
  analysis: Analysis,
  it: ItemAnalysis,
  therapy: string,
): { count: number; fact: ClinicalFact } | null {
  let best: { count: number; fact: ClinicalFact } | null = null;
  for (const fact of documented(analysis, it, 'visits-completed')) {
    const named = String(fact.attributes.therapy);
    // "8 prior therapy sessions" in a physical therapy item are physical therapy sessions.
    const generic = therapy === 'physical therapy' && (named === '' || named === 'therapy');
    if (named !== therapy && !generic) continue;
    const count = Number(fact.attributes.count);
    if (Number.isFinite(count) && (!best || count > best.count)) best = { count, fact };
  }
  return best;
}
