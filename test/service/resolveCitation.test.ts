import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { resolveCitation } from '../../server/src/service/catalog/resolve';
import type { CalendarDate } from '../../server/src/service/model/types';
import { cite } from './support/citationField';

const catalog = defaultCatalog();

function resolve(
  line: string,
  asOf: CalendarDate | null = null,
  kind: 'reviewerGuideline' | 'rationale' = 'reviewerGuideline',
) {
  const { citations } = cite(kind, line);
  return citations.map((c) => resolveCitation(catalog, c, asOf));
}

const ids = (r: { entries: readonly { id: string }[] }) => r.entries.map((e) => e.id);

test('2014 layout: CPMTG by page resolves to the 2009 edition and the page entries', () => {
  const [r] = resolve(
    'Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.',
  );
  assert.equal(r!.edition?.source, 'MTUS-CPMTG-2009');
  assert.ok(ids(r!).includes('cpmtg-benzodiazepines'));
  assert.deepEqual(r!.unresolved, []);
});

test('a misspelt topic still resolves ("Benzodiazepenes")', () => {
  const [r] = resolve(
    'Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepenes Page(s): 24.',
  );
  assert.deepEqual(r!.unresolved, []);
});

test('2016 layout: the year picks the 2016 CPMTG; sections resolve, including names split at a comma', () => {
  const [r] = resolve(
    'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms & cardiovascular risk, Topical analgesics.',
  );
  assert.equal(r!.edition?.source, 'MTUS-CPMTG-2016');
  assert.deepEqual(ids(r!), [
    'cpmtg16-nsaids-gi-symptoms-and-cardiovascular-risk',
    'cpmtg16-topical-analgesics',
  ]);
  assert.deepEqual(r!.unresolved, []);
});

test('ACOEM 2004 chapters by name and by number; sections stay within their chapter', () => {
  const [low] = resolve('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.');
  assert.equal(low!.chapter?.number, 12);
  assert.ok(low!.entries.every((e) => e.chapterNumber === 12));
  const [elbow] = resolve('Decision based on MTUS Elbow Complaints 2007, Section(s): Diagnostic Criteria.');
  assert.equal(
    elbow!.edition?.source,
    'MTUS-ACOEM-2004',
    'the 2007 Elbow chapter belongs to the ACOEM 2004 edition',
  );
  const [ch8] = resolve(
    'Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 178.',
  );
  assert.equal(ch8!.chapter?.number, 8);
  assert.deepEqual(ch8!.unresolved, []);
});

test('what names nothing is reported with its span: a page written as a section', () => {
  const { citations, source } = cite(
    'reviewerGuideline',
    'Decision based on MTUS Elbow Complaints 2007, Section(s): 326, Diagnostic Criteria.',
  );
  const r = resolveCitation(catalog, citations[0]!, null);
  assert.deepEqual(
    r.unresolved.map((u) => [u.part, u.value]),
    [['section', '326']],
  );
  assert.equal(source.slice(r.unresolved[0]!.span.start, r.unresolved[0]!.span.end), '326');
});

test('ODG: chapter and topic within the chapter; a chapter cited without the name is still ODG', () => {
  const [r] = resolve(
    'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back - MRIs.',
  );
  assert.equal(r!.edition?.source, 'ODG');
  assert.equal(r!.chapter?.id, 'odg-low-back');
  assert.match(ids(r!)[0]!, /^odg-low-back.*mri/);
  const [bare] = resolve('Decision based on Non-MTUS Citation Low Back (Hyperstimulation analgesia).');
  assert.equal(bare!.edition?.source, 'ODG');
});

test('other evidence, the program alone, stock sentences', () => {
  const [other] = resolve('Decision based on Non-MTUS Citation Pain Physician 2005.');
  assert.equal(other!.basis, 'other-evidence');
  const [prose] = resolve('The MTUS guidelines do not address this.', null, 'rationale');
  assert.equal(prose!.basis, 'program');
  const [stock] = resolve('The Claims Administrator did not cite any medical evidence for its decision.');
  assert.equal(stock!.basis, 'none');
  assert.deepEqual(stock!.unresolved, []);
});

test('without a year, the decision date picks between editions that share a name', () => {
  const line = 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines.';
  assert.equal(resolve(line, { year: 2015, month: 5, day: 1 })[0]!.edition?.source, 'MTUS-CPMTG-2009');
  assert.equal(resolve(line, { year: 2017, month: 1, day: 9 })[0]!.edition?.source, 'MTUS-CPMTG-2016');
});

test('free text: a numbered ACOEM chapter with a table page resolves to the 2004 chapter', () => {
  const [r] = resolve(
    'While the MTUS Guideline in ACOEM Chapter 8, Table 8-8, page 182 does recommend MRI',
    null,
    'rationale',
  );
  assert.equal(r!.edition?.source, 'MTUS-ACOEM-2004');
  assert.deepEqual(ids(r!), ['acoem-ch8-table-8-8']);
});
