/**
 * The assertion table: every row of test/fixtures/clinical/assertions.tsv is a sentence, a fact kind
 * and the status the engine must give it. Prints counts and row numbers only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractFacts } from '../../../server/src/service/clinical/facts';
import { MappedText } from '../../../server/src/service/model/mappedText';

interface Row {
  readonly line: number;
  readonly kind: string;
  readonly status: string;
  readonly sentence: string;
  readonly near?: string;
}

function readTable(): { rows: Row[]; skipped: number } {
  const text = readFileSync(join(__dirname, '../../fixtures/clinical/assertions.tsv'), 'utf8');
  const rows: Row[] = [];
  let skipped = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('#skip\t')) skipped++;
    if (line.trim() === '' || line.startsWith('#')) return;
    const [kind, status, sentence, near] = line.split('\t');
    assert.ok(kind && status && sentence, `row ${i + 1} has kind, status and sentence`);
    rows.push(near ? { line: i + 1, kind, status, sentence, near } : { line: i + 1, kind, status, sentence });
  });
  return { rows, skipped };
}

/** The status of the row's fact, or 'none' when no fact of its kind is found. */
function statusOf(row: Row): string {
  const facts = extractFacts(MappedText.slice(row.sentence, 0, row.sentence.length)).filter(
    (f) => f.kind === row.kind,
  );
  if (!row.near) return facts[0]?.status ?? 'none';
  const a = row.sentence.indexOf(row.near);
  assert.ok(a >= 0, `row ${row.line}: "near" is in the sentence`);
  const z = a + row.near.length;
  return facts.find((f) => f.span.start < z && f.span.end > a)?.status ?? 'none';
}

test('assertion table: at least 200 sentences, each with the expected status', () => {
  const { rows, skipped } = readTable();
  assert.ok(rows.length >= 200, `the table has ${rows.length} rows`);
  const wrong: string[] = [];
  for (const row of rows) {
    const got = statusOf(row);
    if (got !== row.status) wrong.push(`row ${row.line} ${row.kind}: expected ${row.status}, got ${got}`);
  }
  const right = rows.length - wrong.length;
  console.log(
    `assertions: ${right}/${rows.length} right (${((100 * right) / rows.length).toFixed(1)}%), ${skipped} skipped as known limitations`,
  );
  assert.deepEqual(wrong, []);
});

test('the table holds the phrases the brief names', () => {
  const sentences = readTable().rows.map((r) => r.sentence.toLowerCase());
  for (const phrase of [
    'no radicular findings',
    'rule out herniated nucleus pulposus',
    'normal sensation',
    'denies numbness',
    'possible radiculopathy',
    'history of lumbar fusion',
    'decreased sensation in the c6 dermatome',
    'has been taking valium since 11/2013',
  ]) {
    assert.ok(
      sentences.some((s) => s.includes(phrase)),
      `a row contains "${phrase}"`,
    );
  }
});
