import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Citation } from '../../server/src/service/model/citation';
import type { FieldKind, Located } from '../../server/src/service/model/types';
import { growthRatio, LINEAR_LIMIT } from '../support/growth';
import { cite } from './support/citationField';

/** The source text a located value stands on: what a hover or a squiggle would cover. */
function at(
  source: string,
  l: { span: { start: number; end: number } } | null | undefined,
): string | undefined {
  return l ? source.slice(l.span.start, l.span.end) : undefined;
}

const values = <T>(ls: readonly Located<T>[]) => ls.map((l) => l.value);

test('2014 layout: Chronic Pain Treatment Guidelines with a topic and a page list, then a Non-MTUS ODG sentence', () => {
  const { citations, source } = cite(
    'claimsAdministratorGuideline',
    'Decision based on MTUS Chronic Pain Treatment Guidelines',
    'Benzodiazepines (Anti-depressant) Page(s): 24, 66.  Decision based on Non-MTUS Citation',
    'Official Disability Guidelines: Anxiety medications in chronic pain.',
  );
  assert.equal(citations.length, 2);
  const [m, o] = citations as [Citation, Citation];
  assert.equal(m.program, 'MTUS');
  assert.equal(m.guideline?.value, 'Chronic Pain Treatment Guidelines');
  assert.deepEqual(values(m.topics), ['Benzodiazepines (Anti-depressant)']);
  assert.deepEqual(values(m.pages), [24, 66]);
  assert.equal(at(source, m.pages[1]), '66');
  assert.equal(
    at(source, m),
    'Decision based on MTUS Chronic Pain Treatment Guidelines\nBenzodiazepines (Anti-depressant) Page(s): 24, 66.',
  );
  assert.equal(o.program, 'Non-MTUS');
  assert.equal(o.guideline?.value, 'Official Disability Guidelines');
  assert.deepEqual(values(o.topics), ['Anxiety medications in chronic pain']);
  assert.equal(at(source, o.topics[0]), 'Anxiety medications in chronic pain');
});

test('a page range expands to every page, each with the range span', () => {
  const { citations, source } = cite(
    'reviewerGuideline',
    'Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 24-25.',
  );
  assert.deepEqual(values(citations[0]!.pages), [24, 25]);
  assert.equal(at(source, citations[0]!.pages[1]), '24-25');
});

test('a label wrapped onto the next line still reads', () => {
  const { citations, source } = cite(
    'reviewerGuideline',
    'Decision based on MTUS Chronic Pain Treatment Guidelines Page(s):',
    '46.',
  );
  assert.deepEqual(values(citations[0]!.pages), [46]);
  assert.equal(at(source, citations[0]!.pages[0]), '46');
});

test('MTUS ACOEM Chapter n: chapter number, chapter name as topic, pages', () => {
  const { citations, source } = cite(
    'claimsAdministratorGuideline',
    'Decision based on MTUS ACOEM Chapter 8 Neck and',
    'Upper Back Complaints Page(s): 178.',
  );
  const c = citations[0]!;
  assert.equal(c.guideline?.value, 'ACOEM');
  assert.equal(c.chapter?.value, '8');
  assert.equal(at(source, c.chapter), '8');
  assert.deepEqual(values(c.topics), ['Neck and Upper Back Complaints']);
  assert.equal(at(source, c.topics[0]), 'Neck and\nUpper Back Complaints');
  assert.deepEqual(values(c.pages), [178]);
});

test('ACOEM Practice Guidelines, 2nd Edition (2004), Chapter n', () => {
  const { citations, source } = cite(
    'reviewerGuideline',
    'Decision based on MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Page(s): 303.',
  );
  const c = citations[0]!;
  assert.equal(c.guideline?.value, 'ACOEM Practice Guidelines');
  assert.equal(c.edition?.value, 2004);
  assert.equal(at(source, c.edition), '2004');
  assert.equal(c.chapter?.value, '12');
  assert.deepEqual(values(c.topics), []);
  assert.deepEqual(values(c.pages), [303]);
});

