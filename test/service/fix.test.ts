import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyEdits, applySafeFixes, detectEol } from '../../server/src/service/fix';
import type { Finding, Fix } from '../../server/src/service/rules/types';

const finding = (start: number, end: number, fix: Fix, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'r',
  severity: 'error',
  message: 'm',
  span: { start, end },
  fixes: [fix],
  ...extra,
});
const safe = (start: number, end: number, newText: string): Fix => ({
  title: 't',
  safe: true,
  edits: [{ span: { start, end }, newText }],
});

test('applies safe fixes, skips unsafe, suppressed and overlapping ones', () => {
  const text = 'abcdefghij';
  const out = applySafeFixes(text, [
    finding(0, 1, safe(0, 1, 'A')),
    finding(1, 3, safe(1, 3, 'X')),
    finding(2, 3, safe(2, 3, 'Y')), // overlaps the one before: left for the next pass
    finding(4, 5, { ...safe(4, 5, 'E'), safe: false }),
    finding(6, 7, safe(6, 7, 'G'), { suppressed: { reason: 'r', span: { start: 0, end: 0 } } }),
  ]);
  assert.equal(out.text, 'AXdefghij');
  assert.equal(out.applied, 2);
  assert.equal(out.skipped, 1);
});

test('a fix is all-or-nothing across its edits', () => {
  const two: Fix = {
    title: 't',
    safe: true,
    edits: [
      { span: { start: 0, end: 1 }, newText: '1' },
      { span: { start: 5, end: 6 }, newText: '2' },
    ],
  };
  const out = applySafeFixes('abcdefgh', [finding(5, 6, safe(5, 6, 'F')), finding(0, 1, two)]);
  assert.equal(out.text, 'abcdeFgh');
  assert.equal(out.skipped, 1);
});

test('new text takes the document line ending', () => {
  assert.equal(detectEol('a\r\nb\n'), '\r\n');
  assert.equal(detectEol('a\nb\r\n'), '\n');
  const out = applySafeFixes('one\r\ntwo\r\n', [finding(5, 5, safe(5, 5, 'new\n'))]);
  assert.equal(out.text, 'one\r\nnew\r\ntwo\r\n');
});

test('edits outside the text are refused, never applied', () => {
  assert.equal(applySafeFixes('abc', [finding(0, 9, safe(2, 9, 'x'))]).applied, 0);
});

test('property: text outside non-overlapping edits is unchanged, in order', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 4 })), { maxLength: 6 }),
      (text, raw) => {
        // Make the edits non-overlapping by taking cut points in increasing order.
        const points = raw.map(([p]) => p % (text.length + 1)).sort((a, b) => a - b);
        const edits = raw.map(([, len, newText], i) => {
          const start = points[i]!;
          const limit = i + 1 < points.length ? points[i + 1]! : text.length;
          return { span: { start, end: Math.min(limit, start + len) }, newText };
        });
        const distinct = edits.filter(
          (e, i) => i === 0 || e.span.start !== edits[i - 1]!.span.start || e.span.end > e.span.start,
        );
        const out = applyEdits(text, distinct);
        let expected = '';
        let at = 0;
        for (const e of distinct) {
          expected += text.slice(at, e.span.start) + e.newText;
          at = e.span.end;
        }
        assert.equal(out, expected + text.slice(at));
      },
    ),
  );
});
