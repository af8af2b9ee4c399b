/**
 * Extractors: kinds, attributes and exact spans, through extractFacts and the MappedText map.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFacts } from '../../../server/src/service/clinical/facts';
import { sentencesOf, splitSentences } from '../../../server/src/service/clinical/sentences';
import type { ClinicalFact } from '../../../server/src/service/clinical/types';
import { sentencesOf as consistencySentencesOf } from '../../../server/src/service/consistency/sentences';
import { MappedText, MappedTextBuilder } from '../../../server/src/service/model/mappedText';

function facts(text: string): { source: string; facts: ClinicalFact[] } {
  return { source: text, facts: extractFacts(MappedText.slice(text, 0, text.length)) };
}

/** The one fact of `kind` in `text`: its status, the source words of its span, its attributes. */
function one(text: string, kind: string, index = 0) {
  const r = facts(text);
  const found = r.facts.filter((f) => f.kind === kind);
  assert.ok(found.length > index, `a ${kind} fact is found`);
  const f = found[index]!;
  return {
    status: f.status,
    words: r.source.slice(f.span.start, f.span.end),
    attributes: f.attributes,
    fact: f,
  };
}

test('radicular exam findings with levels, side and test', () => {
  let f = one('There was decreased sensation in the C6 dermatome on the left.', 'radicular-exam');
  assert.deepEqual(
    {
      status: f.status,
      words: f.words,
      levels: f.attributes.levels,
      side: f.attributes.side,
      test: f.attributes.test,
    },
    { status: 'present', words: 'decreased sensation', levels: ['C6'], side: 'left', test: 'sensory' },
  );
  f = one('Examination revealed diminished sensation L5-S1 distribution.', 'radicular-exam');
  assert.deepEqual(f.attributes.levels, ['L5', 'S1']);
  f = one('Absent Achilles reflex on the right.', 'radicular-exam');
  assert.deepEqual(
    [f.words, f.attributes.levels, f.attributes.side],
    ['Absent Achilles reflex', ['S1'], 'right'],
  );
  f = one('Reflexes 1+ at the knees.', 'radicular-exam');
  assert.deepEqual([f.status, f.attributes.grade, f.attributes.levels], ['present', 1, ['L4']]);
  f = one('There was 4/5 strength EHL on the right.', 'radicular-exam');
  assert.deepEqual([f.words, f.attributes.grade, f.attributes.levels], ['4/5 strength', '4/5', ['L5']]);
  f = one('Motor strength 5-/5 in the left quadriceps.', 'radicular-exam');
  assert.deepEqual([f.status, f.attributes.grade], ['present', '5-/5']);
  f = one('Motor strength 5/5 throughout.', 'radicular-exam');
  assert.equal(f.status, 'absent');
  f = one('Positive straight leg raise on the left at 40 degrees.', 'radicular-exam');
  assert.deepEqual(
    [f.words, f.attributes.test, f.attributes.side],
    ['Positive straight leg raise', 'straight-leg-raise', 'left'],
  );
  f = one("Spurling's test was positive on the right.", 'radicular-exam');
  assert.deepEqual([f.words, f.attributes.test], ["Spurling's test", 'spurling']);
});

test('radiculopathy as a diagnosis, and symptoms kept apart from signs', () => {
  const f = one('Diagnoses included left L5 radiculopathy.', 'radiculopathy');
  assert.deepEqual(
    [f.words, f.attributes.levels, f.attributes.side, f.attributes.role],
    ['radiculopathy', ['L5'], 'left', 'diagnosis'],
  );
  const r = facts('He denies numbness.');
  assert.deepEqual(
    r.facts.map((x) => [x.kind, x.status]),
    [['radicular-symptom', 'absent']],
  );
});

test('imaging findings with modality and levels', () => {
  const text =
    'MRI of the lumbar spine revealed a 4 mm disc protrusion at L5-S1 with left foraminal stenosis.';
  const a = one(text, 'imaging-finding', 0);
  const b = one(text, 'imaging-finding', 1);
  assert.deepEqual(
    [a.words, a.attributes.finding, a.attributes.modality, a.attributes.levels],
    ['disc protrusion', 'herniation', 'MRI', ['L5-S1']],
  );
  assert.deepEqual(
    [b.words, b.attributes.finding, b.attributes.side],
    ['foraminal stenosis', 'stenosis', 'left'],
  );
  const c = one('CT myelogram showed compression of the left L5 nerve root at L4-5.', 'imaging-finding');
  assert.deepEqual(
    [c.attributes.finding, c.attributes.modality, c.attributes.levels],
    ['nerve-compression', 'myelogram', ['L5', 'L4-L5']],
  );
});

test('electrodiagnostic results', () => {
  let f = one('EMG showed chronic left L5 radiculopathy.', 'edx-finding');
  assert.deepEqual(
    [f.status, f.words, f.attributes.result, f.attributes.levels],
    ['present', 'EMG showed chronic left L5 radiculopathy', 'radiculopathy', ['L5']],
  );
  f = one('EMG/NCS of the bilateral lower extremities was normal.', 'edx-finding');
  assert.deepEqual([f.status, f.attributes.result], ['absent', 'normal']);
});