test('stock sentences: not-mtus then an ODG citation with chapter, topic and an update date', () => {
  const { citations, source } = cite(
    'reviewerGuideline',
    'The Expert Reviewer did not base their decision on the MTUS.',
    'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper',
    'Back, Facet Joint Diagnostic Blocks, Updated August 4, 2014.',
  );
  assert.deepEqual(
    citations.map((c) => c.kind),
    ['not-mtus', 'guideline'],
  );
  assert.equal(at(source, citations[0]), 'The Expert Reviewer did not base their decision on the MTUS.');
  const o = citations[1]!;
  assert.equal(o.guideline?.value, 'Official Disability Guidelines (ODG)');
  assert.equal(o.chapter?.value, 'Neck and Upper Back');
  assert.equal(at(source, o.chapter), 'Neck and Upper\nBack');
  assert.deepEqual(values(o.topics), ['Facet Joint Diagnostic Blocks']);
  assert.equal(o.edition?.value, 2014);
  assert.ok(at(source, o)?.endsWith('2014.'));
});

test('stock sentence: no-evidence, across a wrap', () => {
  const { citations, source } = cite(
    'claimsAdministratorGuideline',
    'The Claims Administrator did not cite any medical evidence',
    'for its decision.',
  );
  assert.equal(citations.length, 1);
  assert.equal(citations[0]!.kind, 'no-evidence');
  assert.equal(citations[0]!.field, 'claimsAdministratorGuideline');
  assert.equal(at(source, citations[0]), source);
});

test('2016 layout: "outside of the MTUS Guidelines" is not-mtus', () => {
  const { citations } = cite(
    'reviewerGuideline',
    'The Expert Reviewer based their decision on recommendation(s) outside',
    'of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Forearm, Wrist and Hand, Gym Membership.',
  );
  assert.deepEqual(
    citations.map((c) => c.kind),
    ['not-mtus', 'guideline'],
  );
  assert.equal(citations[1]!.chapter?.value, 'Forearm, Wrist and Hand');
  assert.deepEqual(values(citations[1]!.topics), ['Gym Membership']);
});

test('MTUS Opioid Treatment 2016 with a numbered section holding a colon', () => {
  const { citations, source } = cite(
    'reviewerGuideline',
    'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3 Opioids for Chronic Pain and Chronic',
    'Opioid Treatment: Initiating and Monitoring Chronic Opioid Treatment.',
  );
  const c = citations[0]!;
  assert.equal(c.guideline?.value, 'Opioid Treatment');
  assert.equal(c.edition?.value, 2016);
  assert.equal(c.sections.length, 1);
  assert.ok(c.sections[0]!.value.startsWith('3.3 Opioids for Chronic Pain'));
  assert.ok(at(source, c.sections[0])!.endsWith('Monitoring Chronic Opioid Treatment'));
});

test('2016 layout: several guidelines joined by ", and", section names holding commas', () => {
  const { citations, source } = cite(
    'reviewerGuideline',
    'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical',
    'Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation).',
  );
  assert.equal(citations.length, 2);
  const [a, b] = citations as [Citation, Citation];
  assert.equal(a.guideline?.value, 'Low Back Complaints');
  assert.equal(a.edition?.value, 2004);
  assert.deepEqual(values(a.sections), ['Physical Methods']);
  assert.equal(b.program, 'MTUS');
  assert.equal(b.guideline?.value, 'Chronic Pain Medical Treatment');
  assert.equal(at(source, b.guideline), 'Chronic Pain Medical\nTreatment');
  assert.deepEqual(values(b.sections), ['TENS, chronic pain (transcutaneous electrical nerve stimulation)']);
  assert.ok(at(source, a)!.startsWith('Decision based on MTUS Low Back'));
  assert.ok(at(source, b)!.startsWith('Chronic Pain Medical'));
});

