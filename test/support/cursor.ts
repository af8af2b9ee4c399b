/** Documents with the cursor marked `|`: the text without the marker and the marker's position. */
import assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';

export function atCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf('|');
  assert.ok(at >= 0, 'no cursor marker');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}
