/**
 * Citation completion through the service facade. The cursor is marked `|` in the document text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { exampleLetter } from '../../server/src/service/citations/exampleLetter';
import { atCursor } from '../support/cursor';
import { doc, service } from '../support/service';

/** Completion at the `|` in the text, best ranked first. */
function completeAt(marked: string): CompletionItem[] {
  const { text, position } = atCursor(marked);
  const d = doc(text);
  const list = service.getCompletions(d, position);
  service.forget(d.uri);
  return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

const RATIONALE = 'Not recommended for long-term use. Therefore, the request is not medically necessary.';
const benzo = (reviewerLine: string, decisionDate = '2017-02-08') =>
  exampleLetter({ decisionDate, heading: 'Diazepam 10mg #30: Upheld', reviewerLine, rationale: RATIONALE });

describe('citation completion', () => {
  test('after Section(s): in a benzodiazepine item, Benzodiazepines comes first', () => {
    const items = completeAt(
      benzo('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): |'),
    );
    assert.ok(items.length > 10, `${items.length} items`);
    assert.equal(items[0]!.label, 'Benzodiazepines');
    const doc0 = items[0]!.documentation;
    assert.ok(
      typeof doc0 === 'object' && doc0.kind === 'markdown' && /unconfirmed|confirmed/.test(doc0.value),
    );
  });

  test('a partly typed section is replaced, not appended to', () => {
    const items = completeAt(
      benzo('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Ben|'),
    );
    const edit = items[0]!.textEdit;
    assert.ok(edit && 'range' in edit);
    assert.equal(edit.range.end.character - edit.range.start.character, 3);
  });

  test('sections come from the cited chapter only', () => {
    const mri = exampleLetter({
      heading: 'MRI lumbar spine: Upheld',
      reviewerLine: 'Decision based on MTUS Low Back Complaints 2004, Section(s): |',
      rationale: RATIONALE,
    });
    const items = completeAt(mri);
    assert.equal(items[0]!.label, 'Special Studies');
    assert.ok(items.length < 15, `${items.length} items`);
    assert.ok(!items.some((i) => i.label === 'Benzodiazepines'));
  });

  test('after Page(s): with nothing typed yet, in a decision made under the 2016 CPMTG, pages still come (24 first)', () => {
    // An undated name resolves to the 2016 edition, which has no pages; "Page(s):" means the paged one.
    const items = completeAt(
      benzo('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): |', '2016-12-09'),
    );
    assert.equal(items[0]?.label, '24');
  });

  test('after Page(s): in a benzodiazepine item (2009 CPMTG), 24 comes first', () => {
    const items = completeAt(
      benzo('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): |', '2015-03-02'),
    );
    assert.equal(items[0]!.label, '24');
    assert.ok(items.some((i) => i.label === '46'));
  });

  test('after ODG the chapters are offered, and after a chapter its topics', () => {
    const chapters = completeAt(benzo('Decision based on Non-MTUS Citation ODG |'));
    assert.ok(chapters.some((i) => i.label === 'Pain (Chronic)'));
    assert.ok(chapters.some((i) => i.label.startsWith('Low Back')));
    const topics = completeAt(benzo('Decision based on Non-MTUS Citation ODG Pain (Chronic), |'));
    assert.equal(topics[0]!.label, 'Benzodiazepines');
  });

  test('after Decision based on, the programs; after MTUS, guidelines covering the item first', () => {
    assert.deepEqual(
      completeAt(benzo('Decision based on |')).map((i) => i.label),
      ['MTUS', 'Non-MTUS Citation'],
    );
    const guidelines = completeAt(benzo('Decision based on MTUS |'));
    assert.equal(guidelines[0]!.label, 'Chronic Pain Medical Treatment 2016');
  });

  test('decision words after an item heading, field labels at a paragraph start', () => {
    const heading = exampleLetter({ heading: 'Diazepam 10mg #30: |', rationale: RATIONALE });
    assert.deepEqual(
      completeAt(heading).map((i) => i.label),
      ['Upheld', 'Overturned'],
    );
    const labels = completeAt(
      benzo('Decision based on MTUS.').replace('Decision rationale:', '|\n\nDecision rationale:'),
    );
    assert.ok(labels.some((i) => i.label === 'Decision rationale'));
  });

  test('nothing in the case summary', () => {
    assert.deepEqual(completeAt(benzo('x').replace('The injured worker', 'The |injured worker')), []);
  });
});