test('conservative care, visits and injection response', () => {
  let f = one('She has tried chiropractic care without significant benefit.', 'conservative-care');
  assert.deepEqual(
    [f.status, f.words, f.attributes.therapy, f.attributes.result],
    ['present', 'chiropractic care', 'chiropractic', 'failed'],
  );
  f = one('Physical therapy helped.', 'conservative-care');
  assert.equal(f.attributes.result, 'helped');
  f = one('She has completed 12 sessions of PT.', 'visits-completed');
  assert.deepEqual(
    [f.words, f.attributes.count, f.attributes.therapy],
    ['12 sessions of PT', 12, 'physical therapy'],
  );
  assert.equal(
    facts('The request is for 12 sessions of physical therapy.').facts.filter(
      (x) => x.kind === 'visits-completed',
    ).length,
    0,
  );
  f = one('The prior epidural steroid injection provided 60% relief for 6 weeks.', 'injection-response');
  assert.deepEqual(
    [f.status, f.words, f.attributes.percent, f.attributes.weeks],
    ['present', '60% relief', 60, 6],
  );
  f = one('The previous ESI gave 50 percent improvement for two months.', 'injection-response');
  assert.deepEqual([f.attributes.percent, f.attributes.weeks], [50, 9]);
});

test('medication durations, pain scores, drug screens', () => {
  let f = one('The patient has been taking Valium since 11/2013.', 'medication-duration');
  assert.deepEqual(
    [f.status, f.words, f.attributes.drug, f.attributes.since],
    ['present', 'Valium since 11/2013', 'Valium', '2013-11'],
  );
  f = one('He has been on tramadol for over a year.', 'medication-duration');
  assert.deepEqual([f.attributes.drug, f.attributes.weeks], ['tramadol', 52]);
  f = one('She has used Norco since January 5, 2014.', 'medication-duration');
  assert.equal(f.attributes.since, '2014-01-05');
  f = one('Chronic use of opioids was documented.', 'medication-duration');
  assert.deepEqual([f.attributes.drug, f.attributes.term], ['opioids', 'long-term']);
  const text = 'Pain is 8/10 without medications and 4/10 with medications; VAS 10/10 at worst.';
  assert.deepEqual(
    facts(text)
      .facts.filter((x) => x.kind === 'pain-score')
      .map((x) => [x.attributes.score, x.attributes.medication, x.attributes.scale]),
    [
      [8, 'without', 'NRS'],
      [4, 'with', 'NRS'],
      [10, '', 'VAS'],
    ],
  );
  assert.equal(facts('Seen on 10/10/2015 for follow-up.').facts.length, 0, 'a date is not a pain score');
  f = one('The urine drug screen was inconsistent with the prescribed medications.', 'drug-screen');
  assert.deepEqual([f.words, f.attributes.result], ['urine drug screen', 'inconsistent']);
});

test('functional improvement, red flags, surgery', () => {
  let f = one('There was no documentation of objective functional improvement.', 'functional-improvement');
  assert.deepEqual([f.status, f.words, f.attributes.objective], ['absent', 'functional improvement', 'yes']);
  f = one('He denies bowel or bladder incontinence.', 'red-flag');
  assert.deepEqual(
    [f.status, f.words, f.attributes.flag],
    ['absent', 'bowel or bladder incontinence', 'bowel-bladder'],
  );
  f = one('History of lumbar fusion at L4-5.', 'surgery');
  assert.deepEqual(
    [f.status, f.words, f.attributes.decision, f.attributes.levels],
    ['historical', 'fusion', 'performed', ['L4-L5']],
  );
  f = one('The request for L5-S1 decompression was denied.', 'surgery');
  assert.equal(f.attributes.decision, 'denied');
  f = one('The patient declined surgery.', 'surgery');
  assert.deepEqual([f.status, f.attributes.decision], ['absent', 'declined']);
});

test('spans map back through hard wraps to the source', () => {
  const source = 'Exam: decreased\n   sensation in the C6\ndermatome. Prior EMG was normal.';
  const b = new MappedTextBuilder();
  b.appendSource('Exam: decreased', 0).appendSynthetic(' ');
  b.appendSource('sensation in the C6', 19).appendSynthetic(' ');
  b.appendSource('dermatome. Prior EMG was normal.', 39);
  const all = extractFacts(b.build(source.length));
  const exam = all.find((f) => f.kind === 'radicular-exam')!;
  assert.equal(source.slice(exam.span.start, exam.span.end), 'decreased\n   sensation');
  assert.deepEqual(exam.attributes.levels, ['C6']);
  assert.equal(
    source.slice(exam.sentenceSpan.start, exam.sentenceSpan.end),
    'Exam: decreased\n   sensation in the C6\ndermatome.',
  );
  const edx = all.find((f) => f.kind === 'edx-finding')!;
  assert.equal(source.slice(edx.span.start, edx.span.end), 'EMG was normal');
  assert.equal(edx.status, 'absent');
});

test('one sentence split per MappedText, shared with the consistency checks', () => {
  const text = MappedText.slice('Prior EMG was normal. She denies numbness. Dr. Lee saw her.', 0, 59);
  const split = sentencesOf(text);
  assert.deepEqual(split, splitSentences(text.text));
  assert.equal(sentencesOf(text), split, 'the same array, not a second split');
  assert.equal(consistencySentencesOf(text), split);
  extractFacts(text);
  assert.equal(sentencesOf(text), split);
  const other = MappedText.slice(text.text, 0, 59);
  assert.notEqual(sentencesOf(other), split, 'another MappedText gets its own split');
});
