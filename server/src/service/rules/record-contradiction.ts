import { type Analysis, reuse } from '../analysis';
import type { ClinicalFact } from '../clinical/types';
import {
  isoDate,
  type MentionKind,
  type PatientMention,
  patientMentions,
  vertebraeOf,
} from '../consistency/record';
import type { MappedText } from '../model/mappedText';
import type { Report, Rule } from './types';

type Check = MentionKind | 'facts';

interface Options {
  /** Which statements to compare with the case summary. */
  readonly checks: readonly Check[];
  /** Fact kinds for which "no documentation of X" in the rationale is checked against the summary. */
  readonly factKinds: readonly string[];
}

const summary = [
  '# Clinical Case Summary',
  '',
  'The injured worker is a 48-year-old male who sustained an industrial injury on 10/13/2016 when he',
  'lifted a box. On 11/10/2016 he reported low back pain radiating to the left leg. Straight leg raise',
  'was positive on the left. An MRI of the lumbar spine dated 10/28/2016 showed a disc protrusion at',
  'L5-S1 with left foraminal narrowing. Treatment to date includes physical therapy and medications.',
  '',
  '# IMR Issues, Decisions and Rationales',
  '',
  '## Lumbar epidural steroid injection at L5-S1: Overturned',
  '',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 46.',
  '',
];

const letter = (rationale: string) =>
  [
    ...summary,
    `Decision rationale: ${rationale} Therefore, the request for a lumbar epidural steroid injection at`,
    'L5-S1 is medically necessary.',
    '',
  ].join('\n');

/**
 * Only findings a rationale can flatly deny. On the 49 real letters, "no conservative care", "no EDX",
 * "no red flag" and the like were always about something narrower than the summary's fact (its response,
 * its efficacy, a different study, a request rather than a result): 20 of 22 findings were false alarms.
 */
const DEFAULT_FACT_KINDS = ['radicular-exam', 'imaging-finding'];

/** The rationale states a patient fact the case summary contradicts or does not have. */
export const recordContradiction: Rule<Options> = {
  id: 'record-contradiction',
  category: 'clinical',
  title: 'The rationale states a patient fact the case summary contradicts',
  description: [
    'Compares what the rationale says about the patient with the Clinical Case Summary:',
    '',
    '- `age`: "a 52 year old" when the summary says "48-year-old" (one year of difference is allowed);',
    '- `sex`: "male" when the summary says "female";',
    '- `date`: a full date the summary and the header do not have (off by default: rationales cite',
    '  records the summary leaves out);',
    '- `level`: a spinal disc level ("L4-5") when the summary names levels of that region but not this one',
    "  (levels in the item's request count as known);",
    '- `facts`: the rationale says a finding is absent ("no documentation of radiculopathy") where the',
    '  summary documents it present (needs the clinical fact reader).',
    '',
    'Conservative on purpose: sentences that read like guideline text (quotes, "guidelines", "recommended",',
    '"criteria", "patients") are skipped, and ages, dates and levels are taken only in the forms that name',
    'the patient ("a 52-year-old", "on 3/4/2014", "at L4-5").',
  ].join('\n'),
  rationale:
    "The rationale must rest on the records reviewed (8 CCR 9792.10.6); a rationale that misstates the patient's facts suggests it was written for another case or from another letter, and is the first thing an appeal attacks.",
  defaultSeverity: 'warning',
  precision: 'medium',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      checks: {
        type: 'array',
        items: { enum: ['age', 'sex', 'date', 'level', 'facts'] },
        uniqueItems: true,
        description: 'Which statements to compare with the case summary.',
      },
      factKinds: {
        type: 'array',
        items: { type: 'string' },
        description: 'Fact kinds for which an absence in the rationale is checked against the summary.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { checks: ['age', 'sex', 'level', 'facts'], factKinds: DEFAULT_FACT_KINDS },
  invalid: [
    {
      code: letter(
        'The worker is a 52 year old male with low back pain radiating to the left leg and a positive straight leg raise, corroborated by imaging.',
      ),
    },
  ],
  valid: [
    {
      code: letter(
        'The worker is a 48 year old male with radicular pain, a positive straight leg raise and a disc protrusion at L5-S1 on imaging. Guidelines advise no more than two levels, for example L4-5 and L5-S1.',
      ),
    },
  ],
  check({ analysis, options, report }) {
    const checks = new Set(options.checks);
    const det = analysis.determination;
    if (!det.summary) return;
    // Mentions of unchecked kinds would be dropped below: they are not read at all.
    const kinds = new Set(MENTION_KINDS.filter((k) => checks.has(k)));
    const known = knownFacts(analysis, det.summary, kinds);
    for (const { item, rationaleFacts } of analysis.items) {
      const text = item.rationale?.text;
      if (!text) continue;
      // The request's levels matter only to a level the summary does not name: read when first asked.
      let levels: readonly PatientMention[] | undefined;
      const requestLevels = () => {
        levels ??= mentionsIn(analysis, item.request.text, true, LEVELS);
        return levels;
      };
      const seen = new Set<string>();
      for (const m of mentionsIn(analysis, text, false, kinds)) {
        if (!checks.has(m.kind) || seen.has(`${m.kind}:${m.value}`)) continue;
        const message = contradiction(m, known, requestLevels);
        if (!message) continue;
        seen.add(`${m.kind}:${m.value}`);
        report({ span: text.spanToSource(m.range.start, m.range.end), message, itemIndex: item.index });
      }
      if (checks.has('facts')) {
        for (const r of factContradictions(rationaleFacts, analysis.summaryFacts, options.factKinds)) {
          report({ ...r, itemIndex: item.index });
        }
      }
    }
  },
};

/** patientMentions is a pure function of the text, the flag and the kinds (its ranges index the text): an edit elsewhere reuses it. */
function mentionsIn(
  analysis: Analysis,
  read: MappedText | string,
  guidelineSentences: boolean,
  kinds: ReadonlySet<MentionKind>,
): readonly PatientMention[] {
  const text = typeof read === 'string' ? read : read.text;
  const key = `patient-mentions\0${guidelineSentences}\0${[...kinds].join(',')}\0${text}`;
  return reuse(analysis, key, () => patientMentions(read, guidelineSentences, kinds));
}

interface Known {
  readonly ages: number[];
  readonly sexes: Set<string>;
  readonly dates: Set<string>;
  /** Vertebrae the summary names, in levels or on their own ("C7 dermatome"). */
  readonly vertebrae: Set<string>;
}

const MENTION_KINDS: readonly MentionKind[] = ['age', 'sex', 'date', 'level'];
const LEVELS: ReadonlySet<MentionKind> = new Set(['level']);

function knownFacts(analysis: Analysis, summaryText: MappedText, kinds: ReadonlySet<MentionKind>): Known {
  const mentions = mentionsIn(analysis, summaryText, true, kinds);
  const of = (kind: MentionKind) => mentions.filter((m) => m.kind === kind).map((m) => m.value);
  const header = analysis.determination.header;
  const dates = new Set(of('date'));
  for (const d of [header.dateOfInjury, header.urDenialDate, header.decisionDate, header.dateAssigned]) {
    if (d) dates.add(isoDate(d.value));
  }
  const vertebrae = new Set(of('level').flatMap(vertebraeOf));
  for (const m of summaryText.text.matchAll(/\b(?:[CTL]\d{1,2}|S1)\b/g)) vertebrae.add(m[0]);
  return { ages: of('age').map(Number), sexes: new Set(of('sex')), dates, vertebrae };
}

function contradiction(
  m: PatientMention,
  known: Known,
  requestLevels: () => readonly PatientMention[],
): string | null {
  switch (m.kind) {
    case 'age':
      if (known.ages.length === 0 || known.ages.some((a) => Math.abs(a - Number(m.value)) <= 1)) return null;
      return `The rationale gives the age as ${m.value}; the case summary says ${[...new Set(known.ages)].join(' or ')}.`;
    case 'sex':
      if (known.sexes.size !== 1 || known.sexes.has(m.value)) return null;
      return `The rationale says ${m.value}; the case summary says ${[...known.sexes][0]}.`;
    case 'date':
      if (known.dates.size === 0 || known.dates.has(m.value)) return null;
      return `The rationale cites ${m.value}, a date the case summary and the header do not have.`;
    case 'level': {
      const span = vertebraeOf(m.value);
      if (span.length === 0) return null;
      const region = m.value[0]!;
      // Only when the summary itself speaks of this region's levels; the request's levels are known too.
      if (![...known.vertebrae].some((v) => v[0] === region || (region === 'L' && v === 'S1'))) return null;
      const named = new Set([...known.vertebrae, ...requestLevels().flatMap((l) => vertebraeOf(l.value))]);
      if (span.every((v) => named.has(v))) return null;
      return `The rationale names ${m.value}; the case summary does not mention that level.`;
    }
  }
}

/** An attribute as a list, without empty values ("" means the extractor found none). */
const listOf = (v: ClinicalFact['attributes'][string] | undefined): string[] =>
  (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]).filter((x) => x !== '');

