/** Hover on citations and item headings through the service facade; the cursor is marked `|`. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exampleLetter } from '../../server/src/service/citations/exampleLetter';
import { atCursor } from '../support/cursor';
import { doc, service } from '../support/service';

function hoverAt(marked: string): string | null {
  const { text, position } = atCursor(marked);
  const d = doc(text);
  const h = service.getHover(d, position);
  service.forget(d.uri);
  if (!h) return null;
  assert.ok(typeof h.contents === 'object' && 'kind' in h.contents && h.contents.kind === 'markdown');
  return h.contents.value;
}

const esi = (reviewerLine: string) =>
  exampleLetter({
    decisionDate: '2015-03-02',
    heading: 'Lumbar epidural steroid injection L4-5: Upheld',
    reviewerLine,
    rationale: 'No radiculopathy is documented. Therefore, the request is not medically necessary.',
  });

describe('hover', () => {
  test('on Page(s): 46 names epidural steroid injections, with provenance', () => {
    const value = hoverAt(
      esi('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 4|6.'),
    );
    assert.ok(value);
    assert.match(value, /Epidural steroid injections/);
    assert.match(value, /page unconfirmed/);
    assert.match(value, /Covers this request/);
  });

  test('on a section names its topic; on a misfit says it does not cover the request', () => {
    const value = hoverAt(
      esi('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodia|zepines.'),
    );
    assert.ok(value);
    assert.match(value, /Benzodiazepines/);
    assert.match(value, /Does not cover this request/);
  });

  test('on the guideline name: the edition and its dates', () => {
    const value = hoverAt(
      esi('Decision based on MTUS Chronic Pain Medical Treat|ment Guidelines, Page(s): 46.'),
    );
    assert.ok(value);
    assert.match(value, /2009-07-18/);
  });

  test('on the item heading: the treatment kind', () => {
    const value = hoverAt(esi('Decision based on MTUS.').replace('## Lumbar', '## Lum|bar'));
    assert.ok(value);
    assert.match(value, /epidural-steroid-injection/);
  });

  test('nothing outside items', () => {
    assert.equal(hoverAt(esi('x').replace('The injured worker', 'The |injured worker')), null);
  });
});