test('"Forearm, Wrist, and Hand Complaints 2004" is one guideline, not two', () => {
  const { citations } = cite(
    'reviewerGuideline',
    'Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary.',
  );
  assert.equal(citations.length, 1);
  assert.equal(citations[0]!.guideline?.value, 'Forearm, Wrist, and Hand Complaints');
  assert.deepEqual(values(citations[0]!.sections), ['Special Studies', 'Summary']);
});

test('Non-MTUS sources other than ODG: "Pain Physician 2005", UpToDate', () => {
  const { citations } = cite(
    'claimsAdministratorGuideline',
    'Decision based on Non-MTUS Citation Pain Physician 2005.',
  );
  assert.equal(citations[0]!.guideline?.value, 'Pain Physician');
  assert.equal(citations[0]!.edition?.value, 2005);
  const up = cite(
    'reviewerGuideline',
    'Decision based on Non-MTUS Citation Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016.',
  );
  assert.equal(up.citations[0]!.guideline?.value, 'Sildenafil: Drug information');
  assert.equal(up.citations[0]!.edition, null);
});

test('ODG chapter-first variants: "Pain Chapter - Ativan", "Low Back chapter/ x-ray", "(Chronic)" tails', () => {
  const one = (s: string) =>
    cite('reviewerGuideline', `Decision based on Non-MTUS Citation ${s}.`).citations[0]!;
  const a = one('Official Disability Guidelines-Pain Chapter - Ativan');
  assert.equal(a.chapter?.value, 'Pain Chapter');
  assert.deepEqual(values(a.topics), ['Ativan']);
  const b = one('Official Disability Guidelines (ODG) Low Back chapter/ x-ray');
  assert.equal(b.chapter?.value, 'Low Back chapter');
  assert.deepEqual(values(b.topics), ['x-ray']);
  const c = one('Official Disability Guidelines (ODG) Pain (Chronic), Home Health Services');
  assert.equal(c.chapter?.value, 'Pain (Chronic)');
  assert.deepEqual(values(c.topics), ['Home Health Services']);
  const d = one(
    'Official Disability Guidelines (ODG) Neck & Upper Back (Extracorporeal shock wave therapy (ESWT))',
  );
  assert.equal(d.chapter?.value, 'Neck & Upper Back');
  assert.deepEqual(values(d.topics), ['Extracorporeal shock wave therapy (ESWT)']);
});

test('free text: a CA MTUS chronic pain citation with a page', () => {
  const { citations, source } = cite(
    'rationale',
    'According to the CA MTUS Chronic Pain Medical Treatment Guidelines, page',
    '46, ESIs are an option.',
  );
  assert.equal(citations.length, 1);
  const c = citations[0]!;
  assert.equal(c.program, 'MTUS');
  assert.equal(c.guideline?.value, 'Chronic Pain Medical Treatment Guidelines');
  assert.deepEqual(values(c.pages), [46]);
  assert.equal(at(source, c.pages[0]), '46');
  assert.equal(at(source, c), 'CA MTUS Chronic Pain Medical Treatment Guidelines, page\n46');
});

test('free text: an ODG chapter and topic (program not stated)', () => {
  const { citations, source } = cite(
    'rationale',
    'The ODG Low Back chapter, Facet joint diagnostic blocks, limits blocks to one.',
  );
  const c = citations[0]!;
  assert.equal(c.program, null);
  assert.equal(c.guideline?.value, 'ODG');
  assert.equal(c.chapter?.value, 'Low Back chapter');
  assert.deepEqual(values(c.topics), ['Facet joint diagnostic blocks']);
  assert.equal(at(source, c.topics[0]), 'Facet joint diagnostic blocks');
});

test('free text: an ACOEM chapter with p.', () => {
  const { citations, source } = cite('rationale', 'Per ACOEM Chapter 12, p. 303, imaging is indicated.');
  const c = citations[0]!;
  assert.equal(c.program, null);
  assert.equal(c.chapter?.value, '12');
  assert.deepEqual(values(c.pages), [303]);
  assert.equal(at(source, c), 'ACOEM Chapter 12, p. 303');
});

