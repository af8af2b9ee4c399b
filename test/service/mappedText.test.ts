import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/service/model/lineIndex';
import { MappedText, MappedTextBuilder } from '../../server/src/service/model/mappedText';

test('MappedText maps joined text back to source offsets', () => {
  const source = 'not medically\n\nnecessary.';
  const b = new MappedTextBuilder();
  b.appendSource('not medically', 0).appendSynthetic(' ').appendSource('necessary.', 15);
  const t = b.build();
  assert.equal(t.text, 'not medically necessary.');
  const i = t.text.indexOf('necessary');
  assert.equal(source.slice(t.toSource(i), t.toSource(i) + 9), 'necessary');
  assert.deepEqual(t.spanToSource(4, 23), { start: 4, end: 24 });
  assert.equal(t.toSource(13), 13, 'a synthetic space maps to the end of the previous piece');
});

test('MappedText.sub and trim keep the map', () => {
  const source = '   Diazepam 10mg   ';
  const t = MappedText.slice(source, 0, source.length).trim();
  assert.equal(t.text, 'Diazepam 10mg');
  assert.deepEqual(t.sourceSpan, { start: 3, end: 16 });
  const sub = t.sub(9, 13);
  assert.equal(sub.text, '10mg');
  assert.deepEqual(sub.sourceSpan, { start: 12, end: 16 });
});

test('LineIndex handles \\n, \\r\\n and \\r, and clamps', () => {
  const idx = new LineIndex('a\r\nbc\rd\n\fe');
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(6), { line: 2, character: 0 });
  assert.deepEqual(
    idx.positionAt(9),
    { line: 3, character: 1 },
    'a form feed is a character, not a line break',
  );
  assert.equal(idx.offsetAt({ line: 1, character: 99 }), 5);
  assert.equal(idx.offsetAt({ line: 99, character: 0 }), 10);
  assert.deepEqual(idx.positionAt(-5), { line: 0, character: 0 });
});
