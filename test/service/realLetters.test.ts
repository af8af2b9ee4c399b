/**
 * Acceptance: the reader on all 49 published letters (5 seeds, 2014-2015 layout; 44 corpus letters,
 * 2016-2017 layout). Expected counts, decisions and header values come from the corpus manifest and,
 * for the seeds, from test/fixtures/seeds-expected.json (read by eye).
 *
 * These are medical records: assertions and output name files, ids, counts and decision words only.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createLanguageService } from '../../server/src/service/index';
import type { Determination } from '../../server/src/service/model/types';
import { parseDate } from '../../server/src/service/parser/dates';

const repoRoot = path.resolve(__dirname, '..', '..');

function sharedDir(): string {
  for (const dir of [path.resolve(repoRoot, '..', 'shared'), '/work/shared']) {
    if (existsSync(path.join(dir, 'corpus', 'manifest.tsv'))) return dir;
  }
  throw new Error(
    `The shared letters were not found (looked in ${path.resolve(repoRoot, '..', 'shared')} and /work/shared).`,
  );
}

const shared = sharedDir();
const service = createLanguageService();

function read(file: string, version = 0): Determination {
  const text = readFileSync(file, 'utf8');
  return service.parse({ uri: `file://${file}`, version, getText: () => text });
}

interface ManifestRow {
  readonly file: string;
  readonly nItems: number;
  readonly decisions: readonly string[];
  readonly caseNumber: string;
  readonly decisionDate: string;
  readonly dateAssigned: string;
  readonly priority: string;
  readonly licensure: string;
  readonly specialty: string;
}

function manifest(): ManifestRow[] {
  const [head, ...rows] = readFileSync(path.join(shared, 'corpus', 'manifest.tsv'), 'utf8')
    .trim()
    .split('\n');
  const cols = head!.split('\t');
  const at = (cells: string[], name: string) => cells[cols.indexOf(name)] ?? '';
  return rows.map((row) => {
    const cells = row.split('\t');
    return {
      file: at(cells, 'file'),
      nItems: Number(at(cells, 'n_items')),
      decisions: at(cells, 'decisions').split(';'),
      caseNumber: at(cells, 'case_number'),
      decisionDate: at(cells, 'decision_date'),
      dateAssigned: at(cells, 'date_assigned'),
      priority: at(cells, 'priority'),
      licensure: at(cells, 'reviewer_licensure'),
      specialty: at(cells, 'reviewer_specialty'),
    };
  });
}

const DECISION_WORD = /\b(upheld|overturned)\b/i;

/** What every item of a real letter must have; messages name the file and item number only. */
function checkItems(name: string, det: Determination, decisions: readonly string[]): void {
  assert.equal(det.items.length, decisions.length, `${name}: number of items`);
  assert.deepEqual(
    det.items.map((i) => i.decision?.value ?? null),
    decisions,
    `${name}: decisions in order`,
  );
  for (const item of det.items) {
    const where = `${name} item ${item.index + 1}`;
    assert.ok(item.request.text.length > 0, `${where}: empty request`);
    assert.ok(!DECISION_WORD.test(item.request.text), `${where}: the request holds a decision word`);
    assert.ok(!item.request.text.endsWith(':'), `${where}: the request ends with a colon`);
    assert.ok((item.reviewerGuideline?.text.text.length ?? 0) > 0, `${where}: no reviewer guideline`);
    assert.ok((item.rationale?.text.text.length ?? 0) > 0, `${where}: no rationale`);
    assert.ok((item.claimsAdministratorGuideline?.text.text.length ?? 0) > 0, `${where}: no CA guideline`);
    for (const field of item.fields) {
      checkMapping(`${where} ${field.kind}`, det.text, field.text);
      assert.ok(
        item.span.start <= field.span.start && field.span.end <= item.span.end,
        `${where}: field span`,
      );
    }
    checkMapping(`${where} request`, det.text, item.request);
    const previous = det.items[item.index - 1];
    assert.ok(!previous || previous.span.end <= item.span.start, `${where}: overlaps the item before`);
    assert.equal(det.text.slice(item.decision!.span.start, item.decision!.span.end), item.decision!.raw);
  }
  assert.deepEqual(
    det.problems.map((p) => p.code),
    [],
    `${name}: problems`,
  );
}

