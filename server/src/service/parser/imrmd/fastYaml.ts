/**
 * The front matter most files have, read without the YAML parser: `key: value` lines and one level
 * of two-space indented `key: value` lines under a key with no value (`reviewer:`). The yaml package
 * costs about two thirds of reading an `.imr.md` file; these few lines cost almost nothing.
 *
 * Why the result is the same: the nodes built here are the yaml package's own (Scalar, YAMLMap,
 * Pair) with the values and ranges its parser gives for such lines, and only lines whose meaning is
 * beyond doubt are taken: a value is one line of plain text that YAML 1.2 reads as a string (no
 * quote, comment, indicator, tab, trailing space or number, no `null` or `true`). Anything else
 * (a list, a comment, a blank line, CRLF, a date that could be a number) returns null and the YAML
 * parser reads the whole front matter. A property test compares both readings.
 */
import { Pair, Scalar, YAMLMap } from 'yaml';

/** `key: value` at the top level or (two spaces in) under a parent key; `key:` opens a parent. */
const LINE = /^( {2})?([a-z][a-z-]{0,63}):(?: ([A-Za-z0-9][A-Za-z0-9 ,&/().'-]*))?$/;
/** Plain scalars YAML 1.2 (core schema) reads as something else than a string. */
const NOT_A_STRING =
  /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** The front matter's root map, or null when it is not of the simple kind (then use the parser). */
export function simpleFrontMatter(source: string): YAMLMap | null {
  if (source.includes('\r')) return null;
  const root = new YAMLMap();
  let parent: YAMLMap | null = null;
  let start = 0;
  while (start < source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const m = LINE.exec(source.slice(start, end));
    if (!m) return null;
    const [, indent, key, value] = m;
    if (key === 'null' || key === 'true' || key === 'false') return null;
    const keyStart = start + (indent ? 2 : 0);
    const keyNode = scalar(key!, keyStart, keyStart + key!.length);
    const valueScalar = value === undefined ? null : valueNode(value, end);
    if (value !== undefined && !valueScalar) return null;
    if (indent) {
      if (!parent || !valueScalar) return null;
      parent.items.push(new Pair(keyNode, valueScalar));
    } else {
      if (parent && parent.items.length === 0) return null;
      parent = valueScalar ? null : new YAMLMap();
      root.items.push(new Pair(keyNode, valueScalar ?? parent));
    }
    start = end + 1;
  }
  if ((parent && parent.items.length === 0) || root.items.length === 0) return null;
  return root;
}

function scalar(value: string, start: number, end: number): Scalar {
  const node = new Scalar(value);
  node.type = Scalar.PLAIN;
  node.range = [start, end, end];
  return node;
}

/** The value's node, or null when YAML would not read it as this very string. */
function valueNode(value: string, lineEnd: number): Scalar | null {
  if (NOT_A_STRING.test(value) || value.endsWith(' ')) return null;
  return scalar(value, lineEnd - value.length, lineEnd);
}
