/**
 * Inline expectations in fixtures: `<!-- expect: rule-id[, rule-id...] -->` on a line says that a
 * finding of each named rule starts on that line. Markers are blanked out (replaced by spaces of the
 * same length) before linting, so every other position in the fixture stays where it was.
 */
export interface Expectation {
  /** 1-based line. */
  readonly line: number;
  readonly ruleId: string;
}

const MARKER = /<!--\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*-->/g;

export function readMarkers(text: string): { text: string; expected: Expectation[] } {
  const expected: Expectation[] = [];
  const lines = text.split('\n');
  const blanked = lines.map((line, i) =>
    line.replace(MARKER, (whole, ids: string) => {
      for (const id of ids.split(',')) expected.push({ line: i + 1, ruleId: id.trim() });
      return ' '.repeat(whole.length);
    }),
  );
  return { text: blanked.join('\n'), expected };
}

export function formatExpectations(list: readonly Expectation[]): string[] {
  return list.map((e) => `${e.line}:${e.ruleId}`).sort();
}
