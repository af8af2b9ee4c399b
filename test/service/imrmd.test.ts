import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../../server/src/service/model/types';
import { readImrMd } from '../../server/src/service/parser/imrmd/read';

/** The span of the `nth` occurrence of `needle` in `text`, so expected spans are written as text. */
function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture lacks occurrence ${nth} of its needle`);
  }
  return { start: at, end: at + needle.length };
}

const DOC = [
  '---',
  'case: CM16-0213037',
  'decision-date: 2016-12-09',
  'date-of-injury: 10/13/16',
  'priority: Standard',
  'reviewer:',
  '  licensure: California, North Carolina',
  '  specialty: Family Practice',
  'guidelines: [MTUS 2016]',
  '---',
  '',
  '# Clinical Case Summary',
  '',
  'The injured worker is a 48 year old male',
  'who sustained an industrial injury.',
  '',
  'Second paragraph.',
  '',
  '# IMR Issues, Decisions and Rationales',
  '',
  '## Diazepam 10mg, QTY: 60: Upheld',
  '',
  'Claims Administrator guideline: Decision based on MTUS.',
  '',
  '<!-- imr-lint-disable-next-line citation-missing, citation-edition -- checked with the file -->',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 24.',
  '',
  'Decision rationale: Benzodiazepines are not',
  'recommended for long-term use.',
  '',
  'Therefore the request is not medically necessary.',
  '',
  '## MRI of the right shoulder: overturned',
  '',
  'Reviewer guideline: Decision based on MTUS Shoulder Complaints 2004.',
  'Decision rationale: Imaging is indicated. <!-- imr-lint-disable-line clinical-red-flags -->',
  '',
].join('\n');

test('front matter values are read with the spans of their values, keys with theirs', () => {
  const { header, problems } = readImrMd(DOC);
  assert.deepEqual(problems, []);
  assert.equal(header.caseNumber?.value, 'CM16-0213037');
  assert.deepEqual(header.caseNumber?.span, spanOf(DOC, 'CM16-0213037'));
  assert.deepEqual(header.decisionDate?.value, { year: 2016, month: 12, day: 9 });
  assert.deepEqual(header.decisionDate?.span, spanOf(DOC, '2016-12-09'));
  assert.deepEqual(header.dateOfInjury?.value, { year: 2016, month: 10, day: 13 });
  assert.equal(header.dateOfInjury?.raw, '10/13/16');
  assert.equal(header.priority?.value, 'Standard');
  assert.equal(header.reviewerLicensure?.value, 'California, North Carolina');
  assert.deepEqual(header.reviewerSpecialty?.span, spanOf(DOC, 'Family Practice'));
  assert.deepEqual(
    header.pinnedGuidelines?.map((g) => g.value),
    ['MTUS 2016'],
  );
  assert.deepEqual(
    header.keys?.map((k) => k.value),
    ['case', 'decision-date', 'date-of-injury', 'priority', 'reviewer', 'guidelines'],
  );
  assert.deepEqual(header.keys?.[3]?.span, spanOf(DOC, 'priority'));
});

test('sections: kinds, heading spans, bodies joined as read', () => {
  const { sections, summary } = readImrMd(DOC);
  assert.deepEqual(
    sections.map((s) => s.kind),
    ['summary', 'issues'],
  );
  assert.deepEqual(sections[0]!.headingSpan, spanOf(DOC, '# Clinical Case Summary'));
  assert.equal(
    summary?.text,
    'The injured worker is a 48 year old male who sustained an industrial injury.\n\nSecond paragraph.',
  );
  assert.deepEqual(summary?.sourceSpan, {
    start: DOC.indexOf('The injured'),
    end: spanOf(DOC, 'Second paragraph.').end,
  });
  // The summary section ends with its last text, before the next heading.
  assert.equal(DOC.slice(sections[0]!.span.start, sections[0]!.span.end).endsWith('Second paragraph.'), true);
  const joint = summary!.text.indexOf('who');
  assert.equal(summary!.toSource(joint), DOC.indexOf('who sustained'));
});

test('items: the request splits on the last ": ", decisions are case-insensitive', () => {
  const { items } = readImrMd(DOC);
  assert.equal(items.length, 2);
  const [first, second] = items;
  assert.equal(first!.index, 0);
  assert.equal(first!.request.text, 'Diazepam 10mg, QTY: 60');
  assert.deepEqual(first!.request.sourceSpan, spanOf(DOC, 'Diazepam 10mg, QTY: 60'));
  assert.deepEqual(first!.decision, { value: 'Upheld', raw: 'Upheld', span: spanOf(DOC, 'Upheld') });
  assert.deepEqual(first!.headingSpan, spanOf(DOC, '## Diazepam 10mg, QTY: 60: Upheld'));
  assert.equal(DOC.slice(first!.span.start, first!.span.end).endsWith('is not medically necessary.'), true);
  assert.equal(second!.decision?.value, 'Overturned');
  assert.equal(second!.decision?.raw, 'overturned');
});

test('fields run over lines and blank lines until the next label, joined with single spaces', () => {
  const [first, second] = readImrMd(DOC).items;
  assert.deepEqual(
    first!.fields.map((f) => f.kind),
    ['claimsAdministratorGuideline', 'reviewerGuideline', 'rationale'],
  );
  const rationale = first!.rationale!;
  assert.equal(rationale.label, 'Decision rationale');
  assert.deepEqual(rationale.labelSpan, spanOf(DOC, 'Decision rationale'));
  assert.equal(
    rationale.text.text,
    'Benzodiazepines are not recommended for long-term use. Therefore the request is not medically necessary.',
  );
  const therefore = rationale.text.text.indexOf('Therefore');
  assert.equal(rationale.text.toSource(therefore), DOC.indexOf('Therefore'));
  assert.deepEqual(rationale.span, {
    start: spanOf(DOC, 'Decision rationale').start,
    end: spanOf(DOC, 'not medically necessary.').end,
  });
  assert.equal(second!.reviewerGuideline?.label, 'Reviewer guideline');
  assert.equal(
    second!.rationale?.text.text,
    'Imaging is indicated.',
    'a trailing directive is not field text',
  );
});

test('suppressions: kinds, rule ids, reasons (null when missing), spans', () => {
  const { suppressions } = readImrMd(DOC);
  assert.equal(suppressions.length, 2);
  assert.deepEqual(suppressions[0], {
    kind: 'disable-next-line',
    ruleIds: ['citation-missing', 'citation-edition'],
    reason: 'checked with the file',
    span: spanOf(
      DOC,
      '<!-- imr-lint-disable-next-line citation-missing, citation-edition -- checked with the file -->',
    ),
  });
  assert.deepEqual(suppressions[1], {
    kind: 'disable-line',
    ruleIds: ['clinical-red-flags'],
    reason: null,
    span: spanOf(DOC, '<!-- imr-lint-disable-line clinical-red-flags -->'),
  });
  const block = readImrMd(
    '<!--\nimr-lint-disable\n-- reviewed -->\n# Issues\n<!-- imr-lint-enable -->\n',
  ).suppressions;
  assert.deepEqual(
    block.map((s) => [s.kind, s.ruleIds.length, s.reason]),
    [
      ['disable', 0, 'reviewed'],
      ['enable', 0, null],
    ],
  );
});

test('a partial certification paragraph stands between the heading and the fields', () => {
  const doc = [
    '# IMR Issues, Decisions and Rationales',
    '## Physical therapy x 4: Upheld',
    'Physical therapy x 12 was the original request. Physical therapy x 8 was authorized by the Claims',
    'Administrator. The remaining IMR eligible portion of the original request, Physical therapy x 4 is: Upheld',
    'Decision rationale: Not necessary.',
  ].join('\n');
  const [item] = readImrMd(doc).items;
  assert.equal(item!.partial?.originalRequest?.text, 'Physical therapy x 12');
  assert.equal(item!.partial?.authorized?.text, 'Physical therapy x 8');
  assert.deepEqual(item!.partial?.authorized?.sourceSpan, spanOf(doc, 'Physical therapy x 8'));
  assert.equal(item!.rationale?.text.text, 'Not necessary.');
  const active = readImrMd(
    '# Issues\n## A: Overturned\nB was the original request. The Claims Administrator authorized C, leaving D.\n',
  ).items[0]!.partial;
  assert.equal(active?.authorized?.text, 'C');
});

test('problems carry codes and exact spans', () => {
  const doc = [
    '---',
    'colour: red',
    'ur-denial-date: the day after',
    '---',
    'Stray text.',
    '# Clinical Case Sumary',
    'Decision rationale: outside an item.',
    '## Not an item: Upheld',
    '# Issues',
    '## Norco 10/325mg #60: Approved',
    '## Norco 10/325mg, QTY: 60',
    '### Detail',
    'Decision rationale: one.',
    'Decision rationale: two.',
    '<!-- imr-lint-silence x -- y -->',
    '<!-- never closed',
  ].join('\n');
  const { problems, items } = readImrMd(doc);
  assert.deepEqual(
    problems.map((p) => [p.code, doc.slice(p.span.start, p.span.end)]),
    [
      ['front-matter-unknown-key', 'colour'],
      ['front-matter-date', 'the day after'],
      ['text-outside-section', 'Stray text.'],
      ['section-unknown', '# Clinical Case Sumary'],
      ['field-outside-item', 'Decision rationale'],
      ['item-outside-issues', '## Not an item: Upheld'],
      ['decision-invalid', 'Approved'],
      ['item-without-decision', 'Norco 10/325mg, QTY: 60'],
      ['heading-level', '### Detail'],
      ['field-duplicate', 'Decision rationale'],
      ['suppression-invalid', '<!-- imr-lint-silence x -- y -->'],
      ['comment-unclosed', '<!-- never closed'],
    ],
  );
  assert.equal(items.length, 2);
  assert.equal(items[0]!.decision?.value, null);
  assert.equal(items[0]!.decision?.raw, 'Approved');
  assert.equal(items[1]!.decision, null);
  assert.equal(items[1]!.request.text, 'Norco 10/325mg, QTY: 60');
  assert.equal(items[1]!.rationale?.text.text, 'one.');
  assert.equal(items[1]!.fields.length, 2);
});

test('front matter: unclosed, invalid YAML, not a map, a missing value', () => {
  const codes = (t: string) => readImrMd(t).problems.map((p) => p.code);
  assert.deepEqual(codes('---\ncase: x\n# Issues\n'), ['front-matter-unclosed', 'text-outside-section']);
  assert.deepEqual(codes('---\ncase: [x\n---\n'), ['front-matter-yaml']);
  assert.deepEqual(codes('---\n- a\n---\n'), ['front-matter-yaml']);
  assert.deepEqual(codes('---\ncase:\n---\n'), ['front-matter-value']);
  assert.deepEqual(codes('---\nreviewer: Dr\n---\n'), ['front-matter-value']);
  assert.deepEqual(codes('---\n---\n# Issues\n'), []);
});

test('escaped lines are plain text; CRLF line ends read the same', () => {
  const doc = '# Clinical Case Summary\r\n\\# not a heading\r\n\\Decision rationale: not a field\r\n';
  const { summary, problems, sections } = readImrMd(doc);
  assert.deepEqual(problems, []);
  assert.equal(sections.length, 1);
  assert.equal(summary?.text, '# not a heading Decision rationale: not a field');
  assert.equal(summary!.toSource(0), doc.indexOf('# not'));
});

test('a byte order mark and CRLF line ends do not hide the front matter', () => {
  const doc = '\uFEFF---\r\ncase: CM1\r\ndecision-date: 2016-12-09\r\n---\r\n# Issues\r\n## A: Upheld\r\n';
  const d = readImrMd(doc);
  assert.deepEqual(d.problems, []);
  assert.equal(d.header.caseNumber?.value, 'CM1');
  assert.deepEqual(d.header.decisionDate?.span, spanOf(doc, '2016-12-09'));
  assert.deepEqual(d.items[0]!.decision?.span, spanOf(doc, 'Upheld'));
});

test('an empty or blank document reads as an empty model', () => {
  for (const t of ['', '\n\n', '   ']) {
    const d = readImrMd(t);
    assert.equal(d.layout, 'imr-md');
    assert.equal(d.items.length + d.sections.length + d.problems.length, 0);
    assert.equal(d.summary, null);
  }
});
