/**
 * Tokens answer cheaply what the trigger filter asks (first and last character, length, comma)
 * and must agree with the lower-cased text they would otherwise make.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Tokens, tokenize } from '../../../server/src/service/clinical/tokens';

const piece = fc.oneof(
  fc.constantFrom(
    'No',
    'DENIES',
    'was ruled out',
    'r/o',
    'İstanbul',
    'ΟΔΟΣ',
    'K',
    ',',
    ', ',
    ' ',
    '\n',
    '’s',
    'L4-5',
  ),
  fc.string({ maxLength: 6, unit: 'binary' }),
);

test("a token's codes, length and comma agree with its lower-cased text", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
      const sentence = pieces.join('');
      const tokens = new Tokens(sentence);
      const listed = tokenize(sentence);
      assert.equal(listed.length, tokens.count);
      for (let i = 0; i < tokens.count; i++) {
        const text = sentence.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
        assert.equal(tokens.text(i), text);
        assert.equal(listed[i]!.text, text);
        assert.equal(tokens.firstCode(i), text.charCodeAt(0));
        assert.equal(tokens.lastCode(i), text.charCodeAt(text.length - 1));
        assert.equal(tokens.length(i), text.length);
        assert.equal(tokens.isComma(i), text === ',');
      }
    }),
    { numRuns: 2000 },
  );
});
