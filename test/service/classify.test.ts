import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Catalog, emptyCatalog } from '../../server/src/service/catalog/catalog';
import { classifyTreatment, requestTokens } from '../../server/src/service/catalog/classify';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { growthRatio, LINEAR_LIMIT } from '../support/growth';

const catalog = defaultCatalog();
const kindOf = (request: string) => classifyTreatment(request, catalog)?.kind ?? null;

const CASES: [string, string][] = [
  ['Diazepam 10mg, QTY: 60', 'benzodiazepine'],
  ['VALIUM 2MG #30', 'benzodiazepine'],
  ['diazempam 5mg #30', 'benzodiazepine'],
  ['Xanax 1mg', 'benzodiazepine'],
  ['Norco 10/325mg #120', 'opioid'],
  ['Ultram 50mg #30', 'opioid'],
  ['Tramadol ER 150mg', 'opioid'],
  ['Flexeril 10mg #60', 'muscle-relaxant'],
  ['cyclobenzaprin 7.5mg', 'muscle-relaxant'],
  ['Soma 350mg', 'muscle-relaxant'],
  ['Omeprazole 20mg #60', 'proton-pump-inhibitor'],
  ['Ibuprofen 600mg #90', 'nsaid'],
  ['Ketoprofen/Gabapentin compound cream', 'topical-compound'],
  ['Lidoderm 5% patch #30', 'topical-analgesic'],
  ['Ambien 10mg', 'sleep-aid'],
  ['Nortriptyline HCL 25mg, #30', 'antidepressant'],
  ['Gabapentin 600mg', 'anticonvulsant'],
  ['Lumbar epidural steroid injection (LESI), L5-S1', 'epidural-steroid-injection'],
  ['Lumbar ESI L4-5', 'epidural-steroid-injection'],
  ['Right C7 Selective Nerve Root Block under Fluoroscopy, QTY: 1', 'selective-nerve-root-block'],
  ['Facet injection L4-5', 'facet-injection'],
  ['Cervical medial branch block C3-4', 'medial-branch-block'],
  ['Radiofrequency ablation L3-4', 'radiofrequency-ablation'],
  ['MRI of the lumbar spine without contrast', 'mri-lumbar'],
  ['MRI (magnetic resonance imaging) of the cervical spine', 'mri-cervical'],
  ['Right shoulder MRI', 'mri-other'],
  ['Retrospective CT scan of the cervical spine (DOS 11/18/16)', 'ct'],
  ['X-rays of the lumbar spine', 'x-ray'],
  ['EMG/NCV of the bilateral lower extremities', 'electrodiagnostic'],
  ['Physical therapy 2-3 times a week for 6 weeks', 'physical-therapy'],
  ['Occupational therapy 8 sessions', 'occupational-therapy'],
  ['Spinal manipulation therapy 2 times a week for 4 weeks', 'chiropractic'],
  ['Initial acupuncture, 1 to 2 times per week for 4 weeks', 'acupuncture'],
  ['TENS unit, daily trial, cervical and thoracic spine, #30', 'tens'],
  ['Functional restoration program', 'functional-restoration'],
  ['L4-5 fusion', 'spinal-surgery'],
  ['Right knee arthroscopy with meniscectomy', 'other-surgery'],
  ['Trigger point injections x4', 'injection-other'],
  ['Knee brace', 'durable-medical-equipment'],
  ['Urine drug screen', 'urine-drug-screen'],
  ['Follow up office visit times 2', 'office-visit'],
  ['Psychological evaluation', 'psychological'],
  ['Gym membership', 'gym-membership'],
];

test('classifies the requests letters make, robust to strengths, quantities, brands and typos', () => {
  for (const [request, kind] of CASES)
    assert.equal(kindOf(request), kind, `request #${CASES.findIndex((c) => c[0] === request)}`);
});

test('a classification carries a label and the entries that cover it, best first', () => {
  const t = classifyTreatment('Diazepam 10mg #30', catalog)!;
  assert.equal(t.label, 'Benzodiazepine');
  assert.ok(t.entryIds.length > 0 && t.entryIds.length <= 10);
  for (const id of t.entryIds) assert.ok(catalog.entry(id)?.treatments.includes('benzodiazepine'), id);
  const lumbar = classifyTreatment('X-ray of the lumbar spine', catalog)!;
  assert.match(lumbar.entryIds[0]!, /low-back/, 'body-part words rank the low back entry first');
});

test('unknown or empty requests are null', () => {
  assert.equal(kindOf(''), null);
  assert.equal(kindOf('12/29/16 #2'), null);
  assert.equal(kindOf('zzzz qqqq'), null);
  assert.equal(classifyTreatment('Diazepam 10mg', emptyCatalog), null);
});

test('strengths, quantities and levels are not words', () => {
  assert.deepEqual(requestTokens('Diazepam 10mg, QTY: 60 L4-5 #30 2x6'), ['diazepam', 'qty']);
});

test('the kinds come from data: a team kind listed first wins', () => {
  const data = catalog.data;
  const team = new Catalog({
    ...data,
    treatmentKinds: [{ kind: 'team-kind', label: 'Team', terms: ['valium'] }, ...data.treatmentKinds],
  });
  assert.equal(classifyTreatment('Valium 5mg', team)?.kind, 'team-kind');
});

test('never throws, linear time on long input', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => void classifyTreatment(s, catalog)),
    { numRuns: 300 },
  );
  const classify = (s: string) => classifyTreatment(s, catalog);
  const ratio = growthRatio(classify, 'physical therapy '.repeat(1250), 'physical therapy '.repeat(5000));
  assert.ok(ratio < LINEAR_LIMIT, `ratio ${ratio.toFixed(2)}`);
});

test('remembered answers equal fresh ones, in any order of requests', () => {
  // Two catalogs with the same data: each keeps its own memos, filled here in different orders.
  const words = [...CASES.map(([r]) => r), 'lumbar', 'Lumbar MRI', 'right knee', 'brace', 'norco 5mg', 'xyz'];
  const request = fc
    .array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join(' '));
  const a = new Catalog(catalog.data);
  const b = new Catalog(catalog.data);
  fc.assert(
    fc.property(fc.array(request, { maxLength: 20 }), (requests) => {
      const first = requests.map((r) => classifyTreatment(r, a));
      const second = [...requests]
        .reverse()
        .map((r) => classifyTreatment(r, b))
        .reverse();
      assert.deepEqual(first, second);
      assert.deepEqual(
        requests.map((r) => classifyTreatment(r, a)),
        first,
      );
    }),
    { numRuns: 200 },
  );
});

test('"constructor" in a request does not reach Object\'s prototype', () => {
  assert.equal(kindOf('Constructor lumbar MRI'), 'mri-lumbar');
});
