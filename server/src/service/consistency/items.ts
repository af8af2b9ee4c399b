/**
 * What the consistency rules ask of an item: its conclusions, the one that decides it, the
 * polarity its decision implies, and the phrases its conclusion may legitimately name.
 */
import type { VersionMemo } from '../memo';
import type { MappedText } from '../model/mappedText';
import type { Decision, Item } from '../model/types';
import { type Conclusion, findConclusions, type Polarity } from './conclusion';
import { lastConclusion } from './lastConclusion';

export interface ItemConclusions {
  readonly rationale: MappedText;
  /** Every conclusion, in order (found when first asked: only a rare path of a rule needs them). */
  readonly all: readonly Conclusion[];
  readonly main: Conclusion | null;
}

/**
 * One rationale text's conclusions: the deciding one at once, by `lastConclusion`'s search from the
 * end, and all of them when first asked. A pure function of the text (its spans index that text).
 */
export class RationaleConclusions {
  readonly main: Conclusion | null;
  private every: readonly Conclusion[] | undefined;
  private readonly text: string;

  constructor(rationale: MappedText) {
    this.text = rationale.text;
    this.main = lastConclusion(rationale);
  }

  get all(): readonly Conclusion[] {
    if (this.every === undefined) this.every = findConclusions(this.text);
    return this.every;
  }
}

/** Items are immutable, so their conclusions are found once and shared by the rules that ask. */
const cache = new WeakMap<Item, ItemConclusions | null>();

/**
 * The memo of the document version each item was analysed in (see `shareConclusions`). Safe to
 * reuse across versions: `RationaleConclusions` is a pure function of the rationale's joined text (its
 * spans index that text, not the document), so equal text gives equal conclusions.
 */
const versionMemos = new WeakMap<Item, VersionMemo<RationaleConclusions>>();

/** Lets the items of one document version reuse the conclusions its previous version found. */
export function shareConclusions(items: readonly Item[], memo: VersionMemo<RationaleConclusions>): void {
  for (const item of items) versionMemos.set(item, memo);
}

/** The item's conclusions, or null when it has no rationale text; computed once per item. */
export function itemConclusions(item: Item): ItemConclusions | null {
  if (cache.has(item)) return cache.get(item) ?? null;
  const rationale = item.rationale?.text;
  let found: ItemConclusions | null = null;
  if (rationale && rationale.text.trim() !== '') {
    const memo = versionMemos.get(item);
    const read = () => new RationaleConclusions(rationale);
    const conclusions = memo ? memo.get(rationale.text, read) : read();
    found = {
      rationale,
      main: conclusions.main,
      get all() {
        return conclusions.all;
      },
    };
  }
  cache.set(item, found);
  return found;
}

/** Upheld keeps the denial (not medically necessary); Overturned reverses it. */
export function polarityOf(decision: Decision): Polarity {
  return decision === 'Upheld' ? 'not-necessary' : 'necessary';
}

export function otherDecision(decision: Decision): Decision {
  return decision === 'Upheld' ? 'Overturned' : 'Upheld';
}

/** The request and, for partial certifications, the original and authorized portions. */
export function requestPhrases(item: Item): string[] {
  const out = [item.request.text];
  if (item.partial?.originalRequest) out.push(item.partial.originalRequest.text);
  if (item.partial?.authorized) out.push(item.partial.authorized.text);
  if (item.partial && !item.partial.originalRequest && !item.partial.authorized)
    out.push(item.partial.text.text);
  return out.filter((t) => t.trim() !== '');
}
