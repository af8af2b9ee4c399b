/**
 * What the record documents for an item: the clinical facts asserted as present in the case summary
 * and in the item's own rationale (a rationale often restates the exam it relies on), and phrases a
 * rule looks for itself, asserted the same way (ConText), each with the sentence that says it.
 */
import type { Analysis, ItemAnalysis } from '../analysis';
import { SentenceContext } from '../clinical/context';
import { splitSentences } from '../clinical/sentences';
import type { AssertionStatus, ClinicalFact, FactKind } from '../clinical/types';
import type { MappedText } from '../model/mappedText';
import type { Span } from '../model/types';
import type { RelatedInfo } from '../rules/types';

/** Facts of `kind` with status present: summary first, then the item's rationale. */
export function documented(analysis: Analysis, item: ItemAnalysis, kind: FactKind): ClinicalFact[] {
  return [...analysis.summaryFacts, ...item.rationaleFacts].filter(
    (f) => f.kind === kind && f.status === 'present',
  );
}

/** Facts of `kind` with any other status: what the record says is absent, possible or past. */
export function notAsserted(analysis: Analysis, item: ItemAnalysis, kind: FactKind): ClinicalFact[] {
  return [...analysis.summaryFacts, ...item.rationaleFacts].filter(
    (f) => f.kind === kind && f.status !== 'present',
  );
}

/** Related information for a fact: its sentence, with what the rule read there. */
export function relatedFact(fact: ClinicalFact, message: string): RelatedInfo {
  return { span: fact.sentenceSpan, message };
}

/** A phrase a rule looks for, with its assertion status and sentence. */
export interface Phrase {
  readonly span: Span;
  readonly sentenceSpan: Span;
  readonly status: AssertionStatus;
  /** The matched words in lower case (for attributes such as a drug name). */
  readonly words: string;
}

/**
 * Every match of `re` (global, bounded) in `text`, sentence by sentence, with the ConText status of
 * the match. `ignore` drops scope categories that do not apply ("history of" for a completed trial).
 */
export function findPhrases(
  text: MappedText | null | undefined,
  re: RegExp,
  ignore: readonly ('historical' | 'normal')[] = [],
): Phrase[] {
  if (!text) return [];
  const out: Phrase[] = [];
  const full = text.text;
  for (const s of splitSentences(full)) {
    const sentence = full.slice(s.start, s.end);
    const lower = sentence.toLowerCase();
    if (lower.length !== sentence.length) continue;
    let context: SentenceContext | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      context ??= new SentenceContext(sentence);
      out.push({
        span: text.spanToSource(s.start + m.index, s.start + m.index + m[0].length),
        sentenceSpan: text.spanToSource(s.start, s.end),
        status: context.statusOf(m.index, m.index + m[0].length, ignore),
        words: m[0],
      });
    }
  }
  return out;
}

/** Present matches of `re` in the case summary and the item's rationale. */
export function documentedPhrases(
  analysis: Analysis,
  item: ItemAnalysis,
  re: RegExp,
  ignore: readonly ('historical' | 'normal')[] = [],
): Phrase[] {
  return [
    ...findPhrases(analysis.determination.summary, re, ignore),
    ...findPhrases(item.item.rationale?.text, re, ignore),
  ].filter((p) => p.status === 'present');
}

/** Related information for the first fact of `kind` the record mentions but does not assert. */
export function relatedUnasserted(analysis: Analysis, item: ItemAnalysis, kind: FactKind): RelatedInfo[] {
  const first = notAsserted(analysis, item, kind)[0];
  return first ? [relatedFact(first, `Mentioned, but read as ${first.status}.`)] : [];
}
