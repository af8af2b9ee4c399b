/**
 * Folding ranges: the front matter, each section and each item, so a long determination folds down
 * to its list of decisions.
 */
import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Span } from '../model/types';

export function getFoldingRanges(analysis: Analysis): FoldingRange[] {
  const { determination: det, lines } = analysis;
  const ranges: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const start = lines.positionAt(span.start).line;
    // A span that ends at the start of a line (after its line break) folds up to the line before.
    const endPos = lines.positionAt(span.end);
    const end = endPos.character === 0 && endPos.line > start ? endPos.line - 1 : endPos.line;
    if (end > start)
      ranges.push(kind ? { startLine: start, endLine: end, kind } : { startLine: start, endLine: end });
  };
  const frontMatter = frontMatterSpan(det.text);
  if (frontMatter) add(frontMatter, FoldingRangeKind.Region);
  for (const section of det.sections) add(section.span);
  for (const item of det.items) add(item.span);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** `---` on the first line to the next `---` line; found by lines, so it stays linear. */
function frontMatterSpan(text: string): Span | null {
  if (!/^---\r?\n/.test(text)) return null;
  let at = text.indexOf('\n') + 1;
  while (at > 0 && at < text.length) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next).replace(/\r$/, '');
    if (line === '---') return { start: 0, end: next < 0 ? text.length : next };
    if (next < 0) return null;
    at = next + 1;
  }
  return null;
}