/** The same finding (the same test, the same imaging finding), levels and side when both facts give them. */
function compatible(a: ClinicalFact, b: ClinicalFact): boolean {
  for (const key of ['test', 'finding']) {
    const x = listOf(a.attributes[key]);
    const y = listOf(b.attributes[key]);
    if (x.length > 0 !== y.length > 0 || !x.every((v) => y.includes(v))) return false;
  }
  for (const key of ['levels', 'side']) {
    const x = listOf(a.attributes[key]);
    const y = listOf(b.attributes[key]);
    if (x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v))) return false;
  }
  return true;
}

const FINDING_NAMES: Readonly<Record<string, string>> = {
  sensory: 'dermatomal sensory deficit',
  reflex: 'reflex change',
  motor: 'myotomal weakness',
  'straight-leg-raise': 'positive straight-leg raise',
  spurling: 'positive Spurling test',
  herniation: 'disc herniation on imaging',
  stenosis: 'stenosis on imaging',
  'nerve-compression': 'nerve-root compression on imaging',
};

function findingName(f: ClinicalFact): string {
  const key = listOf(f.attributes.test ?? f.attributes.finding)[0] ?? '';
  return FINDING_NAMES[key] ?? f.kind.replace(/-/g, ' ');
}

function where(f: ClinicalFact): string {
  const levels = listOf(f.attributes.levels);
  const side = listOf(f.attributes.side)[0];
  const parts = [side, levels.length ? `at ${levels.join(', ')}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(' ')})` : '';
}

/** "No documentation of radiculopathy" in the rationale where the summary documents it. */
export function factContradictions(
  rationaleFacts: readonly ClinicalFact[],
  summaryFacts: readonly ClinicalFact[],
  kinds: readonly string[],
): Report[] {
  const out: Report[] = [];
  for (const r of rationaleFacts) {
    if (r.status !== 'absent' || !kinds.includes(r.kind)) continue;
    const present = summaryFacts.find((s) => s.kind === r.kind && s.status === 'present' && compatible(r, s));
    if (!present) continue;
    out.push({
      span: r.span,
      message: `The rationale says there is no ${findingName(present)}; the case summary documents one${where(present)}.`,
      related: [{ span: present.sentenceSpan, message: 'The case summary documents it here.' }],
    });
  }
  return out;
}
