/** Section bodies are joined on first use: the same text and map as joining them while reading. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDetermination } from '../../server/src/service/parser/index';
import { joinLines } from '../../server/src/service/parser/letter/join';
import { splitLines } from '../../server/src/service/parser/letter/lines';
import { findHeadings } from '../../server/src/service/parser/letter/sections';
import { realLetters } from '../support/realLetters';

describe('lazy section bodies', () => {
  it('equal the bodies joined at once, whatever order they are asked for in', () => {
    for (const letter of realLetters().slice(0, 12)) {
      const doc = splitLines(letter.text);
      const headings = findHeadings(doc);
      const d = readDetermination(letter.text, { fileName: letter.name });
      assert.equal(d.sections.length, headings.length);
      const order = d.sections.map((_, i) => i).reverse();
      for (const i of order) {
        const range = { from: headings[i]!.line + 1, to: headings[i + 1]?.line ?? doc.lines.length };
        const eager = joinLines(doc.source, doc.lines, range);
        const body = d.sections[i]!.body;
        assert.equal(body, d.sections[i]!.body, 'joined once');
        assert.deepEqual(body, eager, letter.name);
        assert.equal(JSON.stringify(d.sections[i]), JSON.stringify({ ...d.sections[i], body: eager }));
      }
    }
  });

  it('the .imr.md summary is its section body', () => {
    const d = readDetermination('# Clinical Case Summary\n\nThe patient has back pain.\n', {
      languageId: 'imr',
    });
    assert.equal(d.summary, d.sections[0]!.body);
    assert.equal(d.summary?.text, 'The patient has back pain.');
  });
});
