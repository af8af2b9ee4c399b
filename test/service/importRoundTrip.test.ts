/**
 * A determination written by `toImrMd` reads back to the same model: items, decisions, request text,
 * the three fields' text, header values and citations. Runs on hand-built models with text that
 * would be misread if written naively, and on every real letter (seeds and corpus).
 * Failures name the letter file, item number and part, never letter text.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/service/analysis';
import { emptyCatalog } from '../../server/src/service/catalog/catalog';
import { toImrMd } from '../../server/src/service/features/import';
import { MappedText } from '../../server/src/service/model/mappedText';
import type { Determination, Field, FieldKind, Header, Item } from '../../server/src/service/model/types';
import { readImrMd } from '../../server/src/service/parser/imrmd/read';
import { readDetermination } from '../../server/src/service/parser/index';
import { analysisToJson, isoDate } from '../../server/src/service/serialize';

const repoRoot = path.resolve(__dirname, '..', '..');
const shared = [path.resolve(repoRoot, '..', 'shared'), '/work/shared'].find((p) => existsSync(p));

const FIELDS: readonly FieldKind[] = ['claimsAdministratorGuideline', 'reviewerGuideline', 'rationale'];
/** The model joins field text with single spaces; a reader that keeps line breaks is still equal. */
const norm = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean).join(' ');

function fieldText(item: Item, kind: FieldKind): string | undefined {
  return item[kind === 'claimsAdministratorGuideline' ? 'claimsAdministratorGuideline' : kind]?.text.text;
}

function headerValues(h: Header) {
  return {
    case: h.caseNumber?.value,
    decision: isoDate(h.decisionDate?.value),
    injury: isoDate(h.dateOfInjury?.value),
    urDenial: isoDate(h.urDenialDate?.value),
    assigned: isoDate(h.dateAssigned?.value),
    received: isoDate(h.applicationReceived?.value),
    priority: h.priority?.value,
    licensure: norm(h.reviewerLicensure?.value),
    specialty: norm(h.reviewerSpecialty?.value),
    guidelines: h.pinnedGuidelines?.map((g) => g.value) ?? [],
  };
}

/**
 * Citations as `imr-lint parse` prints them, without their ranges, which differ between the two
 * documents by design.
 */
function citationValues(d: Determination): string[] {
  const json = analysisToJson(analyze(d, emptyCatalog), '');
  return json.items.map((i) => JSON.stringify(i.citations.map(({ range: _range, ...rest }) => rest)));
}

/** Every difference, described by place only. */
function differences(a: Determination, b: Determination): string[] {
  const out: string[] = [];
  if (a.items.length !== b.items.length) out.push(`item count ${a.items.length} vs ${b.items.length}`);
  const ha = headerValues(a.header);
  const hb = headerValues(b.header);
  const ca = citationValues(a);
  const cb = citationValues(b);
  for (const key of Object.keys(ha) as (keyof typeof ha)[]) {
    if (JSON.stringify(ha[key]) !== JSON.stringify(hb[key])) out.push(`header ${key}`);
  }
  a.items.forEach((ia, i) => {
    const ib = b.items[i];
    if (!ib) return;
    if ((ia.decision?.value ?? null) !== (ib.decision?.value ?? null)) out.push(`item ${i + 1} decision`);
    if (norm(ia.request.text) !== norm(ib.request.text)) out.push(`item ${i + 1} request`);
    for (const kind of FIELDS) {
      if (norm(fieldText(ia, kind)) !== norm(fieldText(ib, kind))) out.push(`item ${i + 1} ${kind}`);
    }
    if (ca[i] !== cb[i]) out.push(`item ${i + 1} citations`);
  });
  return out;
}

function roundTrip(original: Determination): { written: string; back: Determination } {
  const written = toImrMd(original);
  return { written, back: readImrMd(written) };
}

// ---- hand-built models -------------------------------------------------------------------------

const text = (s: string) => MappedText.slice(s, 0, s.length);
const at = <T>(value: T, raw: string) => ({ value, raw, span: { start: 0, end: 0 } });

function field(kind: FieldKind, label: string, body: string): Field {
  return { kind, label, labelSpan: { start: 0, end: 0 }, text: text(body), span: { start: 0, end: 0 } };
}

function item(
  index: number,
  request: string,
  decision: 'Upheld' | 'Overturned',
  fields: Field[],
  partial?: string,
): Item {
  const byKind = Object.fromEntries(fields.map((f) => [f.kind, f]));
  return {
    index,
    request: text(request),
    decision: at(decision, decision),
    ...(partial ? { partial: { text: text(partial) } } : {}),
    ...byKind,
    fields,
    headingSpan: { start: 0, end: 0 },
    span: { start: 0, end: 0 },
  };
}