/** Every character of a joined text that is not a joining space stands at its mapped offset. */
function checkMapping(
  where: string,
  source: string,
  t: { text: string; toSource(i: number): number; sourceSpan: { start: number; end: number } },
): void {
  for (let i = 0; i < t.text.length; i++) {
    if (t.text[i] === ' ') continue;
    if (source[t.toSource(i)] !== t.text[i]) assert.fail(`${where}: character ${i} maps to the wrong offset`);
  }
  assert.ok(t.sourceSpan.start <= t.sourceSpan.end && t.sourceSpan.end <= source.length, `${where}: span`);
}

const rows = manifest();

test('the manifest lists the 44 corpus letters', () => {
  assert.equal(rows.length, 44);
});

for (const row of rows) {
  test(`corpus ${row.file}`, () => {
    const det = read(path.join(shared, 'corpus', 'letters', row.file));
    assert.equal(det.layout, 'letter-2016', `${row.file}: layout`);
    assert.equal(row.decisions.length, row.nItems, `${row.file}: manifest self-check`);
    checkItems(row.file, det, row.decisions);
    const h = det.header;
    assert.equal(h.caseNumber?.value, row.caseNumber, `${row.file}: case number`);
    assert.deepEqual(h.decisionDate?.value, parseDate(row.decisionDate), `${row.file}: decision date`);
    assert.deepEqual(h.dateAssigned?.value, parseDate(row.dateAssigned), `${row.file}: date assigned`);
    assert.ok(h.dateOfInjury && h.urDenialDate && h.applicationReceived, `${row.file}: header dates`);
    assert.equal(h.priority?.value, row.priority, `${row.file}: priority`);
    assert.equal(h.reviewerLicensure?.value, row.licensure, `${row.file}: licensure`);
    // The manifest cuts a specialty wrapped onto a second line; the letter wins, so the manifest's is a prefix.
    assert.ok(h.reviewerSpecialty?.value.startsWith(row.specialty), `${row.file}: specialty`);
    assert.ok(det.summary && det.summary.text.length > 0, `${row.file}: summary`);
    assert.deepEqual(
      det.sections.map((s) => s.kind),
      ['how-made', 'summary', 'issues'],
      `${row.file}: sections`,
    );
  });
}

const seedsExpected = JSON.parse(
  readFileSync(path.join(repoRoot, 'test', 'fixtures', 'seeds-expected.json'), 'utf8'),
) as Record<string, { decisions: string[]; licensure: string; specialty: string }>;

test('every seed has expectations', () => {
  const seeds = readdirSync(path.join(shared, 'seeds')).filter((f) => f.endsWith('.txt'));
  assert.deepEqual(
    seeds.sort(),
    Object.keys(seedsExpected)
      .filter((k) => !k.startsWith('_'))
      .sort(),
  );
});

for (const [file, expected] of Object.entries(seedsExpected)) {
  if (file.startsWith('_')) continue;
  test(`seed ${file}`, () => {
    const det = read(path.join(shared, 'seeds', file));
    assert.equal(det.layout, 'letter-2014', `${file}: layout`);
    checkItems(file, det, expected.decisions);
    assert.equal(det.header.reviewerLicensure?.value, expected.licensure, `${file}: licensure`);
    assert.equal(det.header.reviewerSpecialty?.value, expected.specialty, `${file}: specialty`);
    assert.ok(det.summary && det.summary.text.length > 0, `${file}: summary`);
  });
}

test('totals over the 49 letters', (t) => {
  let items = 0;
  let upheld = 0;
  let partial = 0;
  const files = [
    ...rows.map((r) => path.join(shared, 'corpus', 'letters', r.file)),
    ...Object.keys(seedsExpected)
      .filter((k) => !k.startsWith('_'))
      .map((f) => path.join(shared, 'seeds', f)),
  ];
  for (const file of files) {
    const det = read(file);
    items += det.items.length;
    upheld += det.items.filter((i) => i.decision?.value === 'Upheld').length;
    partial += det.items.filter((i) => i.partial).length;
  }
  t.diagnostic(
    `letters ${files.length}, items ${items}, upheld ${upheld}, partial certifications ${partial}`,
  );
  assert.equal(files.length, 49);
  // Corpus: 85 items (76 Upheld, 9 Overturned, per the corpus README); seeds: 9 items, all Upheld.
  assert.equal(items, 94);
  assert.equal(upheld, 85);
});
