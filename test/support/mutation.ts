/**
 * Mutated copies of the real letters, made in memory: a decision flipped, a conclusion flipped, or
 * both (an approval that reads consistently but that the letter's own record does not support).
 * Each mutant names the item it changed; nothing is written to disk.
 */
import type { Analysis } from '../../server/src/service/analysis';
import { sourceSpan } from '../../server/src/service/consistency/conclusion';
import { itemConclusions, otherDecision, polarityOf } from '../../server/src/service/consistency/items';
import type { Span } from '../../server/src/service/model/types';

export type MutationKind = 'decision-flipped' | 'conclusion-flipped' | 'approved-without-criteria';

export interface Mutant {
  readonly kind: MutationKind;
  readonly itemIndex: number;
  readonly text: string;
}

interface Edit {
  readonly span: Span;
  readonly newText: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start))
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/**
 * The edits that flip an item's decision and every stated conclusion that agrees with it (a rationale
 * may conclude twice), or null when the item has no decision or no conclusion that can be flipped.
 */
function flips(analysis: Analysis, index: number): { decision: Edit; conclusions: Edit[] } | null {
  const item = analysis.items[index]!.item;
  const decision = item.decision?.value;
  const found = itemConclusions(item);
  if (!decision || !item.decision || !found) return null;
  const agreeing = found.all.filter((c) => c.strength === 'stated' && c.polarity === polarityOf(decision));
  if (agreeing.length === 0 || agreeing.some((c) => !c.flipped)) return null;
  return {
    decision: { span: item.decision.span, newText: otherDecision(decision) },
    conclusions: agreeing.map((c) => ({
      span: sourceSpan(found.rationale, c.predicate),
      newText: c.flipped!,
    })),
  };
}

/** Every item with a decision and a stated conclusion: its decision flipped, then its conclusions flipped. */
export function consistencyMutants(text: string, analysis: Analysis): Mutant[] {
  const out: Mutant[] = [];
  for (let i = 0; i < analysis.items.length; i++) {
    const f = flips(analysis, i);
    if (!f) continue;
    out.push({ kind: 'decision-flipped', itemIndex: i, text: applyEdits(text, [f.decision]) });
    out.push({ kind: 'conclusion-flipped', itemIndex: i, text: applyEdits(text, f.conclusions) });
  }
  return out;
}

/** An Upheld item turned into a consistent approval: decision and conclusion both flipped. */
export function approvalMutant(text: string, analysis: Analysis, index: number): Mutant | null {
  if (analysis.items[index]!.item.decision?.value !== 'Upheld') return null;
  const f = flips(analysis, index);
  if (!f) return null;
  return {
    kind: 'approved-without-criteria',
    itemIndex: index,
    text: applyEdits(text, [f.decision, ...f.conclusions]),
  };
}