/** A letter-like model whose text would be misread if written naively. */
const tricky: Determination = {
  layout: 'letter-2016',
  text: '',
  header: {
    caseNumber: at('CM16-0213037', 'CM16-0213037'),
    decisionDate: at({ year: 2016, month: 12, day: 9 }, '12/09/2016'),
    dateOfInjury: at({ year: 2016, month: 10, day: 13 }, '10/13/2016'),
    urDenialDate: at({ year: 2016, month: 11, day: 3 }, '11/03/2016'),
    dateAssigned: at({ year: 2016, month: 11, day: 20 }, '11/20/2016'),
    applicationReceived: at({ year: 2016, month: 11, day: 18 }, '11/18/2016'),
    priority: at('Standard', 'Standard'),
    reviewerLicensure: at('California, North Carolina', 'California, North Carolina'),
    reviewerSpecialty: at('Family Practice: Occupational # Medicine', 'x'),
  },
  sections: [],
  summary: text(
    '# not a heading\n\nDecision rationale: not a field\n\n<!-- not a comment -->\n\n\\ a backslash\n\n--- not front matter',
  ),
  items: [
    item(0, 'Diazepam 10mg, QTY: 60: Upheld', 'Overturned', [
      field('claimsAdministratorGuideline', 'Claims Administrator guideline', 'Decision based on MTUS.'),
      field('reviewerGuideline', 'MAXIMUS guideline', 'Decision based on MTUS\nDecision rationale: inside'),
      field('rationale', 'Decision rationale', '# hash first.\nMAXIMUS guideline: on a new line.'),
    ]),
    item(
      1,
      '#30 Norco 10/325mg',
      'Upheld',
      [
        field(
          'reviewerGuideline',
          'Medical Treatment Guideline(s) Relied Upon by the Expert Reviewer',
          'ODG.',
        ),
        field('rationale', 'Rationale for the Decision', 'Not necessary.'),
      ],
      'MAXIMUS guideline: starts the partial paragraph.',
    ),
    item(2, 'Physical therapy x 8', 'Upheld', [field('rationale', 'Decision rationale', '')]),
  ],
  suppressions: [],
  problems: [],
};

test('a model with text that would be misread reads back the same', () => {
  const { written, back } = roundTrip(tricky);
  assert.deepEqual(differences(tricky, back), []);
  assert.deepEqual(back.problems, [], 'the written document reads without problems');
  assert.equal(norm(back.summary?.text), norm(tricky.summary?.text));
  assert.equal(back.items[1]!.partial?.text.text, 'MAXIMUS guideline: starts the partial paragraph.');
  assert.ok(written.includes('\n## Diazepam 10mg, QTY: 60: Upheld: Overturned\n'));
  assert.ok(
    written.includes('\nMAXIMUS guideline: ODG.\n'),
    'other labels are written as the format reads them',
  );
});

test('an .imr.md document written back reads the same, and writing is stable', () => {
  const source = [
    '---',
    'case: CM17-0000846',
    'decision-date: January 5, 2017',
    'guidelines: [MTUS 2016, ODG 2016]',
    '---',
    '# Clinical Case Summary',
    'Line one',
    'line two.',
    '# Issues',
    '## MRI lumbar spine: upheld',
    'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.',
    'Reviewer guideline: Decision based on MTUS',
    'ACOEM, Page(s): 303.',
    'Decision rationale: Not indicated.',
  ].join('\n');
  const first = readImrMd(source);
  const { written, back } = roundTrip(first);
  assert.deepEqual(differences(first, back), []);
  assert.equal(toImrMd(back), written, 'writing what was written changes nothing');
  assert.equal(back.items[0]!.decision?.raw, 'Upheld');
});

test('a model with nothing in it writes a document that reads as nothing', () => {
  const empty = readImrMd('');
  const { written, back } = roundTrip(empty);
  assert.equal(written, '\n');
  assert.deepEqual(differences(empty, back), []);
});

// ---- the real letters -----------------------------------------------------------------------------

function letters(): string[] {
  if (!shared) return [];
  const dirs = [path.join(shared, 'seeds'), path.join(shared, 'corpus', 'letters')];
  return dirs.flatMap((d) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => path.join(d, f))
      : [],
  );
}

test('the 49 real letters are there', { skip: shared ? false : 'no shared folder' }, () => {
  assert.equal(letters().length, 49);
});

for (const file of letters()) {
  const name = path.basename(file);
  test(`letter ${name} survives import`, {}, () => {
    const letter = readDetermination(readFileSync(file, 'utf8'), { fileName: file });
    assert.ok(letter.items.length > 0, `${name}: the letter reader found no items`);
    const { written, back } = roundTrip(letter);
    assert.deepEqual(differences(letter, back), [], `${name}: parts that differ after import`);
    assert.ok(toImrMd(back) === written, `${name}: importing the imported document changes it`);
    assert.equal(
      back.problems.filter((p) => !p.code.startsWith('front-matter-')).length,
      0,
      `${name}: the imported document has reading problems`,
    );
  });
}
