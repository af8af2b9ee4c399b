/**
 * Unit tests of the published-letter reader, one layout feature at a time, on small invented letters.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { detectLetterLayout, readLetter } from '../../server/src/service/parser/letter/read';
import { at, codes, FIELDS, HEADER_2016, ISSUES, letter2016, lines } from './letterSamples';

test('layout detection', () => {
  assert.equal(detectLetterLayout(letter2016()), 'letter-2016');
  assert.equal(detectLetterLayout(' CLINICAL CASE SUMMARY \n\nText. \n\n'), 'letter-2014');
  assert.equal(detectLetterLayout('   Notice of Independent Medical Review Determination\n'), 'letter-2013');
  assert.equal(detectLetterLayout(''), 'letter-2014');
});

test('header block: two columns, the wrapped "Application / Received:" label, spans on the values', () => {
  const text = letter2016(['Diazepam 10mg #30: Upheld', '', ...FIELDS]);
  const h = readLetter(text).header;
  assert.equal(h.caseNumber?.value, 'CM16-0000001');
  assert.deepEqual(h.decisionDate?.value, { year: 2017, month: 1, day: 9 });
  assert.deepEqual(h.dateOfInjury?.value, { year: 2016, month: 10, day: 13 });
  assert.deepEqual(h.urDenialDate?.value, { year: 2016, month: 11, day: 22 });
  assert.deepEqual(h.dateAssigned?.value, { year: 2016, month: 12, day: 7 });
  assert.deepEqual(h.applicationReceived?.value, { year: 2016, month: 11, day: 29 });
  assert.equal(h.priority?.value, 'Standard');
  for (const v of [h.caseNumber, h.decisionDate, h.dateOfInjury, h.urDenialDate, h.applicationReceived]) {
    assert.equal(at(text, v!.span), v!.raw);
  }
});

test('an unreadable header date is a problem, not a value', () => {
  const text = letter2016(['Diazepam 10mg #30: Upheld', '', ...FIELDS]).replace('01/09/2017', '13/45/2017');
  const det = readLetter(text);
  assert.equal(det.header.decisionDate, undefined);
  assert.deepEqual(codes(det), ['date-unreadable']);
  assert.equal(at(text, det.problems[0]!.span), '13/45/2017');
  assert.ok(!det.problems[0]!.message.includes('13/45'), 'the message quotes no letter text');
});

test('credentials block with a specialty wrapped onto the next line', () => {
  const text = lines(
    ...HEADER_2016,
    '                 HOW THE IMR FINAL DETERMINATION WAS MADE',
    'The Expert Reviewer has the following credentials:',
    'State(s) of Licensure: California, Maryland',
    'Certification(s)/Specialty: Preventive Medicine, Occupational Medicine, Public Health &',
    'General Preventive Medicine',
    '',
    '                                CLINICAL CASE SUMMARY',
    'Text.',
  );
  const h = readLetter(text).header;
  assert.equal(h.reviewerLicensure?.value, 'California, Maryland');
  assert.equal(
    h.reviewerSpecialty?.value,
    'Preventive Medicine, Occupational Medicine, Public Health & General Preventive Medicine',
  );
  assert.equal(at(text, h.reviewerLicensure!.span), 'California, Maryland');
});

test('credentials in prose (2014-2015 letters)', () => {
  const text = lines(
    ' HOW THE IMR FINAL DETERMINATION WAS MADE ',
    'The expert reviewer is Board Certified in Orthopedic Surgery, and is licensed to practice in ',
    'California. He/she has been in active clinical practice.',
  );
  const h = readLetter(text).header;
  assert.equal(h.reviewerSpecialty?.value, 'Orthopedic Surgery');
  assert.equal(h.reviewerLicensure?.value, 'California');
  assert.equal(at(text, h.reviewerLicensure!.span), 'California');
});

test('sections: centred upper-case titles, kinds, bodies; the summary drops the stock lead-in', () => {
  const text = lines(
    '                 HOW THE IMR FINAL DETERMINATION WAS MADE',
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
    '',
    '                                CLINICAL CASE SUMMARY',
    'The expert reviewer developed the following clinical case summary based on a review of the',
    'case file, including all medical records:',
    '',
    'The injured worker is a 48 year old male.',
    '',
    '                       STATEMENT OF SOMETHING ELSE',
    'Other text.',
    ...ISSUES,
    'Diazepam 10mg #30: Upheld',
    '',
    ...FIELDS,
  );
  const det = readLetter(text);
  assert.deepEqual(
    det.sections.map((s) => s.kind),
    ['how-made', 'summary', 'other', 'issues'],
  );
  const summary = det.sections[1]!;
  assert.equal(summary.title, 'CLINICAL CASE SUMMARY');
  assert.equal(at(text, summary.headingSpan), 'CLINICAL CASE SUMMARY');
  assert.ok(summary.body.text.startsWith('The expert reviewer developed'));
  assert.equal(det.summary?.text, 'The injured worker is a 48 year old male.');
  assert.equal(at(text, det.summary!.sourceSpan), 'The injured worker is a 48 year old male.');
  assert.ok(at(text, summary.span).endsWith('48 year old male.'));
});

test('item line with the decision on the same line', () => {
  const text = letter2016(['Diazepam 10mg, QTY: 60:  Upheld', '', ...FIELDS]);
  const det = readLetter(text);
  assert.equal(det.items.length, 1);
  const item = det.items[0]!;
  assert.equal(item.request.text, 'Diazepam 10mg, QTY: 60');
  assert.equal(at(text, item.request.sourceSpan), 'Diazepam 10mg, QTY: 60');
  assert.equal(item.decision?.value, 'Upheld');
  assert.equal(at(text, item.decision!.span), 'Upheld');
  assert.equal(at(text, item.headingSpan), 'Diazepam 10mg, QTY: 60:  Upheld');
  assert.ok(at(text, item.span).endsWith('medically necessary.'));
  assert.deepEqual(
    item.fields.map((f) => f.kind),
    ['claimsAdministratorGuideline', 'reviewerGuideline', 'rationale'],
  );
  assert.deepEqual(codes(det), []);
});

test('decision words in any case; "Decision for" is not part of the request', () => {
  const det = readLetter(letter2016(['Decision for MRI of the lumbar spine: OVERTURNED', '', ...FIELDS]));
  assert.equal(det.items[0]!.request.text, 'MRI of the lumbar spine');
  assert.equal(det.items[0]!.decision?.value, 'Overturned');
  assert.equal(det.items[0]!.decision?.raw, 'OVERTURNED');
});

test('item line wrapped, decision on the next line', () => {
  const text = letter2016([
    'Retrospective TENS unit, purchase, lumbar spine (DOS',
    '12/29/16):',
    'Upheld',
    '',
    ...FIELDS,
  ]);
  const item = readLetter(text).items[0]!;
  assert.equal(item.request.text, 'Retrospective TENS unit, purchase, lumbar spine (DOS 12/29/16)');
  assert.equal(item.decision?.value, 'Upheld');
  assert.equal(at(text, item.decision!.span), 'Upheld');
});

test('partial certification: original request, authorized part, remaining portion', () => {
  const text = letter2016([
    'Physical therapy to the low back eight sessions was the original request. Physical therapy to',
    'the low back six sessions was authorized by the Claims Administrator. The remaining IMR',
    'eligible portion of the original request, Physical therapy to the low back two sessions is:',
    'Upheld',
    '',
    ...FIELDS,
  ]);
  const item = readLetter(text).items[0]!;
  assert.equal(item.request.text, 'Physical therapy to the low back two sessions');
  assert.equal(at(text, item.request.sourceSpan), 'Physical therapy to the low back two sessions');
  assert.equal(item.partial?.originalRequest?.text, 'Physical therapy to the low back eight sessions');
  assert.equal(item.partial?.authorized?.text, 'Physical therapy to the low back six sessions');
  assert.ok(item.partial?.text.text.startsWith('Physical therapy to the low back eight sessions was'));
  assert.equal(item.decision?.value, 'Upheld');
});

test('partial certification: the administrator authorized a part, leaving the rest', () => {
  const text = letter2016([
    'Inpatient rehabilitation 7-10 days was the original request. The Claims Administrator authorized',
    'Skilled nursing facility for 7 days, leaving the original request IMR eligible. The original',
    'request, Inpatient rehabilitation 7-10 days is: Overturned',
    '',
    ...FIELDS,
  ]);
  const item = readLetter(text).items[0]!;
  assert.equal(item.request.text, 'Inpatient rehabilitation 7-10 days');
  assert.equal(item.partial?.originalRequest?.text, 'Inpatient rehabilitation 7-10 days');
  assert.equal(item.partial?.authorized?.text, 'Skilled nursing facility for 7 days');
  assert.equal(item.decision?.value, 'Overturned');
});

test('a field runs over wraps and a page break; its text maps back to the right source slices', () => {
  const text = letter2016([
    'Diazepam 10mg #30: Upheld',
    '',
    'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence',
    '\ffor its decision.',
    '',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
    '',
    'Decision rationale: Nerve conduction studies are not recommended, but electro-',
    'myography is an option. See http://www.example.org/guidelines/',
    'ncs/emg.html for the text. The request is not medically',
    '\fnecessary.',
  ]);
  const item = readLetter(text).items[0]!;
  const ca = item.claimsAdministratorGuideline!;
  assert.equal(ca.text.text, 'The Claims Administrator did not cite any medical evidence for its decision.');
  assert.equal(ca.label, 'Claims Administrator guideline');
  assert.equal(at(text, ca.labelSpan), 'Claims Administrator guideline');
  const i = ca.text.text.indexOf('for its');
  assert.equal(ca.text.toSource(i), text.indexOf('\ffor its') + 1, 'after the page break');
  const span = ca.text.spanToSource(i, i + 'for its decision.'.length);
  assert.equal(at(text, span), 'for its decision.');
  const r = item.rationale!.text;
  assert.equal(
    r.text,
    'Nerve conduction studies are not recommended, but electro-myography is an option. See ' +
      'http://www.example.org/guidelines/ncs/emg.html for the text. The request is not medically necessary.',
  );
  const n = r.text.indexOf('medically necessary');
  const s = r.spanToSource(n, n + 'medically necessary'.length);
  assert.equal(at(text, s), 'medically\n\fnecessary');
  assert.equal(at(text, item.rationale!.span).slice(0, 19), 'Decision rationale:');
  assert.ok(at(text, item.rationale!.span).endsWith('necessary.'));
});

test('an item line glued to the previous rationale across a page break still starts an item', () => {
  const text = letter2016(
    ['X-ray of the pelvis: Upheld', '', ...FIELDS.slice(0, -1)],
    ['\fX-rays of the lumbar spine: Upheld', '', ...FIELDS],
  );
  const det = readLetter(text);
  assert.deepEqual(
    det.items.map((i) => i.request.text),
    ['X-ray of the pelvis', 'X-rays of the lumbar spine'],
  );
  assert.ok(det.items[0]!.rationale!.text.text.endsWith('medically necessary.'));
  assert.ok(!det.items[0]!.rationale!.text.text.includes('X-rays'));
});

test('double-spaced 2014 letter: empty lines are artefacts, lines holding a space are breaks', () => {
  const body = [
    ' IMR ISSUES, DECISIONS AND RATIONALES ',
    'The Final Determination was based on decisions for the disputed items/services set forth below: ',
    ' ',
    'Diazepam 10mg, QTY: 60:  Upheld ',
    ' ',
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines ',
    'Benzodiazepines Page(s): 24. ',
    ' ',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): ',
    '24.   ',
    ' ',
    'Decision rationale: Valium is not recommended. This request is not medically ',
    'necessary. ',
  ];
  const text = body.map((l) => `${l}\n`).join('\n');
  const det = readLetter(text);
  assert.equal(det.layout, 'letter-2014');
  assert.equal(det.items.length, 1);
  const item = det.items[0]!;
  assert.equal(item.request.text, 'Diazepam 10mg, QTY: 60');
  assert.equal(
    item.reviewerGuideline?.text.text,
    'Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 24.',
  );
  assert.equal(
    item.rationale?.text.text,
    'Valium is not recommended. This request is not medically necessary.',
  );
});

test('CRLF line endings read the same', () => {
  const lf = letter2016(['Diazepam 10mg #30: Upheld', '', ...FIELDS]);
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = readLetter(lf);
  const b = readLetter(crlf);
  assert.equal(b.items.length, 1);
  assert.equal(b.items[0]!.rationale?.text.text, a.items[0]!.rationale?.text.text);
  assert.equal(b.header.caseNumber?.value, 'CM16-0000001');
});

test('problems: item without decision, invalid decision, field outside any item, no items', () => {
  const noDecision = readLetter(letter2016(['Diazepam 10mg #30', '', ...FIELDS]));
  assert.deepEqual(codes(noDecision), ['item-without-decision']);
  assert.equal(noDecision.items.length, 1);
  assert.equal(noDecision.items[0]!.decision, null);
  assert.equal(noDecision.items[0]!.request.text, 'Diazepam 10mg #30');
  assert.ok(!noDecision.problems[0]!.message.includes('Diazepam'), 'the message quotes no letter text');
  const colonOnly = readLetter(letter2016(['Diazepam 10mg #30:', '', ...FIELDS]));
  assert.deepEqual(codes(colonOnly), ['item-without-decision']);
  assert.equal(colonOnly.items[0]!.request.text, 'Diazepam 10mg #30');

  const text = letter2016(
    ['Diazepam 10mg #30: Upheld', '', ...FIELDS],
    ['Norco 10mg #60: Approved', '', ...FIELDS],
  );
  const invalid = readLetter(text);
  assert.deepEqual(codes(invalid), ['decision-invalid']);
  assert.equal(invalid.items.length, 2);
  assert.equal(invalid.items[1]!.decision?.value, null);
  assert.equal(invalid.items[1]!.decision?.raw, 'Approved');
  assert.equal(at(text, invalid.problems[0]!.span), 'Approved');
  assert.equal(invalid.items[1]!.request.text, 'Norco 10mg #60');
  assert.ok(invalid.items[0]!.rationale!.text.text.endsWith('medically necessary.'));

  const outside = readLetter(lines(...HEADER_2016, ...ISSUES.slice(0, 2), ...FIELDS));
  assert.ok(codes(outside).includes('field-outside-item'));
  assert.ok(codes(outside).includes('no-items'));

  assert.deepEqual(codes(readLetter('')), ['no-items']);
});

test('2013 layout: numbered determinations, "Regarding the request for", 2013 field labels', () => {
  const file = path.resolve(__dirname, '..', 'fixtures', 'letters', '2013-synthetic-notice.txt');
  const text = readFileSync(file, 'utf8');
  const det = readLetter(text);
  assert.equal(det.layout, 'letter-2013');
  assert.deepEqual(
    det.items.map((i) => i.decision?.value),
    ['Upheld', 'Overturned', 'Upheld'],
  );
  assert.deepEqual(
    det.items.map((i) => i.request.text),
    [
      'lumbar epidural steroid injection at L4-5',
      'naproxen 550mg #60',
      'physical therapy 2 times a week for 6 weeks for the lumbar spine',
    ],
  );
  assert.equal(at(text, det.items[0]!.decision!.span), 'not medically necessary');
  assert.equal(at(text, det.items[1]!.decision!.span), 'medically necessary');
  for (const item of det.items) {
    assert.equal(item.fields.length, 3);
    assert.ok(item.claimsAdministratorGuideline && item.reviewerGuideline && item.rationale);
  }
  assert.ok(det.items[0]!.rationale!.text.text.endsWith('is not medically necessary and appropriate.'));
  assert.ok(!det.items[0]!.rationale!.text.text.includes('\f'));
  assert.equal(det.header.caseNumber?.value, 'CM13-0045210');
  assert.deepEqual(det.header.decisionDate?.value, { year: 2013, month: 11, day: 21 });
  assert.deepEqual(det.header.applicationReceived?.value, { year: 2013, month: 10, day: 9 });
  assert.equal(det.header.reviewerLicensure?.value, 'California');
  assert.ok(det.summary?.text.startsWith('This summary was copied'));
  assert.ok(det.sections.some((s) => s.kind === 'summary' && s.title === 'Case Summary:'));
  assert.deepEqual(codes(det), []);
});

test('a rationale of several paragraphs stays one field; a repeated label is kept as a duplicate', () => {
  const text = letter2016([
    'Diazepam 10mg #30: Upheld',
    '',
    ...FIELDS,
    'A second paragraph of the rationale.',
    '',
    'Decision rationale: written twice.',
    '',
  ]);
  const det = readLetter(text);
  assert.equal(det.items.length, 1);
  const item = det.items[0]!;
  assert.ok(item.rationale!.text.text.endsWith('medically necessary. A second paragraph of the rationale.'));
  assert.deepEqual(
    item.fields.map((f) => f.kind),
    ['claimsAdministratorGuideline', 'reviewerGuideline', 'rationale', 'rationale'],
  );
  assert.deepEqual(codes(det), []);
});

test('an item line without a decision is found even when its first field is not the CA guideline', () => {
  const det = readLetter(
    letter2016(['Diazepam 10mg #30: Upheld', '', ...FIELDS], ['Norco 10mg #60', '', ...FIELDS.slice(3)]),
  );
  assert.deepEqual(
    det.items.map((i) => i.request.text),
    ['Diazepam 10mg #30', 'Norco 10mg #60'],
  );
  assert.deepEqual(codes(det), ['item-without-decision']);
  assert.equal(det.items[1]!.reviewerGuideline?.text.text.startsWith('Decision based on'), true);
});

test('no items: the problem sits on the issues title', () => {
  const text = lines(...HEADER_2016, ...ISSUES, 'Nothing here.');
  const det = readLetter(text);
  assert.deepEqual(codes(det), ['no-items']);
  assert.equal(at(text, det.problems[0]!.span), 'IMR ISSUES, DECISIONS AND RATIONALES');
});

test('2013 layout: one unnumbered determination, item line without colon before its first label', () => {
  const text = lines(
    '          Notice of Independent Medical Review Determination',
    '',
    'MAXIMUS Federal Services, Inc. has determined the request for Norco 10/325mg #90 is not',
    'medically necessary and appropriate.',
    '',
    'Regarding the request for Norco 10/325mg #90',
    'Medical Treatment Guideline(s) Relied Upon by the Claims Administrator: MTUS, page 78.',
    'Medical Treatment Guideline(s) Relied Upon by the Expert Reviewer: MTUS, page 78.',
    'Rationale for the Decision: No functional improvement is documented. The request is not',
    'medically necessary and appropriate.',
  );
  const det = readLetter(text);
  assert.equal(det.layout, 'letter-2013');
  assert.equal(det.items.length, 1);
  const item = det.items[0]!;
  assert.equal(item.request.text, 'Norco 10/325mg #90');
  assert.equal(item.decision?.value, 'Upheld');
  assert.equal(item.claimsAdministratorGuideline?.text.text, 'MTUS, page 78.');
  assert.ok(item.rationale?.text.text.endsWith('not medically necessary and appropriate.'));
  assert.deepEqual(codes(det), []);
});
