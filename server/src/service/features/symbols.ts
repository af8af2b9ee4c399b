/**
 * The outline: sections, and inside the issues section each item with its decision, so a reviewer
 * sees every disputed treatment and how it was decided at a glance.
 */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Item, Span } from '../model/types';

function itemName(item: Item): string {
  const request = item.request.text.trim();
  return request.length > 0 ? request : `Item ${item.index + 1}`;
}

function decisionOf(item: Item): string {
  return item.decision?.value ?? 'no decision';
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function getDocumentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { determination: det, lines } = analysis;
  const itemSymbol = (item: Item): DocumentSymbol => ({
    name: itemName(item),
    detail: decisionOf(item),
    kind: SymbolKind.Event,
    range: lines.rangeOf(item.span),
    selectionRange: lines.rangeOf(item.headingSpan),
  });
  const placed = new Set<Item>();
  const symbols: DocumentSymbol[] = det.sections.map((section) => {
    const children = det.items.filter((item) => inside(item.span, section.span));
    for (const child of children) placed.add(child);
    return {
      name: section.title || section.kind,
      kind: SymbolKind.Namespace,
      range: lines.rangeOf(section.span),
      selectionRange: lines.rangeOf(section.headingSpan),
      children: children.map(itemSymbol),
    };
  });
  // Letters may hold items outside any recognised section; they still belong in the outline.
  for (const item of det.items) if (!placed.has(item)) symbols.push(itemSymbol(item));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}