test('free text: CA MTUS/ACOEM Guidelines is one MTUS citation', () => {
  const { citations } = cite('rationale', 'CA MTUS/ACOEM Guidelines state that imaging is not needed.');
  assert.equal(citations.length, 1);
  assert.equal(citations[0]!.program, 'MTUS');
  assert.equal(citations[0]!.guideline?.value, 'MTUS/ACOEM Guidelines');
});

test('free text: a California MTUS 2016 chronic pain citation in a sentence', () => {
  const { citations, source } = cite(
    'rationale',
    'The California MTUS 2016 Chronic Pain Guidelines recommend muscle relaxants.',
  );
  const c = citations[0]!;
  assert.equal(c.edition?.value, 2016);
  assert.equal(at(source, c.edition), '2016');
  assert.equal(c.guideline?.value, 'Chronic Pain Guidelines');
});

test('free text: ODG and an ACOEM chapter with table and page in one sentence', () => {
  const a = cite('rationale', 'The Official Disability Guidelines (ODG) recommend it.').citations;
  assert.equal(a.length, 1);
  assert.equal(a[0]!.guideline?.value, 'Official Disability Guidelines (ODG)');
  const b = cite(
    'rationale',
    'While the MTUS Guideline in ACOEM Chapter 8, Table 8-8, page 182 does recommend MRI',
  ).citations;
  assert.equal(b.length, 1);
  assert.equal(b[0]!.chapter?.value, '8');
  assert.deepEqual(values(b[0]!.pages), [182]);
});

test('never throws and stays within its field on any text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ maxLength: 80 }), { maxLength: 4 }),
      fc.constantFrom<FieldKind>('reviewerGuideline', 'rationale'),
      (lines, kind) => {
        const { citations, source } = cite(kind, ...lines);
        for (const c of citations) {
          assert.ok(c.span.start >= 0 && c.span.end <= source.length && c.span.start <= c.span.end);
          for (const p of c.pages) assert.ok(p.span.end <= source.length);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('linear time on long hostile input (each shape once quadratic in a draft)', () => {
  const shapes: [Parameters<typeof cite>[0], (n: number) => string][] = [
    ['reviewerGuideline', (n) => `Decision based on MTUS ${'Low Back, and '.repeat(n)}.`],
    ['reviewerGuideline', (n) => `Decision based on MTUS X Page(s): 1 ${'Page(s): 2-3, '.repeat(n)}`],
    [
      'reviewerGuideline',
      (n) => `Decision based on Non-MTUS Citation ODG ${'Low Back, Updated 2014; '.repeat(n)}`,
    ],
    ['reviewerGuideline', (n) => `Decision based on Non-MTUS Citation ${'Pain Physician 2005, '.repeat(n)}`],
    [
      'rationale',
      (n) => 'CA MTUS 2016 Chronic Pain Guidelines, page 1, ODG Low Back chapter, Facet, '.repeat(n / 5),
    ],
  ];
  for (const [field, shape] of shapes) {
    const ratio = growthRatio((s: string) => cite(field, s), shape(5000), shape(20000));
    assert.ok(ratio < LINEAR_LIMIT, `${shape(1).slice(0, 40)}: ratio ${ratio.toFixed(2)}`);
  }
});

test('a bare "Page(s):" or "Section(s):" still being typed is a label, not a topic', async () => {
  const { lintText } = await import('../support/service');
  const { exampleLetter } = await import('../../server/src/service/citations/exampleLetter');
  for (const label of ['Page(s): ', 'Section(s): ']) {
    const text = exampleLetter({
      decisionDate: '2016-12-09',
      heading: 'Diazepam 10mg #30: Upheld',
      reviewerLine: `Decision based on MTUS Chronic Pain Medical Treatment Guidelines, ${label}`,
      rationale: 'Not recommended for long-term use. Therefore, the request is not medically necessary.',
    });
    const { analysis, findings } = lintText(text);
    assert.deepEqual(analysis.items[0]!.citations[0]!.topics, [], label);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'citation-unknown').map((f) => f.message),
      [],
      label,
    );
  }
});
